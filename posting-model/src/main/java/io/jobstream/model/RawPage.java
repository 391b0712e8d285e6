package io.jobstream.model;

import java.nio.charset.Charset;
import java.time.Instant;
import java.util.Arrays;
import java.util.Objects;

/**
 * One fetched page as it travels on {@code postings.raw}: the body bytes exactly as fetched plus
 * what the scraper knew about them. Every field but {@code body} may be null.
 *
 * @param url the page URL (record key or {@code url} header), or null
 * @param body the page bytes, never null
 * @param contentType the {@code content-type} header, or null to sniff
 * @param source the site or scraper name, or null
 * @param fetchedAt when the page was fetched, or null
 */
public record RawPage(String url, byte[] body, String contentType, String source, Instant fetchedAt) {

  public RawPage {
    Objects.requireNonNull(body, "body");
  }

  /** A page known only by its bytes. */
  public static RawPage of(byte[] body) {
    return new RawPage(null, body, null, null, null);
  }

  /** The charset named in {@link #contentType()}, or null when none is named or it is unknown. */
  public Charset declaredCharset() {
    if (contentType == null) {
      return null;
    }
    for (String part : contentType.split(";")) {
      String p = part.trim();
      if (p.regionMatches(true, 0, "charset=", 0, 8)) {
        String name = p.substring(8).replace("\"", "").trim();
        try {
          return Charset.forName(name);
        } catch (IllegalArgumentException e) {
          return null;
        }
      }
    }
    return null;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof RawPage r
        && Objects.equals(url, r.url)
        && Arrays.equals(body, r.body)
        && Objects.equals(contentType, r.contentType)
        && Objects.equals(source, r.source)
        && Objects.equals(fetchedAt, r.fetchedAt);
  }

  @Override
  public int hashCode() {
    return Objects.hash(url, Arrays.hashCode(body), contentType, source, fetchedAt);
  }

  @Override
  public String toString() {
    return "RawPage[url=" + url + ", bytes=" + body.length + ", contentType=" + contentType + "]";
  }
}
