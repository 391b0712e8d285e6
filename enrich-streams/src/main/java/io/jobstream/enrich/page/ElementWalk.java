package io.jobstream.enrich.page;

import org.jsoup.nodes.Element;

/**
 * Walks the elements under a root in document order, skipping text and other nodes. Cheaper than
 * jsoup's selector search (which streams every node, text nodes too) and its node traversal
 * (which rechecks the tree around every node it visits, text nodes too) for the readers that look
 * at elements only. Reads the tree, never changes it.
 */
public final class ElementWalk {
  private ElementWalk() {}

  /**
   * The first element under {@code root} (or {@code root} itself) named {@code tag}, or null:
   * what {@code root.selectFirst(tag)} gives.
   */
  public static Element firstByTag(Element root, String tag) {
    for (Element el = root; el != null; el = next(el, root)) {
      if (el.nameIs(tag)) {
        return el;
      }
    }
    return null;
  }

  /** The element after {@code el} in document order, staying inside {@code root}; null at the end. */
  public static Element next(Element el, Element root) {
    Element child = el.firstElementChild();
    if (child != null) {
      return child;
    }
    for (Element e = el; e != null && e != root; e = e.parent()) {
      Element sibling = e.nextElementSibling();
      if (sibling != null) {
        return sibling;
      }
    }
    return null;
  }
}
