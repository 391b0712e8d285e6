package io.jobstream.ingest.run;

import io.jobstream.model.Topics;

/**
 * What a run adds to or overrides on each page it reads; immutable.
 *
 * @param url the URL for the single input page, or null to use the one found in the page
 * @param source the {@code source} header, or null to leave it to the publisher's default
 * @param contentType the {@code content-type} header, or null to sniff it per page
 * @param maxPageBytes pages larger than this are skipped
 */
public record PublishOptions(String url, String source, String contentType, long maxPageBytes) {

  public PublishOptions {
    if (maxPageBytes < 1) {
      throw new IllegalArgumentException("maxPageBytes must be positive, was " + maxPageBytes);
    }
  }

  /** Nothing overridden, the default raw-page limit. */
  public static PublishOptions defaults() {
    return new PublishOptions(null, null, null, Topics.DEFAULT_MAX_RAW_BYTES);
  }
}
