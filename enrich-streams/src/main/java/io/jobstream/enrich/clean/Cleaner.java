package io.jobstream.enrich.clean;

import io.jobstream.enrich.page.StyleScriptCuts;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/**
 * Removes boilerplate from a page. Entry point of the package; stateless and thread-safe.
 * Never throws on odd markup: whatever jsoup parsed is walked as it is.
 */
public final class Cleaner {
  private static final int MIN_META_DESCRIPTION = 50;

  private Cleaner() {}

  /**
   * Cleans a parsed HTML document. The document is only read, so callers may still take
   * metadata from it.
   */
  public static CleanText html(Document doc) {
    return html(doc, StyleScriptCuts.NONE);
  }

  /**
   * As {@link #html(Document)}, for a document parsed with the style and script bodies
   * {@code cuts} cut short: the audit counts the characters cut as removed with their element.
   */
  public static CleanText html(Document doc, StyleScriptCuts cuts) {
    Removals removals = new Removals();
    Element root = doc.body() != null ? doc.body() : doc;
    List<String> lines = LineCleaner.clean(HtmlLines.of(root, removals, cuts), removals);
    String described = describedOnlyInMeta(doc, lines, removals.chars(Removals.APPLY_WIDGET));
    if (described != null) {
      lines = new ArrayList<>(lines);
      lines.addAll(LineCleaner.clean(TextLines.of(described, false), removals));
    }
    return new CleanText(lines, removals.toList());
  }

  /**
   * The page's meta description when it is the only place that holds the posting: the
   * "application" tab of an applicant tracker (Ashby, Lever, Workable) shows a form and puts
   * the description only in {@code <meta name="description">}. Null when the body holds a
   * paragraph longer than it, is not mostly an application form, or already holds the meta description's opening words.
   */
  private static final org.jsoup.select.Evaluator META_DESCRIPTION =
      org.jsoup.select.QueryParser.parse("meta[name=description], meta[property=og:description]");

  private static String describedOnlyInMeta(Document doc, List<String> lines, int formChars) {
    int chars = 0;
    int longest = 0;
    for (String line : lines) {
      chars += line.length();
      longest = Math.max(longest, line.length());
    }
    if (formChars <= chars) {
      // Not an application tab: the body is not mostly a form.
      return null;
    }
    Element head = doc.head();
    String best = "";
    for (Element meta : head.select(META_DESCRIPTION)) {
      String content = meta.attr("content").strip();
      if (content.length() > best.length()) {
        best = content;
      }
    }
    if (best.length() < MIN_META_DESCRIPTION) {
      return null;
    }
    if (longest >= best.length()) {
      // The body has text of its own, longer than the summary.
      return null;
    }
    String opening = TextLines.of(best, false).get(0);
    opening = opening.substring(0, Math.min(opening.length(), 40));
    if (String.join(" ", lines).contains(opening)) {
      return null;
    }
    return escapedTwiceUndone(best);
  }

  // An entity reference left in a decoded attribute ("marketing &amp; creative"): trackers that
  // escape the description twice. What a person reads is the character.
  private static final Pattern LEFT_ENTITY = Pattern.compile("&(?:[a-zA-Z][a-zA-Z0-9]{1,30}|#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6});");

  private static String escapedTwiceUndone(String description) {
    return description.indexOf('&') >= 0 && LEFT_ENTITY.matcher(description).find()
        ? Parser.unescapeEntities(description, false)
        : description;
  }

  /**
   * Cleans plain text or a Markdown body; {@code frontMatter} is the raw block already split
   * off (may be empty), recorded as removed.
   */
  public static CleanText text(String body, boolean markdown, String frontMatter) {
    Removals removals = new Removals();
    removals.add(Removals.FRONT_MATTER, frontMatter);
    List<String> lines = TextLines.of(body, markdown);
    return new CleanText(LineCleaner.clean(lines, removals), removals.toList());
  }
}
