package io.jobstream.sink.consume;

import java.util.concurrent.atomic.AtomicLong;

/** Live counts of what the sink did since it started, for tests and metrics. Thread-safe. */
public final class SinkCounters {
  private final AtomicLong written = new AtomicLong();
  private final AtomicLong deadLettered = new AtomicLong();
  private final AtomicLong tombstones = new AtomicLong();
  private final AtomicLong retries = new AtomicLong();

  /** Postings in committed batches (a redelivered, unchanged posting counts too). */
  public long written() {
    return written.get();
  }

  /** Records sent to the dead-letter topic. */
  public long deadLettered() {
    return deadLettered.get();
  }

  /** Records with a null value, skipped. */
  public long tombstones() {
    return tombstones.get();
  }

  /** Database operations that failed transiently and were retried. */
  public long retries() {
    return retries.get();
  }

  void addWritten(long n) {
    written.addAndGet(n);
  }

  void addDeadLettered() {
    deadLettered.incrementAndGet();
  }

  void addTombstone() {
    tombstones.incrementAndGet();
  }

  void addRetry() {
    retries.incrementAndGet();
  }

  @Override
  public String toString() {
    return "written=" + written() + ", deadLettered=" + deadLettered() + ", tombstones=" + tombstones()
        + ", retries=" + retries();
  }
}
