package io.jobstream.ingest.page;

/** Thrown when a page is not read: too large, gone, a directory, not readable, or empty. */
public final class PageSkippedException extends Exception {
  private static final long serialVersionUID = 1L;

  private final String origin;
  private final String reason;

  /**
   * @param origin the path or {@code -} that was not read
   * @param reason a short human-readable reason, e.g. {@code "too large: 6291456 bytes"}
   */
  public PageSkippedException(String origin, String reason) {
    super(origin + ": " + reason);
    this.origin = origin;
    this.reason = reason;
  }

  /** The path as given, or {@code -} for stdin. */
  public String origin() {
    return origin;
  }

  /** Why the page was skipped. */
  public String reason() {
    return reason;
  }
}
