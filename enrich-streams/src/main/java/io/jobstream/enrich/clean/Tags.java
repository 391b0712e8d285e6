package io.jobstream.enrich.clean;

import java.util.HashMap;
import java.util.Map;

/**
 * What the cleaning walk needs to know of an element's tag, as bits found by one look-up per
 * element: the walk used to ask up to ten sets of tag names about each element of a page.
 */
final class Tags {
  /** Scripts, styles and embedded objects: removed with their data as {@code script_style}. */
  static final int SCRIPT = 1;
  /** Head-only markup, dropped without audit. */
  static final int SILENT = 1 << 1;
  /** Page chrome by its tag: navigation, header, footer, menu, dialog. */
  static final int CHROME = 1 << 2;
  /** A form or a part of one; its text is a label or an option, never posting text. */
  static final int FORM = 1 << 3;
  /** A single form control, rather than a form or a block around one. */
  static final int CONTROL = 1 << 4;
  /** A control that takes input: a short line holding one is part of a form (a consent box). */
  static final int INPUT = 1 << 5;
  /** The page's own frame (body, html, main): never boilerplate by its names. */
  static final int FRAME = 1 << 6;
  /** Elements that hold a section of a page and may be opened by a heading. */
  static final int CONTAINER = 1 << 7;
  /** Headings, and the captions that serve as one. */
  static final int HEADING = 1 << 8;
  /** Elements that begin and end a line of text. */
  static final int BLOCK = 1 << 9;
  /** A link. */
  static final int LINK = 1 << 10;

  private static final Map<String, Integer> BITS = new HashMap<>();

  static {
    add(SCRIPT, "script", "style", "noscript", "template", "svg", "iframe", "object", "canvas");
    add(SILENT, "head", "link", "meta", "base");
    add(CHROME, "nav", "header", "footer", "menu", "dialog");
    add(FORM, "form", "button", "input", "select", "textarea", "label", "option", "fieldset");
    add(CONTROL, "button", "input", "select", "textarea", "label", "option");
    add(INPUT, "input", "select", "textarea");
    add(FRAME, "body", "html", "main");
    add(CONTAINER, "section", "aside", "div", "article", "td", "ul", "ol", "table", "details");
    add(HEADING, "h1", "h2", "h3", "h4", "h5", "h6", "legend", "summary");
    add(BLOCK,
        "p", "div", "li", "ul", "ol", "dl", "dt", "dd", "h1", "h2", "h3", "h4", "h5", "h6",
        "br", "hr", "tr", "table", "section", "article", "blockquote", "pre", "address",
        "main", "body", "td", "th", "figure", "figcaption", "details", "summary", "aside",
        "header", "footer", "form", "fieldset", "legend");
    add(LINK, "a");
  }

  private Tags() {}

  private static void add(int bit, String... tags) {
    for (String tag : tags) {
      BITS.merge(tag, bit, (a, b) -> a | b);
    }
  }

  /** The bits of the tag named {@code normalName} (jsoup's lower-case name); 0 for any other tag. */
  static int of(String normalName) {
    Integer bits = BITS.get(normalName);
    return bits == null ? 0 : bits;
  }

  /** Whether the tag named {@code normalName} has {@code bit}. */
  static boolean is(String normalName, int bit) {
    return (of(normalName) & bit) != 0;
  }
}
