package io.jobstream.enrich.page;

import java.util.Locale;

/** What a page body is written in. */
public enum PageKind {
  HTML,
  MARKDOWN,
  TEXT;

  /** How many characters after leading whitespace {@link #sniff} reads, at most. */
  static final int HEAD_CHARS = 2048;

  /**
   * Decides the kind from a content type (may be null) and the decoded text. A declared type
   * wins, except that a front-matter fence always means Markdown, since scrapers often label
   * Markdown files text/plain.
   */
  public static PageKind sniff(String contentType, String text) {
    // stripLeading() would copy the whole page when it opens with whitespace; only the start is read.
    int start = 0;
    while (start < text.length() && Character.isWhitespace(text.codePointAt(start))) {
      start += Character.charCount(text.codePointAt(start));
    }
    String head = text.substring(start, Math.min(text.length(), start + HEAD_CHARS));
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
    String start = head.toLowerCase(Locale.ROOT);
    return start.startsWith("<")
        && (start.contains("<html")
            || start.contains("<!doctype html")
            || start.contains("<body")
            || start.contains("<div")
            || start.contains("<p>")
            || start.contains("<head"));
  }
}
