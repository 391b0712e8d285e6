package io.jobstream.ingest.run;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The running count of a run. Thread-safe: deliveries are reported on the producer's I/O thread
 * while the run's own thread reads and skips pages.
 */
final class Tally {
  private final List<SkippedPage> skipped = new ArrayList<>();
  private final AtomicReference<Throwable> fatal = new AtomicReference<>();
  private int published;
  private long bytes;

  Tally(List<SkippedPage> alreadySkipped) {
    skipped.addAll(alreadySkipped);
  }

  synchronized void delivered(int size) {
    published++;
    bytes += size;
  }

  synchronized void skip(SkippedPage page) {
    skipped.add(page);
  }

  /** Keeps the first run-ending error; later ones are most likely its echoes. */
  void fail(Throwable error) {
    fatal.compareAndSet(null, error);
  }

  synchronized PublishSummary summary(Duration elapsed) {
    return new PublishSummary(published, bytes, elapsed, skipped);
  }

  /** Throws when a run-ending error was reported, with what was done until then. */
  void failIfFatal(Duration elapsed) throws PublishFailedException {
    Throwable t = fatal.get();
    if (t != null) {
      throw new PublishFailedException("publishing failed: " + t.getMessage(), summary(elapsed), t);
    }
  }
}
