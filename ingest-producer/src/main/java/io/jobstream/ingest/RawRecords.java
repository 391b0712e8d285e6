package io.jobstream.ingest;

import io.jobstream.model.RawHeaders;
import io.jobstream.model.RawPage;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Objects;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;

/** Maps a {@link RawPage} to the {@code postings.raw} record the brief specifies; pure, stateless. */
public final class RawRecords {
  private RawRecords() {}

  /** The record keyed by the page URL (UTF-8), or with a null key when the page has no URL. */
  public static ProducerRecord<byte[], byte[]> toRecord(String topic, RawPage page) {
    return toRecord(topic, utf8(page.url()), page);
  }

  /**
   * The record with an explicit key; the {@code url} header is added only when the page has a URL
   * that the key does not already carry.
   *
   * <p>Headers are set only where the page knows the value: a missing header tells the enricher to
   * infer (type from the bytes, fetch time from the record timestamp), an empty one would not. The
   * record timestamp is left to the producer, so that topic retention counts from publication and
   * not from an old fetch time.
   *
   * @throws NullPointerException when topic or page is null
   */
  public static ProducerRecord<byte[], byte[]> toRecord(String topic, byte[] key, RawPage page) {
    Objects.requireNonNull(topic, "topic");
    Objects.requireNonNull(page, "page");
    RecordHeaders headers = new RecordHeaders();
    add(headers, RawHeaders.CONTENT_TYPE, page.contentType());
    add(headers, RawHeaders.SOURCE, page.source());
    add(headers, RawHeaders.FETCHED_AT, page.fetchedAt() == null ? null : page.fetchedAt().toString());
    byte[] url = utf8(page.url());
    if (url != null && !Arrays.equals(url, key)) {
      headers.add(RawHeaders.URL, url);
    }
    return new ProducerRecord<>(topic, null, null, key, page.body(), headers);
  }

  private static void add(RecordHeaders headers, String name, String value) {
    if (value != null && !value.isBlank()) {
      headers.add(name, value.getBytes(StandardCharsets.UTF_8));
    }
  }

  private static byte[] utf8(String s) {
    return s == null || s.isBlank() ? null : s.getBytes(StandardCharsets.UTF_8);
  }
}
