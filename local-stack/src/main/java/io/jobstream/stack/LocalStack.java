package io.jobstream.stack;

import io.jobstream.enrich.topology.EnrichConfig;
import io.jobstream.enrich.topology.EnrichService;
import io.jobstream.sink.SinkConfig;
import io.jobstream.sink.consume.SinkConsumer;
import io.jobstream.sink.store.PostingStore;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeoutException;

/**
 * The enrich-streams and sink services running in this JVM against one Kafka cluster and one
 * database: what {@code jobstream stack} runs, and what the integration tests drive. Closing it
 * stops both services and the store; the cluster belongs to the caller.
 */
public final class LocalStack implements AutoCloseable {
  private final String bootstrapServers;
  private final PostingStore store;
  private final SinkConsumer sink;
  private final Thread sinkThread;
  private final EnrichService enrich;

  private LocalStack(
      String bootstrapServers,
      PostingStore store,
      SinkConsumer sink,
      Thread sinkThread,
      EnrichService enrich) {
    this.bootstrapServers = bootstrapServers;
    this.store = store;
    this.sink = sink;
    this.sinkThread = sinkThread;
    this.enrich = enrich;
  }

  /**
   * Starts the services.
   *
   * @param bootstrapServers the cluster, whose topics must exist
   * @param db where the sink writes
   * @param stateDir Kafka Streams' local state folder
   * @param sinkGroup consumer group of the sink; its offsets live in the database, so a fresh
   *     cluster needs a group of its own
   */
  public static LocalStack start(String bootstrapServers, Database db, Path stateDir, String sinkGroup)
      throws SQLException {
    Map<String, Object> sinkProps = new HashMap<>();
    sinkProps.put("bootstrap.servers", bootstrapServers);
    sinkProps.put("db.url", db.url());
    sinkProps.put("db.user", db.user());
    sinkProps.put("db.password", db.password());
    sinkProps.put("group.id", sinkGroup);
    SinkConfig sinkConfig = new SinkConfig(sinkProps);
    PostingStore store = PostingStore.open(db.url(), db.user(), db.password());
    SinkConsumer sink = new SinkConsumer(sinkConfig, store);
    Thread sinkThread = new Thread(sink, "jobstream-sink");
    sinkThread.start();

    EnrichConfig enrichConfig =
        new EnrichConfig(
            Map.of(
                EnrichConfig.BOOTSTRAP_SERVERS, bootstrapServers,
                EnrichConfig.STATE_DIR, stateDir.toString()));
    EnrichService enrich = EnrichService.start(enrichConfig);
    return new LocalStack(bootstrapServers, store, sink, sinkThread, enrich);
  }

  /** The store the sink writes to, for queries. */
  public PostingStore store() {
    return store;
  }

  /** The sink's counters: rows written, records dead-lettered, retries. */
  public SinkConsumer sink() {
    return sink;
  }

  /**
   * Waits until {@code pages} raw pages published after {@code watcher} was opened each have an
   * outcome (enriched or dead-lettered) and every enriched posting is a row in the database.
   *
   * @throws TimeoutException when that has not happened within {@code timeout}
   */
  public Outcome awaitOutcomes(OutcomeWatcher watcher, int pages, Duration timeout)
      throws TimeoutException, SQLException {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (true) {
      watcher.poll(Duration.ofMillis(200));
      Set<String> expectedRows = new HashSet<>(watcher.enrichedIds());
      expectedRows.removeAll(watcher.sinkRejectedIds());
      long stored = store.countIds(expectedRows);
      if (watcher.pagesWithOutcome() >= pages && stored >= expectedRows.size()) {
        return new Outcome(pages, watcher.enrichedRecords(), expectedRows.size(), watcher.dlqByStage());
      }
      if (System.nanoTime() > deadline) {
        throw new TimeoutException(
            String.format(
                "after %s: %d of %d pages have an outcome, %d of %d postings stored",
                timeout, watcher.pagesWithOutcome(), pages, stored, expectedRows.size()));
      }
    }
  }

  /** What became of the pages of one run. */
  public record Outcome(int pagesIn, int enriched, int distinctPostings, Map<String, Integer> dlqByStage) {
    /** Dead-letter records of all stages. */
    public int dlq() {
      return dlqByStage.values().stream().mapToInt(Integer::intValue).sum();
    }
  }

  /** Where the sink writes: a JDBC URL and, for PostgreSQL, credentials. */
  public record Database(String url, String user, String password) {
    /** A SQLite file. */
    public static Database sqlite(Path file) {
      return new Database("jdbc:sqlite:" + file, null, null);
    }
  }

  /** The cluster the services run against. */
  public String bootstrapServers() {
    return bootstrapServers;
  }

  @Override
  public void close() throws InterruptedException {
    enrich.close();
    sink.shutdown();
    sinkThread.join(Duration.ofSeconds(30).toMillis());
    store.close();
  }
}
