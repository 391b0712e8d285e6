package io.jobstream.stack;

import static org.assertj.core.api.Assertions.assertThat;

import io.jobstream.model.Topics;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** Poison records on a real broker land in postings.dlq with their reason; the good ones are rows. */
@Tag("integration")
@Timeout(300)
class DeadLetterIT {
  @TempDir Path dir;

  @Test
  void shouldDeadLetterEachBadRecordWithItsReasonAndStoreEveryGoodOne() throws Exception {
    try (EmbeddedKafka kafka = EmbeddedKafka.start()) {
      try (Admin admin = kafka.admin()) {
        TopicSetup.ensure(admin, Topics.all(), (short) 1);
      }
      LocalStack.Database db = LocalStack.Database.sqlite(dir.resolve("dlq.db"));
      try (LocalStack stack = LocalStack.start(kafka.bootstrapServers(), db, dir.resolve("state"), "sink-dlq");
          OutcomeWatcher watcher = new OutcomeWatcher(kafka.bootstrapServers());
          KafkaProducer<byte[], byte[]> producer = producer(kafka.bootstrapServers())) {
        byte[] seed = Files.readAllBytes(SharedData.seeds().resolve("001_8280f6360749d3b4.txt"));
        byte[] badKey = {(byte) 0xC3, (byte) 0x28};
        byte[] binary = new byte[4096];
        for (int i = 0; i < binary.length; i++) {
          binary[i] = (byte) (i * 31);
        }
        send(producer, Topics.RAW.name(), utf8("https://example.org/empty"), null);
        send(producer, Topics.RAW.name(), badKey, seed);
        send(producer, Topics.RAW.name(), utf8("https://example.org/binary"), binary);
        send(producer, Topics.RAW.name(), utf8("https://example.org/seed-001"), seed);
        // Not an enriched posting: the sink must dead-letter it and keep going.
        send(producer, Topics.ENRICHED.name(), utf8("not-json"), utf8("{this is not json"));

        // Four raw pages, plus the record put straight on the enriched topic: the watcher counts it
        // as one more outcome (enriched, then dead-lettered by the sink). Waiting for four only
        // could return before the seed's posting arrived, when those four were the three
        // Streams dead letters and the injected record.
        LocalStack.Outcome outcome = stack.awaitOutcomes(watcher, 5, Duration.ofSeconds(90));
        assertThat(outcome.distinctPostings()).isEqualTo(1);
        assertThat(stack.store().count()).isEqualTo(1);
        // The sink's record may arrive a moment after the three from the Streams app.
        List<ConsumerRecord<byte[], byte[]>> dead = readDlq(kafka.bootstrapServers(), 4);
        assertThat(dead).allSatisfy(
            r -> {
              assertThat(header(r, Topics.STAGE_HEADER)).isNotBlank();
              assertThat(header(r, "__streams.errors.exception")).isNotBlank();
              assertThat(header(r, "__streams.errors.message")).isNotBlank();
              assertThat(header(r, "__streams.errors.topic")).isNotBlank();
              assertThat(header(r, "__streams.errors.partition")).isNotBlank();
              assertThat(header(r, "__streams.errors.offset")).isNotBlank();
            });
        assertThat(dead).extracting(r -> header(r, Topics.STAGE_HEADER))
            .containsExactlyInAnyOrder("enrich", "deserialize", "enrich", "sink");
        ConsumerRecord<byte[], byte[]> fromSink =
            dead.stream().filter(r -> "sink".equals(header(r, Topics.STAGE_HEADER))).findFirst().orElseThrow();
        assertThat(fromSink.value()).isEqualTo(utf8("{this is not json"));
        assertThat(header(fromSink, "__streams.errors.topic")).isEqualTo(Topics.ENRICHED.name());
      }
    }
  }

  private static List<ConsumerRecord<byte[], byte[]>> readDlq(String bootstrap, int expected) {
    Map<String, Object> props =
        Map.of(
            ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
            ConsumerConfig.GROUP_ID_CONFIG, "dlq-reader",
            ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
            ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
    List<ConsumerRecord<byte[], byte[]>> out = new ArrayList<>();
    try (KafkaConsumer<byte[], byte[]> c =
        new KafkaConsumer<>(props, new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
      c.subscribe(List.of(Topics.DLQ.name()));
      long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
      while (out.size() < expected && System.nanoTime() < deadline) {
        c.poll(Duration.ofMillis(500)).forEach(out::add);
      }
    }
    return out;
  }

  private static KafkaProducer<byte[], byte[]> producer(String bootstrap) {
    return new KafkaProducer<>(
        Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap),
        new ByteArraySerializer(),
        new ByteArraySerializer());
  }

  private static void send(KafkaProducer<byte[], byte[]> p, String topic, byte[] key, byte[] value)
      throws Exception {
    p.send(new ProducerRecord<>(topic, key, value)).get();
  }

  private static String header(ConsumerRecord<byte[], byte[]> r, String name) {
    Header h = r.headers().lastHeader(name);
    return h == null ? null : new String(h.value(), StandardCharsets.UTF_8);
  }

  private static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }
}
