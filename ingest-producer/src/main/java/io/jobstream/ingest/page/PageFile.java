package io.jobstream.ingest.page;

import io.jobstream.model.RawPage;
import java.time.Instant;
import java.util.Objects;

/**
 * One page read from a file or stdin, with what could be learnt from its name and bytes.
 *
 * @param origin where it was read from: the path as given, or {@code -} for stdin; never null
 * @param body the bytes exactly as read; never null (the array is not copied)
 * @param contentType sniffed MIME type, with {@code ; charset=...} only when the page states one
 * @param url the page URL found inside the page, or null
 */
public record PageFile(String origin, byte[] body, String contentType, String url) {

  public PageFile {
    Objects.requireNonNull(origin, "origin");
    Objects.requireNonNull(body, "body");
  }

  /** The raw page to publish; {@code source} and {@code fetchedAt} may be null. */
  public RawPage toRawPage(String source, Instant fetchedAt) {
    return new RawPage(url, body, contentType, source, fetchedAt);
  }

  /** This page with another URL (e.g. from {@code --url}); null keeps the found one. */
  public PageFile withUrl(String newUrl) {
    return newUrl == null ? this : new PageFile(origin, body, contentType, newUrl);
  }

  /** This page with another content type (e.g. from {@code --content-type}); null keeps it. */
  public PageFile withContentType(String newType) {
    return newType == null ? this : new PageFile(origin, body, newType, url);
  }

  @Override
  public String toString() {
    // Never print the body: pages run to megabytes.
    return "PageFile[" + origin + ", " + body.length + " bytes, " + contentType + ", " + url + "]";
  }
}
