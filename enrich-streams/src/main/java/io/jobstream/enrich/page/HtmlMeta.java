package io.jobstream.enrich.page;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

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
    String canonical = attr(head.selectFirst(CANONICAL), "abs:href");
    if (canonical == null) {
      canonical = meta(head, OG_URL);
    }
    Element h1 = doc.body() == null ? null : doc.body().selectFirst(H1);
    return new HtmlMeta(
        meta(head, OG_TITLE),
        meta(head, OG_SITE_NAME),
        canonical,
        blankToNull(doc.title()),
        h1 == null ? null : blankToNull(h1.text()),
        meta(head, OG_DESCRIPTION),
        meta(head, DESCRIPTION),
        meta(head, OG_TYPE));
  }

  // Queries parsed once: selectFirst(String) parses its query on every call.
  private static final Evaluator CANONICAL = QueryParser.parse("link[rel=canonical]");
  private static final Evaluator H1 = QueryParser.parse("h1");
  private static final Evaluator OG_URL = metaQuery("og:url");
  private static final Evaluator OG_TITLE = metaQuery("og:title");
  private static final Evaluator OG_SITE_NAME = metaQuery("og:site_name");
  private static final Evaluator OG_DESCRIPTION = metaQuery("og:description");
  private static final Evaluator DESCRIPTION = metaQuery("description");
  private static final Evaluator OG_TYPE = metaQuery("og:type");

  private static Evaluator metaQuery(String property) {
    return QueryParser.parse("meta[property=" + property + "], meta[name=" + property + "]");
  }

  private static String meta(Element head, Evaluator query) {
    return attr(head.selectFirst(query), "content");
  }

  private static String attr(Element e, String name) {
    return e == null ? null : blankToNull(e.attr(name));
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
