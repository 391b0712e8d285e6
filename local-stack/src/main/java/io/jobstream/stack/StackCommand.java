package io.jobstream.stack;

import io.jobstream.ingest.PagePublisher;
import io.jobstream.ingest.PublishConfig;
import io.jobstream.ingest.run.PublishOptions;
import io.jobstream.ingest.run.PublishRun;
import io.jobstream.ingest.run.PublishSummary;
import io.jobstream.model.EnrichedPosting;
import io.jobstream.model.Topics;
import io.jobstream.sink.store.Summary;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.stream.Stream;
import org.apache.kafka.clients.admin.Admin;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code stack}: the whole pipeline on one machine — an in-process KRaft broker, the topics,
 * enrich-streams and the sink into SQLite — over the given pages, then a summary.
 */
@Command(
    name = "stack",
    mixinStandardHelpOptions = true,
    description = {
      "Run the whole pipeline locally: an in-process Kafka broker, the topics, enrich-streams and",
      "the sink, publish the pages, wait until each is a row or a dead-letter record, summarise."
    })
public final class StackCommand implements Callable<Integer> {
  /** Pages published when none are given: our samples, and the seed postings when present. */
  static final List<Path> DEFAULT_PAGES = List.of(Path.of("samples"), Path.of("../shared/seeds"));

  @Parameters(description = "Page files or folders (default: samples/ and ../shared/seeds/).")
  List<Path> pages = new ArrayList<>();

  @Option(names = "--data-dir", defaultValue = "data",
      description = "Folder for the broker's logs, Streams state and the SQLite file (default: ${DEFAULT-VALUE}).")
  Path dataDir;

  @Option(names = "--db-url",
      description = "JDBC URL of the database (default: jdbc:sqlite:<data-dir>/jobstream.db).")
  String dbUrl;

  @Option(names = "--db-user", description = "Database user (PostgreSQL).")
  String dbUser;

  @Option(names = "--db-password", description = "Database password (PostgreSQL).", interactive = false)
  String dbPassword;

  @Option(names = "--keep-running",
      description = "Stay up after the summary; print the bootstrap address for other clients.")
  boolean keepRunning;

  @Option(names = "--timeout", defaultValue = "PT3M",
      description = "How long to wait for every page's outcome, ISO-8601 (default: ${DEFAULT-VALUE}).")
  Duration timeout;

  @Override
  public Integer call() throws Exception {
    PrintStream out = System.out;
    List<Path> inputs = pages.isEmpty() ? existing(DEFAULT_PAGES) : pages;
    Path kafkaDir = dataDir.resolve("kafka");
    // The broker is disposable: each run starts from empty topics. The database is what persists.
    deleteRecursively(kafkaDir);
    Files.createDirectories(dataDir);
    LocalStack.Database db =
        dbUrl == null
            ? LocalStack.Database.sqlite(dataDir.resolve("jobstream.db").toAbsolutePath())
            : new LocalStack.Database(dbUrl, dbUser, dbPassword);

    out.println("Starting an in-process Kafka broker (KRaft) under " + kafkaDir + " ...");
    try (EmbeddedKafka kafka = EmbeddedKafka.start(kafkaDir, Map.of());
        Admin admin = kafka.admin()) {
      TopicSetup.ensure(admin, Topics.all(), (short) 1);
      String bootstrap = kafka.bootstrapServers();
      out.println("Broker up at " + bootstrap + "; topics ready; starting enrich-streams and the sink ...");
      String sinkGroup = "jobstream-sink-" + kafka.clusterId();
      try (LocalStack stack = LocalStack.start(bootstrap, db, dataDir.resolve("streams"), sinkGroup);
          OutcomeWatcher watcher = new OutcomeWatcher(bootstrap)) {
        PublishSummary published = publish(bootstrap, inputs);
        out.println(published.format());
        LocalStack.Outcome outcome = stack.awaitOutcomes(watcher, published.published(), timeout);
        Summary table = stack.store().summary();
        List<EnrichedPosting> postings = new ArrayList<>();
        for (String id : watcher.enrichedIds()) {
          stack.store().find(id).ifPresent(postings::add);
        }
        out.print(new StackReport(outcome, table, postings, db.url()).format());
        if (keepRunning) {
          out.println();
          out.println("Still running. Bootstrap servers: " + bootstrap);
          out.println("Publish more with: ./jobstream publish --bootstrap-servers " + bootstrap + " <pages>");
          out.println("Press Ctrl-C to stop.");
          awaitShutdown();
        }
      }
    }
    return 0;
  }

  private static PublishSummary publish(String bootstrap, List<Path> inputs) throws Exception {
    PublishConfig config = new PublishConfig(Map.of("bootstrap.servers", bootstrap, "source", "local-stack"));
    try (PagePublisher publisher = PagePublisher.create(config)) {
      return new PublishRun(PublishOptions.defaults()).run(inputs, publisher);
    }
  }

  private static List<Path> existing(List<Path> candidates) {
    return candidates.stream().filter(Files::isDirectory).toList();
  }

  private static void awaitShutdown() throws InterruptedException {
    CountDownLatch stop = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(stop::countDown, "stack-shutdown"));
    stop.await();
  }

  private static void deleteRecursively(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> walk = Files.walk(dir)) {
      for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }
}
