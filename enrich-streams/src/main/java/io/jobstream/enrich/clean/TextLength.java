package io.jobstream.enrich.clean;

import org.jsoup.nodes.CDataNode;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * The length of {@link Element#text()}, measured without building that text. Once a removal kind
 * has its sample, the audit needs only how many characters went, and building the text of every
 * removed menu or form just to take its length is a large part of the page walk.
 *
 * <p>Mirrors jsoup's text rules step by step, keeping only what they look back at: the length, and
 * whether the last character is a space. Text nodes are whitespace-normalised (runs of space, tab,
 * newline, form feed, carriage return or no-break space become one space, dropped when the text so
 * far ends with a space; zero-width spaces and soft hyphens vanish) unless an element among the
 * text's parent and its five nearest ancestors preserves whitespace, or the node is CDATA. A block
 * element or {@code <br>} opens with a space when text came before; a non-inline element followed
 * by text or an inline element closes with one. The result is trimmed of characters up to U+0020.
 * Surrogate pairs count as two characters either way, and none of the characters above is a
 * surrogate, so reading char by char counts as jsoup's code-point loop does. {@code TextLengthTest}
 * compares with {@code text().length()} on every element of the corpus pages.
 */
final class TextLength {
  private int length;
  private boolean lastIsSpace;
  // For the final trim: the leading run of characters up to U+0020 (while nothing else came)
  // and the current trailing run.
  private boolean onlyLow = true;
  private int leadingLow;
  private int trailingLow;
  // For blankness after the trim: a character that is not whitespace inside the trimmed text.
  private boolean nonBlank;
  private boolean trailingRunHasNonBlank;

  private TextLength() {}

  /**
   * {@code el.text().length()}, or 0 when {@code el.text().isBlank()}: what {@link Removals}
   * counts for that text.
   */
  static int countedBy(Element el) {
    TextLength t = new TextLength();
    t.walk(el);
    return t.trimmedNonBlankLength();
  }

  // Depth first, in document order, calling enter and leave as jsoup's traversal does.
  private void walk(Element root) {
    Node node = root;
    while (true) {
      enter(node);
      if (node.childNodeSize() > 0) {
        node = node.childNode(0);
        continue;
      }
      while (true) {
        Node next = node.nextSibling();
        leave(node, next);
        if (node == root) {
          return;
        }
        if (next != null) {
          node = next;
          break;
        }
        node = node.parentNode();
      }
    }
  }

  private void enter(Node node) {
    if (node instanceof TextNode text) {
      if (text instanceof CDataNode || preservesWhitespace(text.parent())) {
        appendVerbatim(text.getWholeText());
      } else {
        appendNormalised(text.getWholeText());
      }
    } else if (node instanceof Element el && length > 0 && (el.isBlock() || el.nameIs("br")) && !lastIsSpace) {
      append(' ');
    }
  }

  private void leave(Node node, Node next) {
    if (node instanceof Element el
        && !el.tag().isInline()
        && (next instanceof TextNode || next instanceof Element nextEl && nextEl.tag().isInline())
        && !lastIsSpace) {
      append(' ');
    }
  }

  private static boolean preservesWhitespace(Node parent) {
    Node el = parent;
    for (int i = 0; i < 6 && el instanceof Element e; i++) {
      if (e.tag().preserveWhitespace()) {
        return true;
      }
      el = e.parent();
    }
    return false;
  }

  private void appendVerbatim(String s) {
    for (int i = 0; i < s.length(); i++) {
      append(s.charAt(i));
    }
  }

  private void appendNormalised(String s) {
    boolean stripLeading = lastIsSpace;
    boolean lastWasWhite = false;
    boolean reachedNonWhite = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r' || c == '\u00a0') {
        if (!(stripLeading && !reachedNonWhite) && !lastWasWhite) {
          append(' ');
          lastWasWhite = true;
        }
      } else if (c != '\u200b' && c != '\u00ad') {
        append(c);
        lastWasWhite = false;
        reachedNonWhite = true;
      }
    }
  }

  private void append(char c) {
    length++;
    lastIsSpace = c == ' ';
    if (c <= ' ') {
      trailingLow++;
      if (onlyLow) {
        leadingLow++;
      }
      trailingRunHasNonBlank |= !Character.isWhitespace(c);
    } else {
      // The low run before c is inside the trimmed text when something above U+0020 came before it.
      nonBlank |= !onlyLow && trailingRunHasNonBlank || !Character.isWhitespace(c);
      onlyLow = false;
      trailingLow = 0;
      trailingRunHasNonBlank = false;
    }
  }

  private int trimmedNonBlankLength() {
    return nonBlank ? length - leadingLow - trailingLow : 0;
  }
}
