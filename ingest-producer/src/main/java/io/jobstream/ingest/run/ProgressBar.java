package io.jobstream.ingest.run;

import java.io.PrintWriter;
import java.util.function.LongSupplier;

/**
 * A one-line progress bar redrawn with {@code \r}, e.g. {@code [#######.............] 35/100
 * pages  2.1 MiB}. Redraws at most every 100 ms so that a folder of tiny files does not spend its
 * time on the terminal. Not thread-safe.
 */
public final class ProgressBar implements ProgressListener {
  private static final int WIDTH = 30;
  private static final long REDRAW_NANOS = 100_000_000L;

  private final PrintWriter out;
  private final LongSupplier nanoClock;
  private int total;
  private long lastDraw = Long.MIN_VALUE;
  private int lastLength;

  public ProgressBar(PrintWriter out) {
    this(out, System::nanoTime);
  }

  ProgressBar(PrintWriter out, LongSupplier nanoClock) {
    this.out = out;
    this.nanoClock = nanoClock;
  }

  @Override
  public void started(int totalPages) {
    total = totalPages;
    draw(0, 0);
  }

  @Override
  public void advanced(int donePages, long sentBytes) {
    long now = nanoClock.getAsLong();
    if (donePages >= total || lastDraw == Long.MIN_VALUE || now - lastDraw >= REDRAW_NANOS) {
      draw(donePages, sentBytes);
      lastDraw = now;
    }
  }

  @Override
  public void finished() {
    // Leave the last drawing on screen and move the summary to a fresh line.
    out.print('\n');
    out.flush();
  }

  /** The bar's text for a state; package-private for tests. */
  static String render(int done, int total, long bytes) {
    int filled = total <= 0 ? WIDTH : (int) ((long) WIDTH * Math.min(done, total) / total);
    return "[" + "#".repeat(filled) + ".".repeat(WIDTH - filled) + "] "
        + done + "/" + total + " pages  " + PublishSummary.humanBytes(bytes);
  }

  private void draw(int done, long bytes) {
    String line = render(done, total, bytes);
    // Pad with spaces so that a shorter line fully covers the previous one.
    int pad = Math.max(0, lastLength - line.length());
    out.print("\r" + line + " ".repeat(pad));
    out.flush();
    lastLength = line.length();
  }
}
