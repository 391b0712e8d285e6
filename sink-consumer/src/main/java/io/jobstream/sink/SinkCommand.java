package io.jobstream.sink;

import io.jobstream.sink.consume.SinkConsumer;
import io.jobstream.sink.store.PostingStore;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** The {@code sink} command: stores enriched postings until SIGTERM or Ctrl-C. */
@Command(
    name = "sink",
    mixinStandardHelpOptions = true,
    description = "Stores enriched postings from Kafka in SQLite or PostgreSQL, until stopped.",
    footer = "Settings: a properties file, then JOBSTREAM_* environment variables (e.g. JOBSTREAM_DB_URL,"
        + " JOBSTREAM_DB_PASSWORD), then these options.")
public final class SinkCommand implements Callable<Integer> {
  private static final Logger LOG = LoggerFactory.getLogger(SinkCommand.class);

  @Option(names = "--config", paramLabel = "FILE", description = "Properties file of sink settings.")
  Path configFile;

  @Option(names = "--bootstrap-servers", paramLabel = "HOST:PORT", description = "Kafka brokers.")
  String bootstrapServers;

  @Option(names = "--db-url", paramLabel = "JDBC_URL", description = "jdbc:sqlite:FILE or jdbc:postgresql://HOST/DB.")
  String dbUrl;

  /** The settings these options select, with the process environment. */
  SinkConfig config(Map<String, String> env) {
    Map<String, Object> overrides = new HashMap<>();
    overrides.put(SinkConfig.BOOTSTRAP_SERVERS, bootstrapServers);
    overrides.put(SinkConfig.DB_URL, dbUrl);
    return SinkConfig.load(configFile, env, overrides);
  }

  @Override
  public Integer call() throws Exception {
    SinkConfig config = config(System.getenv());
    LOG.info("starting sink with {}", config);
    CountDownLatch done = new CountDownLatch(1);
    try (PostingStore store = PostingStore.open(config.dbUrl(), config.dbUser(), config.dbPassword());
        SinkConsumer sink = new SinkConsumer(config, store)) {
      // The hook waits for the store to be closed too, or the JVM might halt mid-transaction.
      Thread hook = new Thread(() -> {
        sink.shutdown();
        awaitQuietly(done);
      }, "sink-shutdown");
      Runtime.getRuntime().addShutdownHook(hook);
      sink.run();
      System.out.println("sink stopped: " + sink.counters() + "; store holds " + store.summary());
      return 0;
    } finally {
      done.countDown();
    }
  }

  private static void awaitQuietly(CountDownLatch latch) {
    try {
      latch.await(90, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
