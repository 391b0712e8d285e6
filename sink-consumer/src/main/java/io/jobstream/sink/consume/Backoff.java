package io.jobstream.sink.consume;

import java.time.Duration;

/** Exponential backoff with a ceiling: initial, doubled each failure, reset on success. Not thread-safe. */
final class Backoff {
  private final long initialMs;
  private final long maxMs;
  private long nextMs;

  Backoff(long initialMs, long maxMs) {
    if (initialMs < 1 || maxMs < initialMs) {
      throw new IllegalArgumentException("need 1 <= initial <= max, got " + initialMs + ", " + maxMs);
    }
    this.initialMs = initialMs;
    this.maxMs = maxMs;
    this.nextMs = initialMs;
  }

  /** The wait before the next attempt; each call doubles the following one, up to the maximum. */
  Duration next() {
    long now = nextMs;
    nextMs = Math.min(maxMs, nextMs * 2);
    return Duration.ofMillis(now);
  }

  void reset() {
    nextMs = initialMs;
  }
}
