package io.jobstream.ingest.run;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * The outcome of a run; immutable.
 *
 * @param published pages acknowledged by the broker
 * @param bytes body bytes of those pages (before compression)
 * @param elapsed wall time of the run
 * @param skipped inputs not published, each with its reason, in the order met
 */
public record PublishSummary(int published, long bytes, Duration elapsed, List<SkippedPage> skipped) {

  /** Exit status when every page was published. */
  public static final int EXIT_OK = 0;
  /** Exit status when some inputs were skipped. */
  public static final int EXIT_SKIPPED = 1;

  public PublishSummary {
    Objects.requireNonNull(elapsed, "elapsed");
    skipped = List.copyOf(skipped);
  }

  /** Published pages per second of elapsed time; 0 for an instant run. */
  public double pagesPerSecond() {
    double seconds = elapsed.toNanos() / 1e9;
    return seconds <= 0 ? 0 : published / seconds;
  }

  /** {@link #EXIT_OK} when nothing was skipped, else {@link #EXIT_SKIPPED}. */
  public int exitCode() {
    return skipped.isEmpty() ? EXIT_OK : EXIT_SKIPPED;
  }

  /** The closing report, one line plus one per skipped input, without a trailing newline. */
  public String format() {
    StringBuilder sb = new StringBuilder();
    sb.append(String.format(Locale.ROOT, "published %d %s (%s) in %s, %.1f pages/s",
        published, published == 1 ? "page" : "pages", humanBytes(bytes), humanDuration(elapsed), pagesPerSecond()));
    if (!skipped.isEmpty()) {
      sb.append(String.format(Locale.ROOT, "%nskipped %d:", skipped.size()));
      for (SkippedPage s : skipped) {
        sb.append(String.format(Locale.ROOT, "%n  %s: %s", s.input(), s.reason()));
      }
    }
    return sb.toString();
  }

  /** Bytes in B, KiB, MiB or GiB with one decimal. */
  public static String humanBytes(long bytes) {
    if (bytes < 1024) {
      return bytes + " B";
    }
    String[] units = {"KiB", "MiB", "GiB", "TiB"};
    double value = bytes;
    int unit = -1;
    while (value >= 1024 && unit < units.length - 1) {
      value /= 1024;
      unit++;
    }
    return String.format(Locale.ROOT, "%.1f %s", value, units[unit]);
  }

  static String humanDuration(Duration d) {
    long millis = d.toMillis();
    if (millis < 60_000) {
      return String.format(Locale.ROOT, "%.1f s", millis / 1000.0);
    }
    return String.format(Locale.ROOT, "%dm%02ds", millis / 60_000, (millis / 1000) % 60);
  }
}
