package io.jobstream.stack;

import static org.assertj.core.api.Assertions.assertThat;

import io.jobstream.enrich.topology.EnrichService;
import io.jobstream.enrich.topology.StreamsCommand;
import io.jobstream.ingest.PagePublisher;
import io.jobstream.ingest.PublishConfig;
import io.jobstream.model.RawPage;
import io.jobstream.model.Topics;
import io.jobstream.sink.SinkConfig;
import io.jobstream.sink.consume.ClientProperties;
import io.jobstream.testsupport.LocalPostgres;
import java.io.IOException;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Faults injected mid-run on a real broker and a real database. Each test trickles {@value
 * #PAGES} distinct pages into {@code postings.raw}, injects one fault once a fifth of them are
 * rows, and then checks the whole chain: the raw topic holds each page once, the enriched topic
 * (read_committed) holds each posting once, and the table holds every expected id exactly once.
 */
@Tag("integration")
@Timeout(240)
class FaultIT {
  private static final Logger LOG = LoggerFactory.getLogger(FaultIT.class);
  static final int PAGES = 2000;
  private static final Duration WAIT = Duration.ofSeconds(120);
  private static final Map<String, Object> FAST_FAILOVER = Map.of(
      // A dead member is noticed after 6 s instead of 45 s; the broker's minimum is 6 s.
      "kafka.session.timeout.ms", 6000, "kafka.heartbeat.interval.ms", 1500);
  private static LocalPostgres postgres;
  private static Map<RawPage, String> pages;
  private static Set<String> expectedIds;

  @TempDir Path dir;
  private EmbeddedKafka kafka;
  private String bs;

  @BeforeAll
  static void generate() {
    pages = Rig.uniquePages(PAGES, "fault");
    expectedIds = Set.copyOf(pages.values());
  }

  @AfterAll
  static void stopPostgres() {
    if (postgres != null) {
      postgres.close();
    }
  }

  @BeforeEach
  void startKafka() throws Exception {
    kafka = Rig.kafkaWithTopics();
    bs = kafka.bootstrapServers();
  }

  @AfterEach
  void stopKafka() throws Exception {
    kafka.close();
  }

  /** (a) The Streams instance is SIGKILLed (a child JVM, destroyForcibly) and started again. */
  @Test
  void shouldLoseAndDuplicateNothingWhenTheStreamsProcessIsKilled() throws Exception {
    LocalStack.Database db = LocalStack.Database.sqlite(dir.resolve("a.db"));
    Path props = streamsProperties();
    try (Rig.Sink sink = new Rig.Sink(Rig.sinkConfig(bs, db, "sink-a", Map.of()));
        Trickle trickle = new Trickle(bs)) {
      Process first = startStreamsProcess(props, "first");
      long atKill;
      try {
        awaitRows(sink, PAGES / 5);
        first.destroyForcibly();
        first.waitFor();
        atKill = sink.store.count();
        LOG.info("killed the streams process (exit {}) with {} rows stored", first.exitValue(), atKill);
      } finally {
        first.destroyForcibly();
      }
      assertThat(atKill).as("killed mid-run").isLessThan(PAGES);
      Process second = startStreamsProcess(props, "second");
      try {
        trickle.awaitPublished();
        awaitRows(sink, PAGES);
      } finally {
        second.destroy();
        second.waitFor();
      }
    }
    assertExactlyOnce(DriverManager.getConnection(db.url()));
  }

  /** (b) A second instance joins mid-run (rebalance), then the first leaves. */
  @Test
  void shouldLoseAndDuplicateNothingAcrossARebalance() throws Exception {
    LocalStack.Database db = LocalStack.Database.sqlite(dir.resolve("b.db"));
    try (Rig.Sink sink = new Rig.Sink(Rig.sinkConfig(bs, db, "sink-b", Map.of()));
        Trickle trickle = new Trickle(bs)) {
      EnrichService first = Rig.enrich(bs, dir.resolve("b1"), FAST_FAILOVER);
      try (EnrichService second = startAfterRows(sink, PAGES / 5, dir.resolve("b2"))) {
        awaitRows(sink, PAGES / 2);
        first.close();
        LOG.info("first instance stopped with {} rows stored", sink.store.count());
        trickle.awaitPublished();
        awaitRows(sink, PAGES);
      } finally {
        first.close();
      }
    }
    assertExactlyOnce(DriverManager.getConnection(db.url()));
  }

  /**
   * (c) PostgreSQL is down for 30 s mid-run; the sink backs off, then catches up. The sink runs as
   * its real command in a child JVM: the test JVM runs with assertions on, and the PostgreSQL
   * driver's own internal {@code assert} in {@code BatchResultHandler} fires on a dead connection,
   * which no production JVM (assertions off) would do.
   */
  @Test
  void shouldLoseAndDuplicateNothingWhenPostgresIsDownFor30Seconds() throws Exception {
    if (postgres == null) {
      postgres = LocalPostgres.start();
    }
    String url = postgres.newDatabase("fault_c");
    Path props = dir.resolve("sink.properties");
    Files.write(props, List.of("bootstrap.servers=" + bs, "group.id=sink-c", "db.url=" + url,
        "db.user=" + postgres.user(), "db.password=" + postgres.password()));
    Path sinkLog = dir.resolve("sink-c.log");
    Process sink = startChild(io.jobstream.sink.SinkMain.class.getName(), sinkLog, "--config", props.toString());
    try (Trickle trickle = new Trickle(bs);
        EnrichService enrich = Rig.enrich(bs, dir.resolve("c"), Map.of())) {
      awaitRows(url, PAGES / 5);
      postgres.stopServer();
      try {
        Thread.sleep(30_000);
        assertThat(sink.isAlive()).as("the sink survived the outage").isTrue();
        assertThat(Files.readString(sinkLog)).as("the sink noticed and backed off").contains("database unavailable");
      } finally {
        postgres.startServer();
      }
      trickle.awaitPublished();
      awaitRows(url, PAGES);
    } finally {
      sink.destroy();
      sink.waitFor();
    }
    String log = Files.readString(sinkLog);
    LOG.info("sink log: {}", log.lines().filter(l -> l.contains("database")).toList());
    assertThat(log).contains("database available again");
    assertExactlyOnce(postgres.connect(url));
  }

  private static void awaitRows(String pgUrl, long rows) throws Exception {
    Rig.await(() -> {
      try (Connection c = postgres.connect(pgUrl);
          java.sql.Statement st = c.createStatement();
          java.sql.ResultSet rs = st.executeQuery("SELECT COUNT(*) FROM postings")) {
        return rs.next() && rs.getLong(1) >= rows;
      } catch (SQLException e) {
        return false;
      }
    }, WAIT, "at least " + rows + " rows in PostgreSQL");
  }

  /** (d) The broker is shut down and started again in place mid-run. */
  @Test
  void shouldLoseAndDuplicateNothingWhenTheBrokerRestarts() throws Exception {
    LocalStack.Database db = LocalStack.Database.sqlite(dir.resolve("d.db"));
    try (Rig.Sink sink = new Rig.Sink(Rig.sinkConfig(bs, db, "sink-d", Map.of()));
        Trickle trickle = new Trickle(bs);
        EnrichService enrich = Rig.enrich(bs, dir.resolve("d"), Map.of())) {
      awaitRows(sink, PAGES / 5);
      long start = System.nanoTime();
      kafka.restartBroker();
      LOG.info("broker restarted in {} ms with {} rows stored", (System.nanoTime() - start) / 1_000_000,
          sink.store.count());
      trickle.awaitPublished();
      awaitRows(sink, PAGES);
      assertThat(sink.died).isNull();
    }
    assertExactlyOnce(DriverManager.getConnection(db.url()));
  }

  /**
   * (e) The sink dies right after a database commit, before it touches Kafka again, twice; a fresh
   * sink resumes from the offsets stored with the rows. No row is lost and none is written twice.
   */
  @Test
  void shouldLoseAndDuplicateNothingWhenTheSinkDiesRightAfterACommit() throws Exception {
    LocalStack.Database db = LocalStack.Database.sqlite(dir.resolve("e.db"));
    SinkConfig config = Rig.sinkConfig(bs, db, "sink-e", Map.of(SinkConfig.BATCH_SIZE, 50));
    long written = 0;
    try (Trickle trickle = new Trickle(bs);
        EnrichService enrich = Rig.enrich(bs, dir.resolve("e"), Map.of())) {
      for (int commits : new int[] {3, 7}) {
        Rig.Sink doomed = new Rig.Sink(config, crashingAfterCommits(config, commits));
        doomed.thread.join(WAIT.toMillis());
        assertThat(doomed.died).as("the sink crashed").isInstanceOf(SimulatedCrash.class);
        written += doomed.consumer.counters().written();
        LOG.info("sink crashed after {} commits; {} rows so far", commits, doomed.store.count());
        doomed.store.close();
      }
      trickle.awaitPublished();
      try (Rig.Sink fresh = new Rig.Sink(config)) {
        awaitRows(fresh, PAGES);
        // Let a straggling duplicate, if the sink were to re-read anything, show up in the counters.
        Thread.sleep(1000);
        written += fresh.consumer.counters().written();
      }
    }
    assertThat(written).as("rows written over all three sinks: each record exactly once").isEqualTo(PAGES);
    try (Admin admin = kafka.admin()) {
      // Positions live only in the database: Kafka holds no committed offsets for the sink.
      assertThat(admin.listConsumerGroupOffsets("sink-e").partitionsToOffsetAndMetadata().get().values())
          .allSatisfy(o -> assertThat(o).isNull());
    }
    assertExactlyOnce(DriverManager.getConnection(db.url()));
  }

  /** A simulated process death: thrown where the sink would next touch Kafka. */
  static final class SimulatedCrash extends RuntimeException {
    private static final long serialVersionUID = 1L;

    SimulatedCrash(String message) {
      super(message);
    }
  }

  /**
   * A consumer whose {@code poll} throws once {@code commits} non-empty batches have come back:
   * the sink stores each batch (rows and offsets in one transaction) before it polls again, so
   * the throw lands right after a database commit and before anything else.
   */
  @SuppressWarnings("unchecked")
  private static Consumer<byte[], byte[]> crashingAfterCommits(SinkConfig config, int commits) {
    KafkaConsumer<byte[], byte[]> real = new KafkaConsumer<>(ClientProperties.consumer(config));
    AtomicInteger batches = new AtomicInteger();
    InvocationHandler handler = (proxy, method, args) -> {
      if (method.getName().equals("poll") && batches.get() >= commits) {
        throw new SimulatedCrash("simulated crash after " + commits + " committed batches");
      }
      try {
        Object result = method.invoke(real, args);
        if (method.getName().equals("poll") && !((ConsumerRecords<?, ?>) result).isEmpty()) {
          batches.incrementAndGet();
        }
        return result;
      } catch (InvocationTargetException e) {
        throw e.getCause();
      }
    };
    return (Consumer<byte[], byte[]>) Proxy.newProxyInstance(
        FaultIT.class.getClassLoader(), new Class<?>[] {Consumer.class}, handler);
  }

  private EnrichService startAfterRows(Rig.Sink sink, int rows, Path stateDir) throws Exception {
    awaitRows(sink, rows);
    LOG.info("starting a second streams instance with {} rows stored", sink.store.count());
    return Rig.enrich(bs, stateDir, FAST_FAILOVER);
  }

  private static void awaitRows(Rig.Sink sink, long rows) throws Exception {
    Rig.await(() -> {
      try {
        return sink.store.count() >= rows;
      } catch (SQLException e) {
        return false;
      }
    }, WAIT, "at least " + rows + " rows");
  }

  /** Raw once, enriched once (read_committed), stored once, and exactly the expected ids. */
  private void assertExactlyOnce(Connection connection) throws Exception {
    List<ConsumerRecord<byte[], byte[]>> raw = Rig.readCommitted(bs, Topics.RAW.name());
    List<ConsumerRecord<byte[], byte[]>> enriched = Rig.readCommitted(bs, Topics.ENRICHED.name());
    Set<String> enrichedKeys = new HashSet<>();
    enriched.forEach(r -> enrichedKeys.add(new String(r.key(), StandardCharsets.UTF_8)));
    Rig.StoredIds stored = Rig.storedIds(connection);
    LOG.info("raw {} enriched {} ({} distinct) rows {} ({} distinct) dlq {}", raw.size(), enriched.size(),
        enrichedKeys.size(), stored.rows(), stored.distinct(), Rig.readCommitted(bs, Topics.DLQ.name()).size());
    assertThat(raw).as("raw records: each page published once").hasSize(PAGES);
    assertThat(enriched).as("enriched records: exactly once despite the fault").hasSize(PAGES);
    assertThat(enrichedKeys).isEqualTo(expectedIds);
    assertThat(stored.rows()).isEqualTo(PAGES);
    assertThat(stored.distinct()).isEqualTo(PAGES);
    assertThat(stored.ids()).isEqualTo(expectedIds);
    assertThat(Rig.readCommitted(bs, Topics.DLQ.name())).isEmpty();
  }

  private Path streamsProperties() throws IOException {
    Path file = dir.resolve("streams.properties");
    List<String> lines = new ArrayList<>(List.of(
        "bootstrap.servers=" + bs,
        "application.id=jobstream-enrich-fault",
        // The restarted process reuses the state folder, hence the process id and transactional id:
        // its first transaction fences the killed one's instead of waiting for it to time out.
        "state.dir=" + dir.resolve("streams-state")));
    FAST_FAILOVER.forEach((k, v) -> lines.add(k + "=" + v));
    Files.write(file, lines);
    return file;
  }

  /** The real {@code streams} command in a child JVM, so that it can be killed like a process. */
  private Process startStreamsProcess(Path props, String name) throws IOException {
    return startChild(StreamsCommand.class.getName(), dir.resolve("streams-" + name + ".log"),
        "--config", props.toString());
  }

  /** A service's main class in a child JVM on the test classpath, its output in {@code log}. */
  private static Process startChild(String mainClass, Path log, String... args) throws IOException {
    String java = ProcessHandle.current().info().command().orElse("java");
    List<String> command = new ArrayList<>(List.of(java, "-Xmx256m", "-XX:+UseSerialGC",
        "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"), mainClass));
    command.addAll(List.of(args));
    ProcessBuilder pb = new ProcessBuilder(command);
    pb.redirectErrorStream(true);
    pb.redirectOutput(log.toFile());
    return pb.start();
  }

  /**
   * Publishes the pages with the real {@link PagePublisher} at about 200 a second from its own
   * thread, so that the fault lands while pages are still arriving.
   */
  private final class Trickle implements AutoCloseable {
    private final PagePublisher publisher;
    private final CompletableFuture<Void> done;
    private final List<CompletableFuture<RecordMetadata>> sends = new ArrayList<>();

    Trickle(String bootstrap) {
      publisher = PagePublisher.create(new PublishConfig(Map.of(PublishConfig.BOOTSTRAP_SERVERS, bootstrap,
          PublishConfig.TIMEOUT_MS, 60_000)));
      done = CompletableFuture.runAsync(this::publishAll);
    }

    private void publishAll() {
      int i = 0;
      for (RawPage page : pages.keySet()) {
        sends.add(publisher.publish(page));
        if (++i % 20 == 0) {
          try {
            Thread.sleep(100);
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
          }
        }
      }
      publisher.flush();
    }

    /** Waits until every page is acknowledged; fails if any send failed. */
    void awaitPublished() throws Exception {
      done.get();
      for (CompletableFuture<RecordMetadata> s : sends) {
        s.get();
      }
    }

    @Override
    public void close() {
      done.cancel(true);
      publisher.close();
    }
  }
}
