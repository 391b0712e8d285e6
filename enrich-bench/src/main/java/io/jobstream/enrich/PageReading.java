package io.jobstream.enrich;

import io.jobstream.enrich.page.Body;
import io.jobstream.enrich.page.BodyDecoder;
import io.jobstream.enrich.page.PageKind;

/**
 * The enricher's reading of a page and nothing after it: decode, sniff, cut, parse, metadata and
 * cleaning, as {@link Enricher#enrich} starts, without the fields, the phrases or the posting.
 * The benchmarks time it beside the whole enricher so that one run shows what the cleaning alone
 * costs against a bare parse, and so what the bar leaves for everything else. It lives in the
 * enricher's package to reach {@link ReadPage}.
 */
public final class PageReading {
  private PageReading() {}

  /** The clean text {@link Enricher#enrich} would give for {@code body}, sent with no content type. */
  public static String cleanText(byte[] body) {
    Body decoded = BodyDecoder.read(body, null);
    PageKind kind = PageKind.sniff(null, decoded.head());
    return ReadPage.of(decoded, kind, null).clean().text();
  }
}
