package io.jobstream.enrich.topology;

import io.jobstream.model.RawHeaders;
import io.jobstream.model.Topics;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;

/**
 * Stamps the pipeline stage that failed on the dead-letter records Kafka Streams builds, and
 * copies the raw headers of the failed record onto them: Kafka Streams builds a DLQ record from
 * key and value only, and without {@code content-type} (its charset) and {@code fetched-at} a
 * replayed page would be read differently.
 */
final class DlqStage {
  static final String DESERIALIZE = "deserialize";
  static final String ENRICH = "enrich";
  static final String PRODUCE = "produce";

  private DlqStage() {}

  private static final List<String> RAW_HEADERS =
      List.of(RawHeaders.CONTENT_TYPE, RawHeaders.SOURCE, RawHeaders.FETCHED_AT, RawHeaders.URL);

  static List<ProducerRecord<byte[], byte[]>> tag(
      List<ProducerRecord<byte[], byte[]>> records, String stage, Headers original) {
    // The headers of a record built by the handler are still mutable here, before it is sent.
    for (ProducerRecord<byte[], byte[]> r : records) {
      for (String name : RAW_HEADERS) {
        Header h = original == null ? null : original.lastHeader(name);
        if (h != null && r.headers().lastHeader(name) == null) {
          r.headers().add(name, h.value());
        }
      }
      r.headers().remove(Topics.STAGE_HEADER);
      r.headers().add(Topics.STAGE_HEADER, stage.getBytes(StandardCharsets.UTF_8));
    }
    return records;
  }
}
