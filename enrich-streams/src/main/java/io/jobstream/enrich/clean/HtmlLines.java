package io.jobstream.enrich.clean;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * Walks a parsed HTML document once, skipping boilerplate subtrees (recorded in a
 * {@link Removals}) and turning the rest into lines: one per paragraph, heading, list item or
 * table row. Iterative (jsoup's traversor), so any nesting depth is safe; linear in page size.
 */
final class HtmlLines implements NodeFilter {
  private static final Set<String> BLOCKS =
      Set.of(
          "p", "div", "li", "ul", "ol", "dl", "dt", "dd", "h1", "h2", "h3", "h4", "h5", "h6",
          "br", "hr", "tr", "table", "section", "article", "blockquote", "pre", "address",
          "main", "body", "td", "th", "figure", "figcaption", "details", "summary", "aside");

  private final Removals removals;
  private final List<String> lines = new ArrayList<>();
  private final StringBuilder line = new StringBuilder();
  private boolean pendingSpace;

  private HtmlLines(Removals removals) {
    this.removals = removals;
  }

  /** The visible posting lines of {@code root}; boilerplate goes to {@code removals}. */
  static List<String> of(Element root, Removals removals) {
    HtmlLines walker = new HtmlLines(removals);
    NodeTraversor.filter(walker, root);
    walker.flush();
    return walker.lines;
  }

  @Override
  public FilterResult head(Node node, int depth) {
    if (node instanceof TextNode text) {
      appendText(text.getWholeText());
      return FilterResult.CONTINUE;
    }
    if (!(node instanceof Element el)) {
      return FilterResult.SKIP_ENTIRELY;
    }
    String kind = HtmlBoilerplate.kindOf(el);
    if (kind != null) {
      if (!kind.isEmpty()) {
        removals.add(kind, kind.equals(Removals.SCRIPT_STYLE) ? el.data() + el.text() : el.text());
      }
      return FilterResult.SKIP_ENTIRELY;
    }
    if (BLOCKS.contains(el.normalName())) {
      flush();
    }
    return FilterResult.CONTINUE;
  }

  @Override
  public FilterResult tail(Node node, int depth) {
    if (node instanceof Element el && BLOCKS.contains(el.normalName())) {
      flush();
    }
    return FilterResult.CONTINUE;
  }

  private void appendText(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isWhitespace(c) || c == '\u00a0') {
        pendingSpace = line.length() > 0;
      } else {
        if (pendingSpace) {
          line.append(' ');
          pendingSpace = false;
        }
        line.append(c);
      }
    }
  }

  private void flush() {
    if (line.length() > 0) {
      lines.add(line.toString());
      line.setLength(0);
    }
    pendingSpace = false;
  }
}
