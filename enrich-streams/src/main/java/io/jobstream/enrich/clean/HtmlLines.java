package io.jobstream.enrich.clean;

import io.jobstream.enrich.page.ElementWalk;
import io.jobstream.enrich.page.StyleScriptCuts;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * Walks a parsed HTML document once, skipping boilerplate subtrees (recorded in a
 * {@link Removals}) and turning the rest into lines: one per paragraph, heading, list item or
 * table row. Iterative (jsoup's traversor), so any nesting depth is safe; linear in page size.
 *
 * <p>Three things are decided while walking rather than per element: an application form is
 * walked into so that its self-identification part is recorded as {@code eeo_form} and the rest
 * as {@code apply_widget}; a line made only of links (a menu or a row of buttons) is navigation;
 * a short line holding a form control (a consent checkbox) is part of the form.
 */
final class HtmlLines implements NodeFilter {
  private static final int MAX_CONTROL_LINE = 200;
  private static final int MAX_H1_TRIED = 4;

  private final Removals removals;
  // The elements around the main heading by their depth below the root (the heading deepest):
  // an element is on the path when it is the one at its depth. Compared by identity, with no
  // hashing of every element of the page.
  private final Element[] mainHeadingPath;
  private final OwnSite ownSite;
  private final List<String> lines = new ArrayList<>();
  private final StringBuilder line = new StringBuilder();
  // Lines that are one link and nothing else, held until a line of text shows whether they
  // made a list of links.
  private final List<String> linkLines = new ArrayList<>();
  private static final int MIN_LINK_LIST = 4;
  private boolean pendingSpace;
  // The current line: how many links, how many characters outside links, any form control.
  private int links;
  private Element firstLink;
  private int plainChars;
  private boolean hasControl;
  private int linkDepth;
  // Inside an application form: its text goes to the audit, not to the lines.
  private Element form;
  private String formKind;
  private final StringBuilder formText = new StringBuilder();
  // Inside a class-named footer: only paragraphs are kept.
  private Element footer;
  private static final int FOOTER_PARAGRAPH = 120;

  private final StyleScriptCuts cuts;

  private HtmlLines(Removals removals, Element[] mainHeadingPath, OwnSite ownSite, StyleScriptCuts cuts) {
    this.removals = removals;
    this.cuts = cuts;
    this.mainHeadingPath = mainHeadingPath;
    this.ownSite = ownSite;
  }

  /**
   * The visible posting lines of {@code root}, parsed with the style and script bodies
   * {@code cuts} cut short; boilerplate goes to {@code removals}.
   */
  static List<String> of(Element root, Removals removals, StyleScriptCuts cuts) {
    HtmlLines walker = new HtmlLines(removals, mainHeadingPath(root), OwnSite.of(root.ownerDocument()), cuts);
    NodeTraversor.filter(walker, root);
    walker.flush();
    walker.settleLinkLines();
    return walker.lines;
  }

  // The elements around the page's first visible <h1>, by depth below root: a header holding the
  // job title is not chrome. Only the first few headings are tried, so deep pages stay linear.
  private static Element[] mainHeadingPath(Element root) {
    Element first = ElementWalk.firstByTag(root, "h1");
    if (first == null) {
      return NO_PATH;
    }
    int tried = 0;
    Iterable<Element> candidates = hiddenAround(first) || namesTheCareersSite(first) ? root.getElementsByTag("h1") : List.of(first);
    for (Element h1 : candidates) {
      if (++tried > MAX_H1_TRIED) {
        break;
      }
      if (namesTheCareersSite(h1)) {
        continue;
      }
      List<Element> path = new ArrayList<>();
      boolean hidden = false;
      for (Element e = h1; e != null && e != root && !hidden; e = e.parent()) {
        path.add(e);
        hidden = HtmlBoilerplate.isHidden(e);
      }
      if (!hidden) {
        // path runs from the heading up to a child of root, which is at depth 1.
        Element[] byDepth = new Element[path.size() + 1];
        for (int k = 0; k < path.size(); k++) {
          byDepth[path.size() - k] = path.get(k);
        }
        return byDepth;
      }
    }
    return NO_PATH;
  }

  private static final Element[] NO_PATH = new Element[0];

  // A heading that names the careers site, not the job ("CAREERS AT NVIDIA" in Workday's header):
  // the header around it is chrome all the same.
  private static boolean namesTheCareersSite(Element h1) {
    String text = HtmlBoilerplate.boundedText(h1, 90);
    return text != null && LineRules.CAREERS_HEADING.matches(text);
  }

  private boolean onMainHeadingPath(Element el, int depth) {
    return depth < mainHeadingPath.length && mainHeadingPath[depth] == el;
  }

  private static boolean hiddenAround(Element h1) {
    for (Element e = h1; e != null; e = e.parent()) {
      if (HtmlBoilerplate.isHidden(e)) {
        return true;
      }
    }
    return false;
  }

  @Override
  public FilterResult head(Node node, int depth) {
    if (form != null) {
      return inForm(node);
    }
    if (node instanceof TextNode text) {
      appendText(text.getWholeText());
      return FilterResult.CONTINUE;
    }
    if (!(node instanceof Element el)) {
      return FilterResult.SKIP_ENTIRELY;
    }
    int tag = Tags.of(el.normalName());
    String kind = HtmlBoilerplate.kindOf(el, tag, onMainHeadingPath(el, depth));
    if (kind != null) {
      if ((tag & Tags.INPUT) != 0) {
        hasControl = true;
      }
      if (kind.equals(HtmlBoilerplate.FOOTER_KIND)) {
        if (footer == null) {
          flush();
          footer = el;
        }
        return FilterResult.CONTINUE;
      }
      if (kind.equals(Removals.APPLY_WIDGET) && (tag & Tags.CONTROL) == 0) {
        // A form, or a block named as the application: walked so its EEO part is told apart.
        flush();
        form = el;
        formKind = Removals.APPLY_WIDGET;
        return FilterResult.CONTINUE;
      }
      if (kind.equals(Removals.SCRIPT_STYLE)) {
        addScript(el, scriptText(el));
      } else if (!kind.isEmpty()) {
        removeText(kind, el);
      }
      return FilterResult.SKIP_ENTIRELY;
    }
    if ((tag & Tags.BLOCK) != 0) {
      flush();
    } else if ((tag & Tags.LINK) != 0) {
      if (linkDepth++ == 0) {
        if (links++ == 0) {
          firstLink = el;
        }
      }
    }
    return FilterResult.CONTINUE;
  }

  /**
   * Records the text of a removed element: measured rather than built, since only its length and
   * (for a kind's first) its opening characters are kept.
   */
  private void removeText(String kind, Element el) {
    MeasuredText text = MeasuredText.of(el, removals.hasSample(kind) ? 0 : Removals.OPENING_CHARS);
    if (text.counted() > 0) {
      removals.add(kind, text.counted(), text.strippedOpening());
    }
  }

  // A removed script or style, counted in full when its body, or the body of one inside it (a
  // style in a noscript, an object or a canvas), was cut short before the parse.
  private void addScript(Element el, String text) {
    int cut = 0;
    if (cuts.count() > 0) {
      for (Element e = el; e != null; e = ElementWalk.next(e, el)) {
        if (e.nameIs("style") || e.nameIs("script")) {
          cut += cuts.charsCutFrom(scriptText(e));
        }
      }
    }
    removals.add(Removals.SCRIPT_STYLE, text, cut);
  }

  /**
   * What {@code el.data() + el.text()} is, without copying the usual script or style: one data
   * node and nothing else, whose data is all of it (a data node holds no text).
   */
  private static String scriptText(Element el) {
    if (el.childNodeSize() == 1 && el.childNode(0) instanceof DataNode data) {
      return data.getWholeData();
    }
    return el.data() + el.text();
  }

  // Inside a form: self-identification parts are eeo_form, everything else apply_widget.
  private FilterResult inForm(Node node) {
    if (node instanceof TextNode text) {
      formText.append(text.getWholeText()).append(' ');
      return FilterResult.CONTINUE;
    }
    if (!(node instanceof Element el)) {
      return FilterResult.SKIP_ENTIRELY;
    }
    String kind = HtmlBoilerplate.kindOf(el, false);
    if (Removals.SCRIPT_STYLE.equals(kind)) {
      addScript(el, el.data());
      return FilterResult.SKIP_ENTIRELY;
    }
    if (Removals.EEO_FORM.equals(kind)) {
      removeText(kind, el);
      return FilterResult.SKIP_ENTIRELY;
    }
    if (el.normalName().length() == 2 && el.normalName().charAt(0) == 'h' || el.normalName().equals("legend")) {
      String heading = HtmlBoilerplate.boundedText(el, 90);
      if (heading != null
          && (LineRules.EEO_FORM_START.matches(heading) || LineRules.EEO_SECTION.matches(heading))) {
        // The self-identification part of a form runs to the form's end.
        removals.add(formKind, formText.toString());
        formText.setLength(0);
        formKind = Removals.EEO_FORM;
      }
    }
    return FilterResult.CONTINUE;
  }

  @Override
  public FilterResult tail(Node node, int depth) {
    if (form != null) {
      if (node == form) {
        removals.add(formKind, formText.toString());
        formText.setLength(0);
        form = null;
      }
      return FilterResult.CONTINUE;
    }
    if (node instanceof Element el) {
      int tag = Tags.of(el.normalName());
      if ((tag & Tags.BLOCK) != 0 || el == footer) {
        flush();
        if (el == footer) {
          footer = null;
        }
      } else if ((tag & Tags.LINK) != 0 && linkDepth > 0) {
        linkDepth--;
      }
    }
    return FilterResult.CONTINUE;
  }

  private void appendText(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c > ' ' && c < 0x7f) {
        i = appendPrintable(text, i) - 1;
      } else if (Character.isWhitespace(c) || c == '\u00a0') {
        pendingSpace = line.length() > 0;
      } else if (!TextLines.isInvisible(c)) {
        if (pendingSpace) {
          line.append(' ');
          pendingSpace = false;
        }
        line.append(c);
        if (linkDepth == 0 && Character.isLetterOrDigit(c)) {
          plainChars++;
        }
      }
    }
  }

  /**
   * Appends the run of printable ASCII starting at {@code from} in one step, as the character
   * loop would: none of it is whitespace, and its letters and digits are ASCII ones. Returns
   * where the run ends.
   */
  private int appendPrintable(String text, int from) {
    int end = from;
    int letters = 0;
    while (end < text.length() && text.charAt(end) > ' ' && text.charAt(end) < 0x7f) {
      char c = text.charAt(end++);
      if (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9') {
        letters++;
      }
    }
    if (pendingSpace) {
      line.append(' ');
      pendingSpace = false;
    }
    line.append(text, from, end);
    if (linkDepth == 0) {
      plainChars += letters;
    }
    return end;
  }

  // A line kept: the lines before it that are each one link into the page's own site are the
  // site's list of links when there are enough of them (a board's "salaries for", "similar job
  // categories" and career-advice links, a side menu, page numbers), else posting lines like any
  // other. Links to other sites are kept: an employer's posting may list its benefits as links
  // to its handbook.
  private void keep(String text) {
    settleLinkLines();
    lines.add(text);
  }

  private void settleLinkLines() {
    if (linkLines.size() >= MIN_LINK_LIST) {
      linkLines.forEach(l -> removals.add(Removals.NAVIGATION, l));
    } else {
      lines.addAll(linkLines);
    }
    linkLines.clear();
  }

  // An email address or a web address is how to apply, even when it is all the line holds.
  private static boolean isAddress(String text) {
    return text.indexOf('@') >= 0 || text.contains("://") || text.contains("www.");
  }

  private void flush() {
    if (line.length() > 0) {
      String text = line.toString();
      boolean onlyLinks = links > 0 && plainChars == 0 && !isAddress(text);
      if (onlyLinks && (links >= 2 || LineRules.CALL_TO_ACTION.matcher(text).matches())) {
        // Only links and separators: a menu, a breadcrumb trail, a row of buttons, a "Donate $25".
        removals.add(Removals.NAVIGATION, text);
      } else if (footer != null && text.length() < FOOTER_PARAGRAPH) {
        removals.add(Removals.NAVIGATION, text);
      } else if (hasControl && text.length() <= MAX_CONTROL_LINE) {
        removals.add(Removals.APPLY_WIDGET, text);
      } else if (onlyLinks && ownSite.holds(firstLink.attr("href"))) {
        // One link and nothing else (more would have made a menu row above).
        linkLines.add(text);
      } else {
        keep(text);
      }
      line.setLength(0);
    }
    pendingSpace = false;
    links = 0;
    firstLink = null;
    plainChars = 0;
    hasControl = false;
  }
}
