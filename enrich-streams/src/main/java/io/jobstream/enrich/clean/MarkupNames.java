package io.jobstream.enrich.clean;

import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Element;

/**
 * The attributes by which {@link HtmlBoilerplate} judges an element, read in one pass over its
 * attributes rather than by a look-up each: real pages carry several attributes on most of their
 * thousands of elements, and each look-up walks them all. Empty strings stand for absent
 * attributes, as jsoup's {@code attr} gives them.
 *
 * @param id the {@code id}
 * @param cls the {@code class}, trimmed (as {@link Element#className()} gives it)
 * @param style the {@code style}
 * @param role the {@code role}
 * @param aria the {@code aria-label}
 * @param hidden whether a {@code hidden} attribute is present
 * @param data each non-empty value of the data attributes trackers name parts with, each after a
 *     space, in {@link #DATA_NAMES} order
 */
record MarkupNames(String id, String cls, String style, String role, String aria, boolean hidden, String data) {
  /** Data attributes applicant trackers use to name the parts of a page. */
  static final String[] DATA_NAMES = {"data-automation-id", "data-ui", "data-testid", "data-section"};

  private static final MarkupNames NONE = new MarkupNames("", "", "", "", "", false, "");

  /**
   * The names of {@code el}. Attribute names are matched as they are: the HTML parser lower-cases
   * them and keeps only the first of a repeated one, which is what jsoup's case-blind look-ups
   * would find.
   */
  static MarkupNames of(Element el) {
    if (el.attributesSize() == 0) {
      return NONE;
    }
    String id = "";
    String cls = "";
    String style = "";
    String role = "";
    String aria = "";
    boolean hidden = false;
    String[] data = null;
    for (Attribute a : el.attributes()) {
      switch (a.getKey()) {
        case "id" -> id = a.getValue();
        case "class" -> cls = a.getValue().trim();
        case "style" -> style = a.getValue();
        case "role" -> role = a.getValue();
        case "aria-label" -> aria = a.getValue();
        case "hidden" -> hidden = true;
        default -> {
          int d = dataIndex(a.getKey());
          if (d >= 0) {
            data = data == null ? new String[DATA_NAMES.length] : data;
            data[d] = a.getValue();
          }
        }
      }
    }
    return new MarkupNames(id, cls, style, role, aria, hidden, data == null ? "" : joined(data));
  }

  private static int dataIndex(String key) {
    if (!key.startsWith("data-")) {
      return -1;
    }
    for (int i = 0; i < DATA_NAMES.length; i++) {
      if (DATA_NAMES[i].equals(key)) {
        return i;
      }
    }
    return -1;
  }

  private static String joined(String[] values) {
    StringBuilder out = new StringBuilder();
    for (String v : values) {
      if (v != null && !v.isEmpty()) {
        out.append(' ').append(v);
      }
    }
    return out.toString();
  }
}
