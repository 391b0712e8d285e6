package io.jobstream.bench;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;

/**
 * Turns JMH results of {@link EnrichBenchmark} into pages/s and MB/s per page set, with each
 * benchmark's time relative to the bare jsoup parse (the bar: enricher ≤ 1.5×).
 */
final class ThroughputTable {
  /** The bar the enricher aims for, in multiples of a bare jsoup parse's time. */
  static final double ENRICHER_BAR = 1.5;
  private static final double MB = 1_000_000.0; // decimal megabytes, as in MB/s everywhere

  private ThroughputTable() {}

  /** The table for {@code results}; {@code sets} gives each page set's size. */
  static String render(Collection<RunResult> results, Map<String, PageSet> sets) {
    Map<String, Map<String, Result<?>>> bySet = group(results);
    TextTable table = new TextTable("page set", "pages", "MB", "benchmark", "ops/s", "± (99.9%)", "pages/s", "MB/s", "time vs jsoup");
    StringBuilder verdicts = new StringBuilder();
    bySet.forEach((setName, byBench) -> {
      PageSet set = sets.get(setName);
      Result<?> floor = byBench.get("jsoupParse");
      byBench.forEach((bench, r) -> table.row(setName, set.pages().size(), Format.num("%.2f", set.bytes() / MB), bench,
          Format.num("%.2f", r.getScore()), Double.isNaN(r.getScoreError()) ? "-" : Format.num("%.2f", r.getScoreError()),
          Format.num("%.0f", r.getScore() * set.pages().size()), Format.num("%.2f", r.getScore() * set.bytes() / MB),
          floor == null ? "-" : Format.num("%.2f×", floor.getScore() / r.getScore())));
      Result<?> enricher = byBench.get("enricher");
      if (floor != null && enricher != null) {
        double ratio = floor.getScore() / enricher.getScore();
        verdicts.append(Format.num("%s: enricher time / jsoupParse time = %.2f× (bar ≤ %.1f×: %s)",
            setName, ratio, ENRICHER_BAR, ratio <= ENRICHER_BAR ? "met" : "not met"));
        Result<?> fromString = byBench.get("jsoupParseString");
        if (fromString != null) {
          verdicts.append(Format.num("; vs jsoupParseString = %.2f×", fromString.getScore() / enricher.getScore()));
        }
        verdicts.append('\n');
      }
    });
    return table + "\n" + verdicts;
  }

  private static Map<String, Map<String, Result<?>>> group(Collection<RunResult> results) {
    Map<String, Map<String, Result<?>>> bySet = new LinkedHashMap<>();
    for (RunResult r : results) {
      String fullName = r.getParams().getBenchmark();
      String bench = fullName.substring(fullName.lastIndexOf('.') + 1);
      bySet.computeIfAbsent(r.getParams().getParam("pageSet"), k -> new LinkedHashMap<>())
          .put(bench, r.getPrimaryResult());
    }
    // jsoup first, then the enricher, then the anchors: the order a reader compares in.
    bySet.replaceAll((set, m) -> ordered(m));
    return bySet;
  }

  private static Map<String, Result<?>> ordered(Map<String, Result<?>> m) {
    Map<String, Result<?>> out = new LinkedHashMap<>();
    for (String b : new String[] {"jsoupParse", "jsoupParseString", "enricher", "boilerpipe", "readability4j"}) {
      if (m.containsKey(b)) {
        out.put(b, m.get(b));
      }
    }
    m.forEach(out::putIfAbsent);
    return out;
  }
}
