package io.jobstream.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A second measurement, robust to other processes on a shared machine: each pass over the page
 * set is timed in this thread's CPU time (not wall time, which counts the time other processes
 * hold the cores), and the passes run interleaved, round after round, so that they all see the
 * same conditions. Reports the median per pass. Not thread-safe; run on one thread.
 */
final class CpuTimeRounds {
  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

  private CpuTimeRounds() {}

  /**
   * Per pass, the CPU milliseconds of {@code rounds} passes over {@code set}, in round order,
   * after unmeasured rounds for {@code warmupSeconds} of wall-clock time.
   */
  static Map<PagePass, double[]> measure(PageSet set, List<PagePass> passes, int warmupSeconds, int rounds) {
    if (!THREADS.isCurrentThreadCpuTimeSupported()) {
      throw new IllegalStateException("this JVM cannot measure thread CPU time");
    }
    Map<PagePass, double[]> millis = new LinkedHashMap<>();
    passes.forEach(p -> millis.put(p, new double[rounds]));
    long warmupEnd = System.nanoTime() + warmupSeconds * 1_000_000_000L;
    int warmups = 0;
    while (System.nanoTime() < warmupEnd) {
      for (PagePass pass : passes) {
        cpuMillis(pass, set);
      }
      warmups++;
    }
    for (int round = 0; round < rounds; round++) {
      for (int i = 0; i < passes.size(); i++) {
        // Rotate the order each round so no pass always runs right after the same neighbour.
        PagePass pass = passes.get((i + round + warmups) % passes.size());
        millis.get(pass)[round] = cpuMillis(pass, set);
      }
    }
    return millis;
  }

  /**
   * The median over rounds of {@code numerator[r] / denominator[r]}. Both passes of a round run
   * within a second of each other, so a change in the machine's speed between rounds (this
   * machine's host switches it between two speeds for minutes at a time) cancels out of each
   * ratio, where it would not out of a ratio of two medians taken over rounds of both speeds.
   */
  static double medianOfRatios(double[] numerator, double[] denominator) {
    if (numerator.length != denominator.length || numerator.length == 0) {
      throw new IllegalArgumentException("need the same, non-zero number of rounds");
    }
    double[] ratios = new double[numerator.length];
    for (int r = 0; r < ratios.length; r++) {
      ratios[r] = numerator[r] / denominator[r];
    }
    Arrays.sort(ratios);
    return median(ratios);
  }

  /** Runs measure for each set and renders the table. */
  static String table(List<PageSet> sets, List<PagePass> passes, int warmupSeconds, int rounds) {
    TextTable table = new TextTable("page set", "pages", "MB", "benchmark", "CPU ms/pass (median)", "min–max",
        "pages/CPU-s", "MB/CPU-s", "× jsoupParse");
    List<String> verdicts = new ArrayList<>();
    for (PageSet set : sets) {
      Map<PagePass, double[]> byRound = measure(set, passes, warmupSeconds, rounds);
      Map<PagePass, double[]> ms = new LinkedHashMap<>();
      byRound.forEach((pass, v) -> ms.put(pass, sorted(v)));
      double floor = ms.containsKey(PagePass.JSOUP_PARSE) ? median(ms.get(PagePass.JSOUP_PARSE)) : Double.NaN;
      ms.forEach((pass, v) -> table.row(set.name(), set.pages().size(), Format.num("%.2f", set.bytes() / 1e6),
          pass.benchmark(), Format.num("%.1f", median(v)), Format.num("%.1f–%.1f", v[0], v[v.length - 1]),
          Format.num("%.0f", set.pages().size() * 1000 / median(v)), Format.num("%.2f", set.bytes() / 1e3 / median(v)),
          Double.isNaN(floor) ? "-" : Format.num("%.2f×", median(v) / floor)));
      String verdict = verdict(set.name(), byRound);
      if (verdict != null) {
        verdicts.add(verdict);
      }
    }
    return table + "\n" + String.join("\n", verdicts) + "\n";
  }

  /**
   * The bar's verdict for one page set from its rounds, or null without both the floor and the
   * enricher. With the cleaning measured too, it splits the enricher's time, round by round, into
   * the reading and cleaning of the pages and everything after it.
   */
  static String verdict(String setName, Map<PagePass, double[]> byRound) {
    double[] floor = byRound.get(PagePass.JSOUP_PARSE);
    double[] enricher = byRound.get(PagePass.ENRICHER);
    if (floor == null || enricher == null) {
      return null;
    }
    double ratio = medianOfRatios(enricher, floor);
    String line = Format.num("%s: enricher CPU time / jsoupParse CPU time = %.2f×, median of the rounds' ratios"
            + " (ratio of the medians %.2f×; bar ≤ %.1f×: %s)",
        setName, ratio, median(sorted(enricher)) / median(sorted(floor)), ThroughputTable.ENRICHER_BAR,
        ratio <= ThroughputTable.ENRICHER_BAR ? "met" : "not met");
    double[] cleaning = byRound.get(PagePass.CLEANING);
    if (cleaning != null) {
      double[] rest = new double[enricher.length];
      for (int r = 0; r < rest.length; r++) {
        rest[r] = enricher[r] - cleaning[r];
      }
      line += Format.num("; of it, reading and cleaning the pages %.2f× and the fields, phrases and posting %.2f×",
          medianOfRatios(cleaning, floor), medianOfRatios(rest, floor));
    }
    return line;
  }

  private static double[] sorted(double[] v) {
    double[] copy = v.clone();
    Arrays.sort(copy);
    return copy;
  }

  private static double cpuMillis(PagePass pass, PageSet set) {
    int kept = 0;
    long start = THREADS.getCurrentThreadCpuTime();
    for (Page p : set.pages()) {
      kept += pass.apply(p.body()) == null ? 0 : 1;
    }
    long end = THREADS.getCurrentThreadCpuTime();
    // Using every result (a pass never returns null) keeps the JIT from dropping the work.
    if (kept != set.pages().size()) {
      throw new IllegalStateException(pass + " returned null for a page");
    }
    return (end - start) / 1e6;
  }

  private static double median(double[] sorted) {
    int n = sorted.length;
    return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
  }
}
