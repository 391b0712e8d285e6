package io.jobstream.enrich.topology;

import io.jobstream.model.Topics;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.kafka.clients.producer.ProducerRecord;

/** Stamps the pipeline stage that failed on the dead-letter records Kafka Streams builds. */
final class DlqStage {
  static final String DESERIALIZE = "deserialize";
  static final String ENRICH = "enrich";
  static final String PRODUCE = "produce";

  private DlqStage() {}

  static List<ProducerRecord<byte[], byte[]>> tag(
      List<ProducerRecord<byte[], byte[]>> records, String stage) {
    // The headers of a record built by the handler are still mutable here, before it is sent.
    for (ProducerRecord<byte[], byte[]> r : records) {
      r.headers().remove(Topics.STAGE_HEADER);
      r.headers().add(Topics.STAGE_HEADER, stage.getBytes(StandardCharsets.UTF_8));
    }
    return records;
  }
}
