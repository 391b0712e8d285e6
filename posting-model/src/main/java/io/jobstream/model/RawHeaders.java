package io.jobstream.model;

/** Names of the optional headers a scraper may set on a {@code postings.raw} record. */
public final class RawHeaders {
  /** MIME type with optional charset, e.g. {@code text/html; charset=windows-1252}. */
  public static final String CONTENT_TYPE = "content-type";
  /** Site or scraper name. */
  public static final String SOURCE = "source";
  /** ISO-8601 instant at which the page was fetched. */
  public static final String FETCHED_AT = "fetched-at";
  /** The page URL, when the record key is not the URL. */
  public static final String URL = "url";

  private RawHeaders() {}
}
