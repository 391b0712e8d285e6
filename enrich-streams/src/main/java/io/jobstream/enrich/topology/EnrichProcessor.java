package io.jobstream.enrich.topology;

import io.jobstream.enrich.Enricher;
import io.jobstream.model.EnrichedPosting;
import io.jobstream.model.PostingJson;
import io.jobstream.model.RawHeaders;
import io.jobstream.model.RawPage;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;

/**
 * Turns one raw record into one enriched record keyed by posting id. Anything it throws is
 * handled by {@link DlqProcessingHandler}; it holds no state, so it is safe to restart anywhere.
 */
final class EnrichProcessor implements Processor<String, byte[], String, byte[]> {
  private final Enricher enricher;
  private final int maxPageBytes;
  private ProcessorContext<String, byte[]> context;

  EnrichProcessor(Enricher enricher, int maxPageBytes) {
    this.enricher = enricher;
    this.maxPageBytes = maxPageBytes;
  }

  @Override
  public void init(ProcessorContext<String, byte[]> context) {
    this.context = context;
  }

  @Override
  public void process(Record<String, byte[]> record) {
    if (record.value() == null) {
      throw new IllegalArgumentException("raw record has no value (null page)");
    }
    if (record.value().length > maxPageBytes) {
      throw new PageTooLargeException(record.value().length, maxPageBytes);
    }
    RawPage page = toPage(record);
    EnrichedPosting posting = enricher.enrich(page);
    context.forward(
        new Record<>(posting.id(), PostingJson.toBytes(posting), record.timestamp(), null));
  }

  static RawPage toPage(Record<String, byte[]> record) {
    Headers headers = record.headers();
    String url = blankToNull(record.key());
    if (url == null) {
      url = header(headers, RawHeaders.URL);
    }
    return new RawPage(
        url,
        record.value(),
        header(headers, RawHeaders.CONTENT_TYPE),
        header(headers, RawHeaders.SOURCE),
        fetchedAt(header(headers, RawHeaders.FETCHED_AT), record.timestamp()));
  }

  private static Instant fetchedAt(String header, long timestamp) {
    if (header != null) {
      try {
        return Instant.parse(header);
      } catch (DateTimeParseException e) {
        // A malformed header is not worth losing the page over: fall back to the record time.
      }
    }
    return timestamp > 0 ? Instant.ofEpochMilli(timestamp) : null;
  }

  private static String header(Headers headers, String name) {
    Header h = headers == null ? null : headers.lastHeader(name);
    return h == null || h.value() == null
        ? null
        : blankToNull(new String(h.value(), StandardCharsets.UTF_8));
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.trim();
  }
}
