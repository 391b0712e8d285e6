package io.jobstream.bench;

import net.dankito.readability4j.Article;
import net.dankito.readability4j.Readability4J;

/** Reference extractor: Readability4J, a port of Mozilla's Readability (Firefox Reader View); its text is {@code textContent}. */
public final class ReadabilityText implements TextExtractor {
  // Readability resolves relative links against the page URL; the URL does not affect the text.
  private static final String BASE_URI = "https://jobs.example.org/posting";

  @Override
  public String name() {
    return "readability4j";
  }

  @Override
  public String text(byte[] body, String contentType) {
    Article article = new Readability4J(BASE_URI, AnchorInput.html(body, contentType)).parse();
    String text = article.getTextContent();
    return text == null ? "" : text;
  }
}
