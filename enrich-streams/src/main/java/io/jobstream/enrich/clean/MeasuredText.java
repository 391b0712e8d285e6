package io.jobstream.enrich.clean;

import org.jsoup.nodes.CDataNode;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * What {@link Removals} records of {@link Element#text()}, taken without building that text: its
 * length and, when asked for, the opening of its {@code strip()}ped form. The audit keeps a short
 * sample per removal kind and a character count, and building the whole text of every removed
 * menu, form or list only for that is a large part of the page walk.
 *
 * <p>Mirrors jsoup's text rules step by step, keeping only what they look back at: the length and
 * whether the last character is a space. Text nodes are whitespace-normalised (runs of space, tab,
 * newline, form feed, carriage return or no-break space become one space, dropped when the text so
 * far ends with a space; zero-width spaces and soft hyphens vanish) unless an element among the
 * text's parent and its five nearest ancestors preserves whitespace, or the node is CDATA. A block
 * element or {@code <br>} opens with a space when text came before; a non-inline element followed
 * by text or an inline element closes with one. The result is {@code trim()}med (characters up to
 * U+0020). Surrogate pairs count as two characters either way, and none of the characters above is
 * a surrogate, so reading char by char counts as jsoup's code-point loop does.
 *
 * <p>On top of that text, {@code strip()} (Unicode whitespace) bounds the sample; both ends are
 * tracked here. {@code MeasuredTextTest} compares with {@code text()} on every element of the
 * corpus pages and on synthetic markup.
 */
final class MeasuredText {
  // Characters of the opening kept past the start of the stripped text; 0 keeps none.
  private final int openingChars;
  private final StringBuilder opening;
  private int length;
  private boolean lastIsSpace;
  // trim(): the leading run of characters up to U+0020 (grows while nothing else came) and the
  // current trailing run.
  private boolean onlyLow = true;
  private int leadingLow;
  private int trailingLow;
  // Non-whitespace characters (controls) in the trailing run: inside the trimmed text only once
  // a character above U+0020 follows them.
  private int runFirstSolid = -1;
  private int runLastSolid = -1;
  // strip() of the trimmed text: from its first non-whitespace character to after its last.
  private int stripStart = -1;
  private int stripEnd = -1;

  private MeasuredText(int openingChars) {
    this.openingChars = openingChars;
    this.opening = openingChars > 0 ? new StringBuilder() : null;
  }

  /** {@code el} measured, keeping the first {@code openingChars} characters of its stripped text. */
  static MeasuredText of(Element el, int openingChars) {
    MeasuredText t = new MeasuredText(openingChars);
    t.walk(el);
    return t;
  }

  /** {@code text().length()}, or 0 when the text is blank: what {@link Removals} counts for it. */
  int counted() {
    return stripStart < 0 ? 0 : length - leadingLow - trailingLow;
  }

  /**
   * The first {@code openingChars} characters of {@code text().strip()}, or all of it when
   * shorter; empty when none were kept.
   */
  String strippedOpening() {
    if (stripStart < 0 || opening == null) {
      return "";
    }
    int from = stripStart - leadingLow;
    return opening.substring(from, from + Math.min(openingChars, stripEnd - stripStart));
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
      if (isPlain(s.charAt(i))) {
        i = appendPlainRun(s, i) - 1;
      } else {
        append(s.charAt(i));
      }
    }
  }

  private void appendNormalised(String s) {
    boolean stripLeading = lastIsSpace;
    boolean lastWasWhite = false;
    boolean reachedNonWhite = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (isPlain(c)) {
        i = appendPlainRun(s, i) - 1;
        lastWasWhite = false;
        reachedNonWhite = true;
      } else if (c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r' || c == '\u00a0') {
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

  // Printable ASCII: kept as it is by both text rules, and neither low nor whitespace.
  private static boolean isPlain(char c) {
    return c > ' ' && c < 0x7f;
  }

  /**
   * Appends the run of plain characters starting at {@code from}, as {@link #append} would one by
   * one: words make up most of a text, and taken as a run they cost a bounds check each.
   * Returns where the run ends.
   */
  private int appendPlainRun(String s, int from) {
    append(s.charAt(from));
    int end = from + 1;
    while (end < s.length() && isPlain(s.charAt(end))) {
      end++;
    }
    int rest = end - from - 1;
    if (rest > 0) {
      length += rest;
      stripEnd = length;
      if (opening != null) {
        int room = stripStart - leadingLow + openingChars - opening.length();
        opening.append(s, from + 1, from + 1 + Math.max(0, Math.min(rest, room)));
      }
    }
    return end;
  }

  private void append(char c) {
    int index = length++;
    lastIsSpace = c == ' ';
    boolean solid = !Character.isWhitespace(c);
    if (c <= ' ') {
      trailingLow++;
      if (onlyLow) {
        leadingLow++;
      } else if (solid) {
        runFirstSolid = runFirstSolid < 0 ? index : runFirstSolid;
        runLastSolid = index;
      }
    } else {
      // c ends the trailing run, so the run's controls are inside the trimmed text after all.
      if (runFirstSolid >= 0) {
        markSolid(runFirstSolid, runLastSolid);
      }
      if (solid) {
        markSolid(index, index);
      }
      onlyLow = false;
      trailingLow = 0;
      runFirstSolid = -1;
    }
    // The opening is recorded from the trimmed text's start until it holds the stripped start
    // plus openingChars.
    if (opening != null && !onlyLow && (stripStart < 0 || opening.length() < stripStart - leadingLow + openingChars)) {
      opening.append(c);
    }
  }

  private void markSolid(int first, int last) {
    if (stripStart < 0) {
      stripStart = first;
    }
    stripEnd = last + 1;
  }
}
