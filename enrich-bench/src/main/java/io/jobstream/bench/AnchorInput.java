package io.jobstream.bench;

import io.jobstream.enrich.page.BodyDecoder;
import io.jobstream.enrich.page.PageKind;
import io.jobstream.model.RawPage;

/**
 * The HTML string handed to a reference extractor. Both anchors take text, not bytes, so they
 * get the page decoded by the enricher's own {@link BodyDecoder} (same charset rules for
 * everyone). Plain-text and Markdown pages are wrapped by {@link PlainTextHtml}, because the
 * anchors only read HTML. Stateless and thread-safe.
 */
final class AnchorInput {
  private AnchorInput() {}

  /** The HTML for {@code body}; throws {@link IllegalArgumentException} like the enricher for empty or binary bodies. */
  static String html(byte[] body, String contentType) {
    String text = BodyDecoder.decode(body, new RawPage(null, body, contentType, null, null).declaredCharset());
    return PageKind.sniff(contentType, text) == PageKind.HTML ? text : PlainTextHtml.wrap(text);
  }
}
