package io.jobstream.stack;

import io.jobstream.enrich.Enricher;
import io.jobstream.enrich.topology.EnrichConfig;
import io.jobstream.enrich.topology.EnrichService;
import io.jobstream.model.RawPage;
import io.jobstream.model.Topics;
import io.jobstream.sink.SinkConfig;
import io.jobstream.sink.consume.ClientProperties;
import io.jobstream.sink.consume.SinkConsumer;
import io.jobstream.sink.store.PostingStore;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.slf4j.LoggerFactory;

/** What the reliability ITs share: a broker with topics, the services one by one, and readers. */
final class Rig {
  private Rig() {}

  /** A fresh single-node cluster with the pipeline's topics. */
  static EmbeddedKafka kafkaWithTopics() throws Exception {
    EmbeddedKafka kafka = EmbeddedKafka.start();
    try (Admin admin = kafka.admin()) {
      TopicSetup.ensure(admin, Topics.all(), (short) 1);
    }
    return kafka;
  }

  /** An enrich-streams instance in this JVM; {@code extra} overrides settings (e.g. max.page.bytes). */
  static EnrichService enrich(String bootstrap, Path stateDir, Map<String, Object> extra) {
    Map<String, Object> props = new HashMap<>();
    props.put(EnrichConfig.BOOTSTRAP_SERVERS, bootstrap);
    props.put(EnrichConfig.STATE_DIR, stateDir.toString());
    props.putAll(extra);
    return EnrichService.start(new EnrichConfig(props));
  }

  /** Sink settings for a database and group, plus {@code extra}. */
  static SinkConfig sinkConfig(String bootstrap, LocalStack.Database db, String group, Map<String, Object> extra) {
    Map<String, Object> props = new HashMap<>();
    props.put(SinkConfig.BOOTSTRAP_SERVERS, bootstrap);
    props.put(SinkConfig.DB_URL, db.url());
    props.put(SinkConfig.DB_USER, db.user());
    props.put(SinkConfig.DB_PASSWORD, db.password());
    props.put(SinkConfig.GROUP_ID, group);
    props.putAll(extra);
    return new SinkConfig(props);
  }

  /** A sink running on its own thread with its own store; closing stops both. */
  static final class Sink implements AutoCloseable {
    final PostingStore store;
    final SinkConsumer consumer;
    final Thread thread;
    volatile Throwable died;

    Sink(SinkConfig config, Consumer<byte[], byte[]> kafkaConsumer) throws SQLException {
      store = PostingStore.open(config.dbUrl(), config.dbUser(), config.dbPassword());
      consumer = new SinkConsumer(config, store, kafkaConsumer, new KafkaProducer<>(ClientProperties.producer(config)));
      thread = new Thread(consumer, "it-sink-" + config.groupId());
      thread.setUncaughtExceptionHandler((t, e) -> {
        died = e;
        LoggerFactory.getLogger(Rig.class).info("{} died: {}", t.getName(), e.toString());
      });
      thread.start();
    }

    Sink(SinkConfig config) throws SQLException {
      this(config, new KafkaConsumer<>(ClientProperties.consumer(config)));
    }

    @Override
    public void close() throws InterruptedException {
      consumer.shutdown();
      thread.join(Duration.ofSeconds(60).toMillis());
      store.close();
    }
  }

  static KafkaProducer<byte[], byte[]> producer(String bootstrap, Map<String, Object> extra) {
    Map<String, Object> props = new HashMap<>();
    props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
    props.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
    props.put(ProducerConfig.ACKS_CONFIG, "all");
    props.putAll(extra);
    return new KafkaProducer<>(props, new ByteArraySerializer(), new ByteArraySerializer());
  }

  /**
   * Every committed record of {@code topic} from the beginning to its last stable offset as of
   * now, read as downstream services must read (read_committed).
   */
  static List<ConsumerRecord<byte[], byte[]>> readCommitted(String bootstrap, String topic) {
    Map<String, Object> props = Map.of(
        ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
        ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed",
        ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false,
        ConsumerConfig.MAX_PARTITION_FETCH_BYTES_CONFIG, 8 * 1024 * 1024);
    List<ConsumerRecord<byte[], byte[]>> out = new ArrayList<>();
    try (KafkaConsumer<byte[], byte[]> c =
        new KafkaConsumer<>(props, new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
      List<TopicPartition> parts = c.partitionsFor(topic).stream()
          .map(p -> new TopicPartition(topic, p.partition())).toList();
      c.assign(parts);
      c.seekToBeginning(parts);
      Map<TopicPartition, Long> end = c.endOffsets(parts);
      while (parts.stream().anyMatch(tp -> c.position(tp) < end.get(tp))) {
        for (ConsumerRecord<byte[], byte[]> r : c.poll(Duration.ofMillis(200))) {
          if (r.offset() < end.get(new TopicPartition(r.topic(), r.partition()))) {
            out.add(r);
          }
        }
      }
    }
    return out;
  }

  /** Waits until {@code done} holds, polling; fails with {@code what} after {@code timeout}. */
  static void await(BooleanSupplier done, Duration timeout, String what) throws Exception {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (!done.getAsBoolean()) {
      if (System.nanoTime() > deadline) {
        throw new TimeoutException("after " + timeout + ": " + what);
      }
      Thread.sleep(200);
    }
  }

  /** The ids in {@code postings}, with the row count beside the distinct count. */
  record StoredIds(long rows, long distinct, Set<String> ids) {}

  static StoredIds storedIds(Connection connection) throws SQLException {
    Set<String> ids = new HashSet<>();
    long rows;
    long distinct;
    try (connection;
        Statement st = connection.createStatement()) {
      try (ResultSet rs = st.executeQuery("SELECT COUNT(*), COUNT(DISTINCT id) FROM postings")) {
        rs.next();
        rows = rs.getLong(1);
        distinct = rs.getLong(2);
      }
      try (ResultSet rs = st.executeQuery("SELECT id FROM postings")) {
        while (rs.next()) {
          ids.add(rs.getString(1));
        }
      }
    }
    return new StoredIds(rows, distinct, ids);
  }

  /**
   * {@code n} small distinct job pages, each with its own canonical URL, mapped to the posting id
   * the enricher gives it (computed here, outside Kafka, so the expectation is independent of
   * the run under test).
   */
  static Map<RawPage, String> uniquePages(int n, String run) {
    Enricher enricher = new Enricher();
    Map<RawPage, String> out = new LinkedHashMap<>();
    for (int i = 0; i < n; i++) {
      String url = "https://jobs.example.org/" + run + "/organizer-" + i;
      String html = "<html><head><title>Organizer " + i + "</title></head><body><h1>Community Organizer " + i
          + "</h1><p>Example Tenants Union (" + run + ") is hiring an organizer in Denver, CO.</p>"
          + "<p>Pay: $" + (50_000 + i) + " per year.</p></body></html>";
      RawPage page = new RawPage(url, html.getBytes(StandardCharsets.UTF_8), "text/html; charset=utf-8",
          "reliability-it", Instant.parse("2026-11-25T10:00:00Z"));
      out.put(page, enricher.enrich(page).id());
    }
    if (new HashSet<>(out.values()).size() != n) {
      throw new IllegalStateException("generated pages do not have distinct ids");
    }
    return out;
  }
}
