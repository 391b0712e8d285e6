package io.jobstream.enrich.topology;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code streams}: runs the enrich-streams service until it is stopped (SIGTERM or Ctrl-C). */
@Command(
    name = "streams",
    mixinStandardHelpOptions = true,
    description = "Run the enrich-streams service: postings.raw -> postings.enriched (+ postings.dlq).")
public final class StreamsCommand implements Callable<Integer> {
  @Option(names = "--config", description = "Properties file with service settings.")
  Path config;

  @Option(names = "--bootstrap-servers", description = "Kafka brokers (overrides the config).")
  String bootstrapServers;

  @Option(names = "--application-id", description = "Kafka Streams application id.")
  String applicationId;

  @Override
  public Integer call() throws InterruptedException {
    Map<String, Object> overrides = new HashMap<>();
    overrides.put(EnrichConfig.BOOTSTRAP_SERVERS, bootstrapServers);
    overrides.put(EnrichConfig.APPLICATION_ID, applicationId);
    EnrichConfig cfg = EnrichConfig.load(config, System.getenv(), overrides);
    CountDownLatch stopped = new CountDownLatch(1);
    EnrichService service = EnrichService.start(cfg);
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  service.close();
                  stopped.countDown();
                },
                "enrich-shutdown"));
    stopped.await();
    return 0;
  }

  /** Runs the command. */
  public static void main(String[] args) {
    System.exit(new CommandLine(new StreamsCommand()).execute(args));
  }
}
