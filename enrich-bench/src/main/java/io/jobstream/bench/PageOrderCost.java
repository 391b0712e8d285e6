package io.jobstream.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.List;

/**
 * What moving from one page to the next costs a pass: each pass is timed (thread CPU time) over
 * the pages in turn, as a stream brings them, and with each page run several times in a row,
 * which lets the processor learn that page. The same pages and the same code run both ways, so
 * the difference is what a change of page costs: branch history and the paths the page takes.
 *
 * <p>Usage: {@code java -cp enrich-bench/target/benchmarks.jar io.jobstream.bench.PageOrderCost
 * [project|shared]} (default project).
 */
public final class PageOrderCost {
  private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();
  private static final int REPEATS = 20;
  private static final int ROUNDS = 5;
  private static final long WARMUP_NANOS = 25_000_000_000L;
  private static Object sink;

  private PageOrderCost() {}

  public static void main(String[] args) {
    String setName = args.length > 0 ? args[0] : PageSet.PROJECT;
    PageSet set = PageSet.named(setName);
    if (set.isEmpty()) {
      System.err.println("no HTML pages here for page set " + setName);
      System.exit(2);
    }
    if (!CPU.isCurrentThreadCpuTimeSupported()) {
      System.err.println("this JVM cannot time a thread's CPU; PageOrderCost needs it");
      System.exit(2);
    }
    byte[][] pages = set.pages().stream().map(Page::body).toArray(byte[][]::new);
    TextTable table = new TextTable("pass", "pages in turn (ms/pass)", "each page " + REPEATS + "× in a row (ms/pass)", "in turn ÷ in a row");
    for (PagePass pass : List.of(PagePass.JSOUP_PARSE, PagePass.ENRICHER)) {
      int[] inTurn = schedule(pages.length, REPEATS, true);
      int[] inARow = schedule(pages.length, REPEATS, false);
      for (long end = System.nanoTime() + WARMUP_NANOS; System.nanoTime() < end; ) {
        run(pass, pages, inTurn);
        run(pass, pages, inARow);
      }
      double[] turn = new double[ROUNDS];
      double[] row = new double[ROUNDS];
      for (int r = 0; r < ROUNDS; r++) {
        // Which order goes first swaps every round, so neither always follows the other.
        if (r % 2 == 0) {
          turn[r] = run(pass, pages, inTurn) / 1e6 / REPEATS;
          row[r] = run(pass, pages, inARow) / 1e6 / REPEATS;
        } else {
          row[r] = run(pass, pages, inARow) / 1e6 / REPEATS;
          turn[r] = run(pass, pages, inTurn) / 1e6 / REPEATS;
        }
      }
      double t = PairedRun.median(turn);
      double w = PairedRun.median(row);
      table.row(pass.benchmark(), Format.num("%.2f", t), Format.num("%.2f", w), Format.num("%.2f", t / w));
    }
    System.out.printf("%s: %d pages; median of %d rounds after %d s of warm-up per pass%n%n", setName, pages.length,
        ROUNDS, WARMUP_NANOS / 1_000_000_000L);
    System.out.println(table);
  }

  /**
   * The order of page indexes for {@code repeats} passes over {@code pages} pages: the whole set
   * {@code repeats} times over when {@code inTurn}, else each page {@code repeats} times in a row.
   */
  static int[] schedule(int pages, int repeats, boolean inTurn) {
    int[] order = new int[pages * repeats];
    for (int k = 0; k < order.length; k++) {
      order[k] = inTurn ? k % pages : k / repeats;
    }
    return order;
  }

  private static long run(PagePass pass, byte[][] pages, int[] order) {
    long start = CPU.getCurrentThreadCpuTime();
    for (int page : order) {
      sink = pass.apply(pages[page]);
    }
    return CPU.getCurrentThreadCpuTime() - start;
  }
}
