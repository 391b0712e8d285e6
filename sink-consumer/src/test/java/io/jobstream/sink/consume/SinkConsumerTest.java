package io.jobstream.sink.consume;

import static io.jobstream.sink.store.TestPostings.posting;
import static org.assertj.core.api.Assertions.assertThat;

import io.jobstream.model.EnrichedPosting;
import io.jobstream.model.PostingJson;
import io.jobstream.sink.SinkConfig;
import io.jobstream.sink.store.OffsetKey;
import io.jobstream.sink.store.PostingStore;
import io.jobstream.testsupport.LocalPostgres;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.MockConsumer;
import org.apache.kafka.clients.producer.MockProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The consume loop over Kafka's mock clients and a real database: no broker. The real-broker
 * test of the same loop lives with the local stack.
 */
@Timeout(60)
class SinkConsumerTest {
  private static final String TOPIC = "postings.enriched";
  private static final String GROUP = "sink-test";
  private static final TopicPartition P0 = new TopicPartition(TOPIC, 0);
  private static final TopicPartition P1 = new TopicPartition(TOPIC, 1);

  @TempDir Path dir;
  private final MockConsumer<byte[], byte[]> consumer = new MockConsumer<>("earliest");
  private final MockProducer<byte[], byte[]> dlq =
      new MockProducer<>(true, null, new ByteArraySerializer(), new ByteArraySerializer());
  private PostingStore store;
  private SinkConsumer sink;
  private Thread runner;

  @BeforeEach
  void beginningOffsets() {
    consumer.updateBeginningOffsets(Map.of(P0, 0L, P1, 0L));
  }

  @AfterEach
  void stop() throws InterruptedException {
    if (sink != null) {
      sink.close();
      runner.join(10_000);
    }
    if (store != null) {
      store.close();
    }
  }

  private SinkConfig config(String dbUrl) {
    return new SinkConfig(Map.of("db.url", dbUrl, "group.id", GROUP, "retry.backoff.ms", "10",
        "retry.backoff.max.ms", "50", "poll.timeout.ms", "10"));
  }

  private static SinkConfig config(String dbUrl, LocalPostgres pg) {
    return new SinkConfig(Map.of("db.url", dbUrl, "db.user", pg.user(), "db.password", pg.password(),
        "group.id", GROUP, "retry.backoff.ms", "10", "retry.backoff.max.ms", "50", "poll.timeout.ms", "10"));
  }

  private void start(SinkConfig config, ConsumerRecord<?, ?>... records) {
    sink = new SinkConsumer(config, store, consumer, dlq);
    consumer.schedulePollTask(() -> {
      consumer.rebalance(List.of(P0, P1));
      for (ConsumerRecord<?, ?> r : records) {
        @SuppressWarnings("unchecked")
        ConsumerRecord<byte[], byte[]> bytes = (ConsumerRecord<byte[], byte[]>) r;
        consumer.addRecord(bytes);
      }
    });
    runner = new Thread(sink, "sink-under-test");
    runner.start();
  }

  private static ConsumerRecord<byte[], byte[]> record(TopicPartition tp, long offset, String key, byte[] value) {
    return new ConsumerRecord<>(tp.topic(), tp.partition(), offset, key.getBytes(StandardCharsets.UTF_8), value);
  }

  private static ConsumerRecord<byte[], byte[]> record(TopicPartition tp, long offset, EnrichedPosting p) {
    return record(tp, offset, p.id(), PostingJson.toBytes(p));
  }

  private static void await(Callable<Boolean> condition) throws Exception {
    long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
    while (!condition.call()) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("condition not met within 30 s");
      }
      Thread.sleep(20);
    }
  }

  private static String header(ProducerRecord<byte[], byte[]> r, String name) {
    Header h = r.headers().lastHeader(name);
    return h == null ? null : new String(h.value(), StandardCharsets.UTF_8);
  }

  @Test
  void shouldStoreGoodRecordsDeadLetterBadOnesAndResumeFromStoredOffsets() throws Exception {
    String url = "jdbc:sqlite:" + dir.resolve("sink.db");
    store = PostingStore.open(url, null, null);
    // A previous run already stored partition 1 up to offset 2.
    store.writeBatch(List.of(), Map.of(new OffsetKey(GROUP, TOPIC, 1), 2L));

    start(config(url),
        record(P0, 0, posting("a", "2024-05-01T10:00:00Z", "A")),
        record(P0, 1, "broken", "{not json".getBytes(StandardCharsets.UTF_8)),
        record(P0, 2, "gone", null),
        record(P0, 3, posting("b", "2024-05-01T10:00:00Z", "B")),
        record(P0, 4, posting("d", "yesterday", "Bad date")),
        record(P1, 0, posting("old1", "2024-05-01T10:00:00Z", "Already stored")),
        record(P1, 1, posting("old2", "2024-05-01T10:00:00Z", "Already stored")),
        record(P1, 2, posting("c", "2024-05-01T10:00:00Z", "C")));

    await(() -> sink.counters().written() == 3 && sink.counters().deadLettered() == 2);

    assertThat(store.count()).isEqualTo(3);
    assertThat(store.find("old1")).isEmpty();
    assertThat(store.committedOffsets(GROUP, TOPIC)).containsExactlyInAnyOrderEntriesOf(
        Map.of(new OffsetKey(GROUP, TOPIC, 0), 5L, new OffsetKey(GROUP, TOPIC, 1), 3L));
    assertThat(sink.counters().tombstones()).isEqualTo(1);

    ProducerRecord<byte[], byte[]> broken = dlq.history().get(0);
    assertThat(broken.topic()).isEqualTo("postings.dlq");
    assertThat(new String(broken.key(), StandardCharsets.UTF_8)).isEqualTo("broken");
    assertThat(new String(broken.value(), StandardCharsets.UTF_8)).isEqualTo("{not json");
    assertThat(header(broken, "jobstream.stage")).isEqualTo("sink");
    assertThat(header(broken, "__streams.errors.exception")).isEqualTo(IllegalArgumentException.class.getName());
    assertThat(header(broken, "__streams.errors.topic")).isEqualTo(TOPIC);
    assertThat(header(broken, "__streams.errors.partition")).isEqualTo("0");
    assertThat(header(broken, "__streams.errors.offset")).isEqualTo("1");
    assertThat(header(dlq.history().get(1), "__streams.errors.message")).contains("fetchedAt");

    sink.close();
    runner.join(10_000);
    assertThat(runner.isAlive()).isFalse();
    assertThat(consumer.closed()).isTrue();
  }

  @Test
  void shouldIsolateARowTheDatabaseRejectsAndStoreTheRest() throws Exception {
    String url = "jdbc:sqlite:" + dir.resolve("sink.db");
    store = PostingStore.open(url, null, null);
    try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
      s.execute("CREATE TRIGGER reject_title BEFORE INSERT ON postings WHEN NEW.title = 'reject me'"
          + " BEGIN SELECT RAISE(ABORT, 'title rejected'); END");
    }

    start(config(url),
        record(P0, 0, posting("a", "2024-05-01T10:00:00Z", "A")),
        record(P0, 1, posting("bad", "2024-05-01T10:00:00Z", "reject me")),
        record(P0, 2, posting("b", "2024-05-01T10:00:00Z", "B")));

    await(() -> sink.counters().written() == 2 && sink.counters().deadLettered() == 1);

    assertThat(store.count()).isEqualTo(2);
    assertThat(store.committedOffsets(GROUP, TOPIC)).containsEntry(new OffsetKey(GROUP, TOPIC, 0), 3L);
    ProducerRecord<byte[], byte[]> rejected = dlq.history().get(0);
    assertThat(new String(rejected.key(), StandardCharsets.UTF_8)).isEqualTo("bad");
    assertThat(header(rejected, "__streams.errors.exception")).isEqualTo("org.sqlite.SQLiteException");
    assertThat(header(rejected, "__streams.errors.offset")).isEqualTo("1");
  }

  @Test
  void shouldStopWithoutDeadLetteringWhenTheDatabaseRefusesEveryWrite() throws Exception {
    String url = "jdbc:sqlite:" + dir.resolve("sink.db");
    store = PostingStore.open(url, null, null);
    try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
      s.execute("DROP TABLE postings");
    }
    AtomicReference<Throwable> failure = new AtomicReference<>();
    sink = new SinkConsumer(config(url), store, consumer, dlq);
    consumer.schedulePollTask(() -> {
      consumer.rebalance(List.of(P0, P1));
      consumer.addRecord(record(P0, 0, posting("a", "2024-05-01T10:00:00Z", "A")));
    });
    runner = new Thread(() -> {
      try {
        sink.run();
      } catch (RuntimeException e) {
        failure.set(e);
      }
    });
    runner.start();
    runner.join(30_000);

    assertThat(failure.get()).isInstanceOf(IllegalStateException.class).hasMessageContaining("refuses");
    assertThat(dlq.history()).isEmpty();
    assertThat(store.committedOffsets(GROUP, TOPIC)).isEmpty();
    assertThat(consumer.closed()).isTrue();
  }

  @Test
  void shouldAbandonADatabaseConnectionThatFallsSilentAndCarryOn() throws Exception {
    try (LocalPostgres pg = LocalPostgres.start()) {
      String direct = pg.newDatabase("sink_silent");
      try (SilentProxy proxy = SilentProxy.to(direct)) {
        // A short socketTimeout so that the test does not wait out the default minute.
        String url = proxy.route(direct) + (direct.contains("?") ? "&" : "?") + "socketTimeout=2";
        store = PostingStore.open(url, pg.user(), pg.password());
        start(config(url, pg),
            record(P0, 0, posting("a", "2024-05-01T10:00:00Z", "A")),
            record(P1, 0, posting("b", "2024-05-01T10:00:00Z", "B")));
        await(() -> sink.counters().written() == 2);

        // The store's connection goes quiet in the middle of the run: no error, no answer.
        proxy.silenceOpenConnections();
        long retriesBefore = sink.counters().retries();
        consumer.schedulePollTask(() -> {
          consumer.addRecord(record(P0, 1, posting("c", "2024-05-01T10:00:00Z", "C")));
          consumer.addRecord(record(P1, 1, posting("a", "2024-05-02T10:00:00Z", "A, updated")));
        });
        await(() -> sink.counters().written() == 4);

        assertThat(sink.counters().retries()).isGreaterThan(retriesBefore);
        assertThat(sink.counters().deadLettered()).isZero();
        try (PostingStore check = PostingStore.open(direct, pg.user(), pg.password())) {
          assertThat(check.count()).isEqualTo(3);
          assertThat(check.find("a").orElseThrow().title()).isEqualTo("A, updated");
          assertThat(check.committedOffsets(GROUP, TOPIC)).containsExactlyInAnyOrderEntriesOf(
              Map.of(new OffsetKey(GROUP, TOPIC, 0), 2L, new OffsetKey(GROUP, TOPIC, 1), 2L));
        }
      }
    }
  }

  @Test
  void shouldWaitOutADatabaseOutageWithoutLosingOrDeadLetteringAnything() throws Exception {
    try (LocalPostgres pg = LocalPostgres.start()) {
      String url = pg.newDatabase("sink_outage");
      store = PostingStore.open(url, pg.user(), pg.password());
      pg.stopServer();

      start(config(url, pg),
          record(P0, 0, posting("a", "2024-05-01T10:00:00Z", "A")),
          record(P1, 0, posting("b", "2024-05-01T10:00:00Z", "B")));

      // Down before the first poll: the partitions cannot even be positioned.
      await(() -> sink.counters().retries() >= 3);
      assertThat(sink.counters().written()).isZero();
      pg.startServer();
      await(() -> sink.counters().written() == 2);

      // Down in the middle: the batch is kept and retried.
      pg.stopServer();
      long retriesBefore = sink.counters().retries();
      consumer.schedulePollTask(() -> {
        consumer.addRecord(record(P0, 1, posting("c", "2024-05-01T10:00:00Z", "C")));
        consumer.addRecord(record(P1, 1, posting("a", "2024-05-02T10:00:00Z", "A, updated")));
      });
      await(() -> sink.counters().retries() >= retriesBefore + 3);
      assertThat(sink.counters().written()).isEqualTo(2);
      pg.startServer();
      await(() -> sink.counters().written() == 4);

      assertThat(store.count()).isEqualTo(3);
      assertThat(store.find("a").orElseThrow().title()).isEqualTo("A, updated");
      assertThat(store.committedOffsets(GROUP, TOPIC)).containsExactlyInAnyOrderEntriesOf(
          Map.of(new OffsetKey(GROUP, TOPIC, 0), 2L, new OffsetKey(GROUP, TOPIC, 1), 2L));
      assertThat(dlq.history()).isEmpty();
      sink.close();
      runner.join(10_000);
    }
  }
}
