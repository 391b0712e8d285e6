package io.jobstream.bench;

import de.l3s.boilerpipe.BoilerpipeProcessingException;
import de.l3s.boilerpipe.extractors.ArticleExtractor;

/** Reference extractor: boilerpipe's {@code ArticleExtractor} (shallow text features, Kohlschütter et al. 2010). */
public final class BoilerpipeText implements TextExtractor {
  @Override
  public String name() {
    return "boilerpipe";
  }

  @Override
  public String text(byte[] body, String contentType) {
    try {
      return ArticleExtractor.INSTANCE.getText(AnchorInput.html(body, contentType));
    } catch (BoilerpipeProcessingException e) {
      throw new IllegalStateException("boilerpipe failed: " + e.getMessage(), e);
    }
  }
}
