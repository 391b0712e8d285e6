package io.jobstream.bench;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.openjdk.jmh.results.BenchmarkResult;
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
    Map<String, Map<String, Result<?>>> bySet = group(results, RunResult::getPrimaryResult);
    TextTable table = new TextTable("page set", "pages", "MB", "benchmark", "ops/s", "± (99.9%)", "pages/s", "MB/s", "time vs jsoup");
    StringBuilder verdicts = new StringBuilder();
    bySet.forEach((setName, byBench) -> {
      PageSet set = sets.get(setName);
      Result<?> floor = byBench.get("jsoupParse");
      byBench.forEach((bench, r) -> table.row(setName, set.pages().size(), Format.num("%.2f", set.bytes() / MB), bench,
          Format.num("%.2f", r.getScore()), Double.isNaN(r.getScoreError()) ? "-" : Format.num("%.2f", r.getScoreError()),
          Format.num("%.0f", r.getScore() * set.pages().size()), Format.num("%.2f", r.getScore() * set.bytes() / MB),
          floor == null ? "-" : Format.num("%.2f×", floor.getScore() / r.getScore())));
      Map<String, Double> scores = new LinkedHashMap<>();
      byBench.forEach((bench, r) -> scores.put(bench, r.getScore()));
      verdicts.append(verdict(setName, scores));
    });
    Map<String, Map<String, List<Double>>> forks = group(results, r -> r.getBenchmarkResults().stream()
        .map(BenchmarkResult::getPrimaryResult).map(Result::getScore).toList());
    forks.forEach((setName, byBench) -> {
      if (byBench.values().stream().anyMatch(scores -> scores.size() > 1)) {
        verdicts.append(forkLine(setName, byBench)).append('\n');
      }
    });
    return table + "\n" + verdicts;
  }

  /**
   * The bar's verdict for one page set from each benchmark's ops/s, or "" without both the floor
   * and the enricher. With the cleaning measured too, it splits the enricher's time into the
   * reading and cleaning of the page and everything after it, in multiples of the floor.
   */
  static String verdict(String setName, Map<String, Double> scores) {
    Double floor = scores.get("jsoupParse");
    Double enricher = scores.get("enricher");
    if (floor == null || enricher == null) {
      return "";
    }
    double ratio = floor / enricher;
    StringBuilder line = new StringBuilder(Format.num("%s: enricher time / jsoupParse time = %.2f× (bar ≤ %.1f×: %s)",
        setName, ratio, ENRICHER_BAR, ratio <= ENRICHER_BAR ? "met" : "not met"));
    Double fromString = scores.get("jsoupParseString");
    if (fromString != null) {
      line.append(Format.num("; vs jsoupParseString = %.2f×", fromString / enricher));
    }
    Double cleaning = scores.get("cleaning");
    if (cleaning != null) {
      // Times add where rates do not: a pass's time is 1 / ops/s.
      line.append(Format.num("; of it, reading and cleaning the pages %.2f× and the fields, phrases and posting %.2f×",
          floor / cleaning, floor / enricher - floor / cleaning));
    }
    return line.append('\n').toString();
  }

  /**
   * One line of each benchmark's score fork by fork, and the range of enricher time / floor time
   * over every pairing of a floor fork with an enricher fork: how far apart single-fork runs of
   * the same build would have put the bar.
   */
  static String forkLine(String setName, Map<String, List<Double>> byBench) {
    StringBuilder line = new StringBuilder(setName).append(", ops/s fork by fork:");
    byBench.forEach((bench, scores) -> line.append(' ').append(bench).append(' ')
        .append(scores.stream().map(v -> Format.num("%.1f", v)).collect(Collectors.joining(" · "))).append(';'));
    line.setLength(line.length() - 1);
    List<Double> floor = byBench.get("jsoupParse");
    List<Double> enricher = byBench.get("enricher");
    if (floor != null && enricher != null && !floor.isEmpty() && !enricher.isEmpty()) {
      double low = Double.MAX_VALUE;
      double high = 0;
      for (double f : floor) {
        for (double e : enricher) {
          low = Math.min(low, f / e);
          high = Math.max(high, f / e);
        }
      }
      line.append(Format.num(" (one fork of each would have read %.2f× to %.2f×)", low, high));
    }
    return line.toString();
  }

  // What `of` takes from each result, by page set and benchmark.
  private static <V> Map<String, Map<String, V>> group(Collection<RunResult> results, Function<RunResult, V> of) {
    Map<String, Map<String, V>> bySet = new LinkedHashMap<>();
    for (RunResult r : results) {
      String fullName = r.getParams().getBenchmark();
      String bench = fullName.substring(fullName.lastIndexOf('.') + 1);
      bySet.computeIfAbsent(r.getParams().getParam("pageSet"), k -> new LinkedHashMap<>()).put(bench, of.apply(r));
    }
    // jsoup first, then the cleaning and the whole enricher, then the anchors: the order a reader compares in.
    bySet.replaceAll((set, m) -> ordered(m));
    return bySet;
  }

  private static <V> Map<String, V> ordered(Map<String, V> m) {
    Map<String, V> out = new LinkedHashMap<>();
    for (String b : new String[] {"jsoupParse", "jsoupParseString", "cleaning", "enricher", "boilerpipe", "readability4j"}) {
      if (m.containsKey(b)) {
        out.put(b, m.get(b));
      }
    }
    m.forEach(out::putIfAbsent);
    return out;
  }
}
