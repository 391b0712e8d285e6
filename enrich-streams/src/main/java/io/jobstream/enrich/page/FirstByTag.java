package io.jobstream.enrich.page;

import org.jsoup.nodes.Element;

/**
 * The first element with a given tag under a root, found by walking elements only. Gives what
 * {@code root.selectFirst("h1")} gives (the root itself included, document order, tag by normal
 * name) at about half the cost: jsoup's selector search streams every node, text nodes too, and
 * a page without the tag is searched to its end by both the metadata reader and the cleaner.
 */
public final class FirstByTag {
  private FirstByTag() {}

  /** The first element under {@code root} (or {@code root} itself) named {@code tag}, or null. */
  public static Element in(Element root, String tag) {
    for (Element el = root; el != null; el = next(el, root)) {
      if (el.nameIs(tag)) {
        return el;
      }
    }
    return null;
  }

  // The element after el in document order, staying inside root; null at the end.
  private static Element next(Element el, Element root) {
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
