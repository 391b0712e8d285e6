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
    HeadTags tags = new HeadTags(doc.head());
    String canonical = attr(tags.canonical, "abs:href");
    if (canonical == null) {
      canonical = tags.content(OG_URL);
    }
    Element h1 = doc.body() == null ? null : ElementWalk.firstByTag(doc.body(), "h1");
    return new HtmlMeta(
        tags.content(OG_TITLE),
        tags.content(OG_SITE_NAME),
        canonical,
        blankToNull(tags.title()),
        h1 == null ? null : blankToNull(h1.text()),
        tags.content(OG_DESCRIPTION),
        tags.content(DESCRIPTION),
        tags.content(OG_TYPE));
  }

  // The meta tags read, each by {@code property} or {@code name}; indexes into HeadTags.metas.
  private static final String[] META_KEYS = {"og:url", "og:title", "og:site_name", "og:description", "description", "og:type"};
  private static final int OG_URL = 0;
  private static final int OG_TITLE = 1;
  private static final int OG_SITE_NAME = 2;
  private static final int OG_DESCRIPTION = 3;
  private static final int DESCRIPTION = 4;
  private static final int OG_TYPE = 5;

  /**
   * The first {@code link[rel=canonical]}, the first {@code <title>} and, for each of
   * {@link #META_KEYS}, the first {@code meta[property=key], meta[name=key]} of a head, found in
   * one walk where a selector search per tag would walk the head once each. Matched as jsoup's
   * selectors match: tag by normal name, attribute value equal to the key ignoring case (an
   * absent attribute reads as "", which no key equals).
   */
  private static final class HeadTags {
    private Element canonical;
    private Element title;
    private final Element[] metas = new Element[META_KEYS.length];

    HeadTags(Element head) {
      for (Element el = head; el != null; el = ElementWalk.next(el, head)) {
        if (el.nameIs("meta")) {
          String property = el.attr("property");
          String name = el.attr("name");
          for (int k = 0; k < META_KEYS.length; k++) {
            if (metas[k] == null && (META_KEYS[k].equalsIgnoreCase(property) || META_KEYS[k].equalsIgnoreCase(name))) {
              metas[k] = el;
            }
          }
        } else if (canonical == null && el.nameIs("link") && "canonical".equalsIgnoreCase(el.attr("rel"))) {
          canonical = el;
        } else if (title == null && el.nameIs("title")) {
          title = el;
        }
      }
    }

    String content(int key) {
      return attr(metas[key], "content");
    }

    // What Document.title() gives: the head's first <title>, whitespace normalised and trimmed.
    String title() {
      return title == null ? "" : normalisedWhitespace(title.text()).trim();
    }
  }

  // As jsoup normalises whitespace (its internal StringUtil, which this does not lean on): each
  // run of spaces, tabs, line feeds, form feeds, carriage returns and no-break spaces becomes one
  // space, and zero-width spaces and soft hyphens are dropped.
  static String normalisedWhitespace(String text) {
    StringBuilder sb = new StringBuilder(text.length());
    boolean lastWasWhite = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r' || c == '\u00a0') {
        if (!lastWasWhite) {
          sb.append(' ');
          lastWasWhite = true;
        }
      } else if (c != '\u200b' && c != '\u00ad') {
        sb.append(c);
        lastWasWhite = false;
      }
    }
    return sb.toString();
  }

  private static String attr(Element e, String name) {
    return e == null ? null : blankToNull(e.attr(name));
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
