package io.jobstream.ingest.run;

/** Told how a run advances; called from the thread that runs it. */
public interface ProgressListener {
  /** Listens to nothing. */
  ProgressListener NONE = new ProgressListener() {};

  /** The inputs have been walked: this many pages are to be read. */
  default void started(int totalPages) {}

  /** Another page has been handled (sent or skipped); counts are running totals. */
  default void advanced(int donePages, long sentBytes) {}

  /** The run is over, successfully or not. */
  default void finished() {}
}
