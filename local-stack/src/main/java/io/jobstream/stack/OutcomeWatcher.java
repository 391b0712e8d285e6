package io.jobstream.stack;

import io.jobstream.model.Topics;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;

/**
 * Reads what the pipeline has committed to {@code postings.enriched} and {@code postings.dlq}
 * since it was created, as any downstream service would (read_committed), so the launcher can
 * tell when every published page has an outcome. Not thread-safe: one caller polls it.
 */
public final class OutcomeWatcher implements AutoCloseable {
  private static final String SINK_STAGE = "sink";
  private final KafkaConsumer<byte[], byte[]> consumer;
  private final Set<String> enrichedIds = new HashSet<>();
  private final Map<String, Integer> dlqByStage = new HashMap<>();
  private final Set<String> sinkRejectedIds = new HashSet<>();
  private int enrichedRecords;

  /** Starts watching from the current end of both topics: only new outcomes are counted. */
  public OutcomeWatcher(String bootstrapServers) {
    Map<String, Object> props = new HashMap<>();
    props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
    props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
    props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
    props.put(ConsumerConfig.MAX_PARTITION_FETCH_BYTES_CONFIG, 8 * 1024 * 1024);
    consumer = new KafkaConsumer<>(props, new ByteArrayDeserializer(), new ByteArrayDeserializer());
    var partitions =
        List.of(Topics.ENRICHED.name(), Topics.DLQ.name()).stream()
            .flatMap(t -> consumer.partitionsFor(t).stream())
            .map(p -> new TopicPartition(p.topic(), p.partition()))
            .toList();
    consumer.assign(partitions);
    consumer.seekToEnd(partitions);
    partitions.forEach(consumer::position);
  }

  /** Reads whatever has arrived within {@code timeout}. */
  public void poll(Duration timeout) {
    for (ConsumerRecord<byte[], byte[]> r : consumer.poll(timeout)) {
      if (r.topic().equals(Topics.ENRICHED.name())) {
        enrichedRecords++;
        enrichedIds.add(new String(r.key(), StandardCharsets.UTF_8));
      } else {
        Header stage = r.headers().lastHeader(Topics.STAGE_HEADER);
        String name = stage == null ? "unknown" : new String(stage.value(), StandardCharsets.UTF_8);
        dlqByStage.merge(name, 1, Integer::sum);
        if (SINK_STAGE.equals(name) && r.key() != null) {
          sinkRejectedIds.add(new String(r.key(), StandardCharsets.UTF_8));
        }
      }
    }
  }

  /** Enriched records seen (a page published twice counts twice). */
  public int enrichedRecords() {
    return enrichedRecords;
  }

  /** Distinct posting ids seen on the enriched topic. */
  public Set<String> enrichedIds() {
    return Set.copyOf(enrichedIds);
  }

  /** Dead-letter records seen, per failing stage. */
  public Map<String, Integer> dlqByStage() {
    return Map.copyOf(dlqByStage);
  }

  /** Ids the sink sent to the dead-letter queue instead of writing them. */
  public Set<String> sinkRejectedIds() {
    return Set.copyOf(sinkRejectedIds);
  }

  /**
   * Raw pages that have an outcome: enriched, or dead-lettered before enrichment finished. A
   * record the sink rejects was enriched first, so it is not counted twice.
   */
  public int pagesWithOutcome() {
    return enrichedRecords + dlqRecords() - dlqByStage.getOrDefault(SINK_STAGE, 0);
  }

  /** All dead-letter records seen. */
  public int dlqRecords() {
    return dlqByStage.values().stream().mapToInt(Integer::intValue).sum();
  }

  @Override
  public void close() {
    consumer.close(Duration.ofSeconds(5));
  }
}
