package io.jobstream.enrich.clean;

import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Removes boilerplate from a page. Entry point of the package; stateless and thread-safe.
 * Never throws on odd markup: whatever jsoup parsed is walked as it is.
 */
public final class Cleaner {
  private Cleaner() {}

  /**
   * Cleans a parsed HTML document. The document is only read, so callers may still take
   * metadata from it.
   */
  public static CleanText html(Document doc) {
    Removals removals = new Removals();
    Element root = doc.body() != null ? doc.body() : doc;
    List<String> lines = HtmlLines.of(root, removals);
    return new CleanText(LineCleaner.clean(lines, removals), removals.toList());
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
