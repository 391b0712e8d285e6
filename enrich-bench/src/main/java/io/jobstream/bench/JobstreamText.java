package io.jobstream.bench;

import io.jobstream.enrich.Enricher;
import io.jobstream.model.RawPage;

/** jobstream's whole enricher; its text is the posting's {@code cleanText}. */
public final class JobstreamText implements TextExtractor {
  private final Enricher enricher = new Enricher();

  @Override
  public String name() {
    return "jobstream";
  }

  @Override
  public String text(byte[] body, String contentType) {
    return enricher.enrich(new RawPage(null, body, contentType, null, null)).cleanText();
  }
}
