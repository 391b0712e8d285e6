package io.jobstream.enrich.topology;

/** A raw page over the configured size limit; it goes to the dead-letter queue unread. */
public class PageTooLargeException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public PageTooLargeException(int bytes, int limit) {
    super("page of " + bytes + " bytes is over the limit of " + limit + " bytes (max.page.bytes)");
  }
}
