package io.jobstream.bench;

import io.jobstream.enrich.PageReading;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.List;

/**
 * How the enricher's cost against the floor depends on the page: every HTML page of both sets is
 * timed alone (thread CPU time, median over rounds, pages in turn as a stream brings them), and
 * the pages are grouped by size, with the clean text each group's pages hold and what the
 * enricher spends beyond the floor on each. A whole-set ratio hides that on small pages the
 * floor is cheap and the enricher's cost is not. One group edge sits at 5 KB because jsoup's
 * floor, asked to find the charset itself, parses the first 5 KB of a longer page once to look
 * for it and then parses the whole page.
 *
 * <p>Usage: {@code java -cp enrich-bench/target/benchmarks.jar io.jobstream.bench.PageSizeCost}.
 */
public final class PageSizeCost {
  private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();
  /** Group boundaries in bytes; a page falls in [edge k, edge k + 1). */
  static final int[] EDGES = {0, 5 << 10, 8 << 10, 16 << 10, 64 << 10, Integer.MAX_VALUE};
  private static final int ROUNDS = 15;
  private static final long WARMUP_NANOS = 30_000_000_000L;
  private static Object sink;

  private PageSizeCost() {}

  public static void main(String[] args) {
    if (!CPU.isCurrentThreadCpuTimeSupported()) {
      System.err.println("this JVM cannot time a thread's CPU; PageSizeCost needs it");
      System.exit(2);
    }
    List<Page> pages = new ArrayList<>();
    for (String name : List.of(PageSet.PROJECT, PageSet.SHARED)) {
      pages.addAll(PageSet.named(name).pages());
    }
    if (pages.isEmpty()) {
      System.err.println("no HTML pages here to time");
      System.exit(2);
    }
    byte[][] bodies = pages.stream().map(Page::body).toArray(byte[][]::new);
    long[] textChars = new long[bodies.length];
    for (int i = 0; i < bodies.length; i++) {
      textChars[i] = PageReading.cleanText(bodies[i]).length();
    }
    for (long end = System.nanoTime() + WARMUP_NANOS; System.nanoTime() < end; ) {
      time(PagePass.ENRICHER, bodies);
      time(PagePass.JSOUP_PARSE, bodies);
    }
    long[][] enricher = new long[ROUNDS][];
    long[][] floor = new long[ROUNDS][];
    for (int r = 0; r < ROUNDS; r++) {
      enricher[r] = time(PagePass.ENRICHER, bodies);
      floor[r] = time(PagePass.JSOUP_PARSE, bodies);
    }
    List<Group> groups = groups(bodies, textChars, medians(enricher), medians(floor));
    TextTable table = new TextTable("page size", "pages", "avg KB", "clean text (chars/page)", "floor µs/page",
        "enricher µs/page", "enricher ÷ floor", "enricher − floor µs/page");
    for (Group g : groups) {
      table.row(g.label(), g.pages(), Format.num("%.1f", g.avgKb()), Format.num("%.0f", g.textPerPage()),
          Format.num("%.0f", g.floorMicros()), Format.num("%.0f", g.enricherMicros()), Format.num("%.2f×", g.ratio()),
          Format.num("%.0f", g.enricherMicros() - g.floorMicros()));
    }
    System.out.printf("%d pages of both sets; CPU time of each page alone, median of %d rounds after %d s of warm-up%n%n",
        bodies.length, ROUNDS, WARMUP_NANOS / 1_000_000_000L);
    System.out.println(table);
  }

  /** One group of pages: how many, their bytes and clean text, and the per-page costs summed over them. */
  record Group(String label, int pages, long bytes, long textChars, long floorNanos, long enricherNanos) {
    double avgKb() {
      return bytes / 1024.0 / pages;
    }

    double textPerPage() {
      return (double) textChars / pages;
    }

    double floorMicros() {
      return floorNanos / 1000.0 / pages;
    }

    double enricherMicros() {
      return enricherNanos / 1000.0 / pages;
    }

    /** The group's enricher time over its floor time: the bar's ratio on these pages alone. */
    double ratio() {
      return (double) enricherNanos / floorNanos;
    }
  }

  /**
   * The pages grouped by {@link #EDGES}, empty groups left out; {@code textChars[i]},
   * {@code enricher[i]} and {@code floor[i]} belong to {@code bodies[i]}.
   */
  static List<Group> groups(byte[][] bodies, long[] textChars, long[] enricher, long[] floor) {
    List<Group> out = new ArrayList<>();
    for (int k = 0; k + 1 < EDGES.length; k++) {
      int pages = 0;
      long bytes = 0;
      long text = 0;
      long f = 0;
      long e = 0;
      for (int i = 0; i < bodies.length; i++) {
        if (bodies[i].length >= EDGES[k] && bodies[i].length < EDGES[k + 1]) {
          pages++;
          bytes += bodies[i].length;
          text += textChars[i];
          f += floor[i];
          e += enricher[i];
        }
      }
      if (pages > 0) {
        out.add(new Group(label(EDGES[k], EDGES[k + 1]), pages, bytes, text, f, e));
      }
    }
    return out;
  }

  private static String label(int from, int to) {
    return to == Integer.MAX_VALUE ? "≥ " + (from >> 10) + " KB" : (from >> 10) + "–" + (to >> 10) + " KB";
  }

  /** Per column (page), the median over rows (rounds). */
  static long[] medians(long[][] rounds) {
    long[] out = new long[rounds[0].length];
    long[] column = new long[rounds.length];
    for (int i = 0; i < out.length; i++) {
      for (int r = 0; r < rounds.length; r++) {
        column[r] = rounds[r][i];
      }
      out[i] = (long) PairedRun.median(column);
    }
    return out;
  }

  private static long[] time(PagePass pass, byte[][] bodies) {
    long[] nanos = new long[bodies.length];
    for (int i = 0; i < bodies.length; i++) {
      long start = CPU.getCurrentThreadCpuTime();
      sink = pass.apply(bodies[i]);
      nanos[i] = CPU.getCurrentThreadCpuTime() - start;
    }
    return nanos;
  }
}
