package io.jobstream.bench;

import org.jsoup.nodes.Entities;

/**
 * Minimal HTML around plain text — one {@code <p>} per non-blank line, nothing else — so that
 * extractors that read only HTML can be scored on text pages. Front matter is wrapped like any
 * other line: recognising it is part of what is being compared.
 */
public final class PlainTextHtml {
  private PlainTextHtml() {}

  /** {@code text} as an HTML document with each non-blank line, escaped, in its own paragraph. */
  public static String wrap(String text) {
    StringBuilder html = new StringBuilder(text.length() + 256)
        .append("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title></title></head><body>\n");
    for (String line : text.split("\\R")) {
      if (!line.isBlank()) {
        html.append("<p>").append(Entities.escape(line.strip())).append("</p>\n");
      }
    }
    return html.append("</body></html>\n").toString();
  }
}
