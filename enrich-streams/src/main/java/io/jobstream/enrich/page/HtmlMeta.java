package io.jobstream.enrich.page;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * What an HTML page says about itself outside its body text: OpenGraph tags, the canonical
 * link, the {@code <title>}, the meta description and the first {@code <h1>}. Any field may be
 * null. Immutable and thread-safe.
 *
 * @param ogDescription {@code og:description}
 * @param description {@code <meta name="description">}
 * @param ogType {@code og:type} ("website", "article", ...)
 */
public record HtmlMeta(
    String ogTitle,
    String siteName,
    String canonicalUrl,
    String htmlTitle,
    String h1,
    String ogDescription,
    String description,
    String ogType) {

  /** Reads the tags from a parsed document; reads only, never changes it. */
  public static HtmlMeta of(Document doc) {
    // Metadata lives in <head>: searching only there keeps this cheap on huge bodies.
    Element head = doc.head();
    String canonical = attr(head.selectFirst("link[rel=canonical]"), "abs:href");
    if (canonical == null) {
      canonical = meta(head, "og:url");
    }
    Element h1 = doc.body() == null ? null : doc.body().selectFirst("h1");
    return new HtmlMeta(
        meta(head, "og:title"),
        meta(head, "og:site_name"),
        canonical,
        blankToNull(doc.title()),
        h1 == null ? null : blankToNull(h1.text()),
        meta(head, "og:description"),
        meta(head, "description"),
        meta(head, "og:type"));
  }

  private static String meta(Element head, String property) {
    Element e = head.selectFirst("meta[property=" + property + "], meta[name=" + property + "]");
    return attr(e, "content");
  }

  private static String attr(Element e, String name) {
    return e == null ? null : blankToNull(e.attr(name));
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
