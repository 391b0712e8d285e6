package io.jobstream.ingest.run;

import java.util.Objects;

/** Ends a run on a failure that no page could get past, e.g. an unreachable broker. */
public final class PublishFailedException extends Exception {
  private static final long serialVersionUID = 1L;

  private final transient PublishSummary partial;

  /**
   * @param partial what was published and skipped before the failure
   * @param cause the Kafka exception that ended the run
   */
  public PublishFailedException(String message, PublishSummary partial, Throwable cause) {
    super(message, cause);
    this.partial = Objects.requireNonNull(partial, "partial");
  }

  /** What was published and skipped before the run ended. */
  public PublishSummary partial() {
    return partial;
  }
}
