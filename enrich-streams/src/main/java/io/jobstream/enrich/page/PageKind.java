package io.jobstream.enrich.page;

import java.util.Locale;

/** What a page body is written in. */
public enum PageKind {
  HTML,
  MARKDOWN,
  TEXT;

  /**
   * Decides the kind from a content type (may be null) and the decoded text. A declared type
   * wins, except that a front-matter fence always means Markdown, since scrapers often label
   * Markdown files text/plain.
   */
  public static PageKind sniff(String contentType, String text) {
    String head = text.stripLeading();
    if (head.startsWith("+++") || head.startsWith("---\n") || head.startsWith("---\r")) {
      return MARKDOWN;
    }
    String type = contentType == null ? "" : contentType.toLowerCase(Locale.ROOT);
    if (type.contains("html") || type.contains("xml")) {
      return HTML;
    }
    if (type.contains("markdown")) {
      return MARKDOWN;
    }
    if (type.startsWith("text/plain")) {
      return TEXT;
    }
    return looksLikeHtml(head) ? HTML : TEXT;
  }

  private static boolean looksLikeHtml(String head) {
    String start = head.substring(0, Math.min(head.length(), 2048)).toLowerCase(Locale.ROOT);
    return start.startsWith("<")
        && (start.contains("<html")
            || start.contains("<!doctype html")
            || start.contains("<body")
            || start.contains("<div")
            || start.contains("<p>")
            || start.contains("<head"));
  }
}
