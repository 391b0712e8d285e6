package io.jobstream.enrich.eval;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.jobstream.enrich.Enricher;
import io.jobstream.enrich.cli.PageTypes;
import io.jobstream.model.EnrichedPosting.Removal;
import io.jobstream.model.EnrichedPosting;
import io.jobstream.model.RawPage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/** Runs the enricher on unlabelled real pages and flags boilerplate left in their clean text. */
public final class RealPages {
  /**
   * What cleaning did to one page.
   *
   * @param file the page file name
   * @param cleanChars length of the clean text
   * @param removed characters removed, by kind
   * @param eeo EEO-form phrases still in the clean text
   * @param otherJobs other jobs' titles still in the clean text
   * @param chrome the board's own links and widgets still in the clean text
   * @param error why the page could not be enriched, or null
   */
  public record Page(String file, int cleanChars, Map<String, Integer> removed, List<String> eeo, List<String> otherJobs,
      List<String> chrome, String error) {
    /** Whether this page shows an enricher bug: form text, other jobs or board chrome left, an empty clean text, or a failure. */
    public boolean flagged() {
      return !problems().isEmpty();
    }

    /** What is wrong with the page, one finding each; empty when nothing is. */
    public List<String> problems() {
      List<String> out = new ArrayList<>();
      if (error != null) {
        out.add("enrichment failed: " + error);
      }
      if (error == null && cleanChars == 0) {
        out.add("clean text is empty: the page's own text (title, place, terms) was all removed");
      }
      if (!eeo.isEmpty()) {
        out.add("EEO form text left: " + eeo);
      }
      if (!otherJobs.isEmpty()) {
        out.add("other jobs' cards left: " + otherJobs);
      }
      if (!chrome.isEmpty()) {
        out.add("board chrome left: " + chrome);
      }
      return out;
    }
  }

  private RealPages() {}

  /** The pages of a folder of real pages: its HTML and Markdown files, sorted, without its README. */
  public static List<Path> files(Path dir) throws IOException {
    return Folders.files(dir, ".html", ".htm", ".md").stream()
        .filter(p -> !p.getFileName().toString().toLowerCase(Locale.ROOT).startsWith("readme"))
        .toList();
  }

  /** Enriches and checks one page file. */
  public static Page check(Enricher enricher, Path file) {
    String name = file.getFileName().toString();
    try {
      EnrichedPosting p = enricher.enrich(new RawPage(null, Files.readAllBytes(file), PageTypes.of(file), null, null));
      return of(name, p);
    } catch (IOException | RuntimeException e) {
      return new Page(name, 0, Map.of(), List.of(), List.of(), List.of(), e.toString());
    }
  }

  /** Checks an enriched posting of page {@code name} (pure). */
  public static Page of(String name, EnrichedPosting p) {
    Map<String, Integer> removed = new TreeMap<>();
    if (p.removed() != null) {
      for (Removal r : p.removed()) {
        removed.merge(r.kind(), r.chars(), Integer::sum);
      }
    }
    String clean = p.cleanText() == null ? "" : p.cleanText();
    return new Page(name, clean.length(), removed, Leftovers.eeoIn(clean), Leftovers.otherJobsIn(name, clean),
        Leftovers.boardChromeIn(name, clean), null);
  }

  /** Plain-text section. */
  public static String toText(List<Page> pages) {
    StringBuilder sb = new StringBuilder("== real pages (no labels): removed chars by kind; FLAG = boilerplate left in cleanText\n");
    long flagged = pages.stream().filter(Page::flagged).count();
    for (Page p : pages) {
      sb.append(p.flagged() ? "FLAG " : "ok   ").append(p.file()).append("  clean=").append(p.cleanChars())
          .append("  removed=").append(p.removed()).append('\n');
      p.problems().forEach(problem -> sb.append("       ").append(problem).append('\n'));
    }
    sb.append(flagged).append(" of ").append(pages.size()).append(" pages flagged (enricher bugs)\n");
    return sb.toString();
  }

  /** JSON section. */
  public static ArrayNode toJson(List<Page> pages) {
    ArrayNode a = JsonNodeFactory.instance.arrayNode();
    for (Page p : pages) {
      ObjectNode o = a.addObject().put("file", p.file()).put("flagged", p.flagged()).put("cleanChars", p.cleanChars());
      ObjectNode r = o.putObject("removed");
      p.removed().forEach(r::put);
      p.eeo().forEach(o.withArray("eeoLeft")::add);
      p.otherJobs().forEach(o.withArray("otherJobsLeft")::add);
      p.chrome().forEach(o.withArray("boardChromeLeft")::add);
      if (p.error() != null) {
        o.put("error", p.error());
      }
    }
    return a;
  }
}
