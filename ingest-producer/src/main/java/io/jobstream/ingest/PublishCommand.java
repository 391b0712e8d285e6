package io.jobstream.ingest;

import io.jobstream.ingest.run.ProgressBar;
import io.jobstream.ingest.run.ProgressListener;
import io.jobstream.ingest.run.PublishFailedException;
import io.jobstream.ingest.run.PublishOptions;
import io.jobstream.ingest.run.PublishRun;
import io.jobstream.ingest.run.PublishSummary;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Function;
import org.apache.kafka.common.KafkaException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code publish}: sends files, folders (recursively) and stdin to {@code postings.raw}.
 *
 * <p>Exit status: 0 when every page was published, 1 when some were skipped, 2 on a usage or
 * configuration error or when publishing failed altogether (e.g. the broker is unreachable).
 */
@Command(
    name = "publish",
    description = "Publish fetched pages (files, folders, or - for stdin) to the raw topic.",
    sortOptions = false,
    exitCodeOnInvalidInput = PublishCommand.EXIT_FATAL,
    exitCodeOnExecutionException = PublishCommand.EXIT_FATAL)
public final class PublishCommand implements Callable<Integer> {
  /** Exit status on a usage, configuration or broker failure. */
  public static final int EXIT_FATAL = 2;

  @Spec CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files or folders to publish; - reads one page from stdin.")
  List<Path> inputs;

  @Option(names = "--bootstrap-servers", paramLabel = "HOST:PORT", description = "Kafka brokers (default: localhost:9092).")
  String bootstrapServers;

  @Option(names = "--topic", description = "Topic to publish to (default: postings.raw).")
  String topic;

  @Option(names = "--config", paramLabel = "FILE", description = "Properties file; kafka.* keys go to the producer.")
  Path config;

  @Option(names = "--url", description = "URL of the page, when there is a single input; overrides the one found in it.")
  String url;

  @Option(names = "--source", description = "Value of the source header (site or scraper name).")
  String source;

  @Option(names = "--content-type", paramLabel = "TYPE", description = "Content type for every page instead of sniffing it.")
  String contentType;

  @Option(names = "--max-page-bytes", paramLabel = "N", description = "Skip pages larger than this (default: 5 MiB).")
  Integer maxPageBytes;

  @Option(names = "--progress",
      description = "Show the progress bar even when not on a console (by default: only for folders, on a console).")
  boolean progress;

  @Option(names = {"-q", "--quiet"}, description = "No progress bar and no summary unless something was skipped.")
  boolean quiet;

  @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help.")
  boolean help;

  private final Map<String, String> env;
  private final Function<PublishConfig, ? extends PageSink> publishers;

  /** A command that reads the process environment and connects to Kafka. */
  public PublishCommand() {
    this(System.getenv(), PagePublisher::create);
  }

  /** A command with a given environment and publisher factory (for launchers and tests). */
  public PublishCommand(Map<String, String> env, Function<PublishConfig, ? extends PageSink> publishers) {
    this.env = Map.copyOf(env);
    this.publishers = publishers;
  }

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    PublishConfig cfg;
    try {
      cfg = PublishConfig.load(config, env, overrides());
    } catch (KafkaException | UncheckedIOException e) {
      return fail(err, "configuration: " + e.getMessage());
    }
    if (url != null && inputs.size() != 1) {
      return fail(err, "--url needs exactly one input, got " + inputs.size());
    }
    PublishOptions options = new PublishOptions(url, source, contentType, cfg.maxPageBytes());
    // The bar is for folders; Java 17 cannot ask whether stderr is a terminal, so a console stands in.
    boolean onConsole = System.console() != null && inputs.stream().anyMatch(Files::isDirectory);
    boolean showBar = !quiet && (progress || onConsole);
    ProgressListener listener = showBar ? new ProgressBar(err) : ProgressListener.NONE;
    try (PageSink publisher = publishers.apply(cfg)) {
      PublishSummary summary = new PublishRun(options).withProgress(listener).run(inputs, publisher);
      if (!quiet || summary.exitCode() != PublishSummary.EXIT_OK) {
        err.println(summary.format());
      }
      err.flush();
      return summary.exitCode();
    } catch (PublishFailedException e) {
      err.println(e.partial().format());
      return fail(err, String.format(Locale.ROOT, "could not publish to topic %s at %s: %s%n"
          + "  Is the broker reachable, does the topic exist, and are the kafka.* security settings right?",
          cfg.topic(), cfg.bootstrapServers(), e.getCause().getMessage()));
    } catch (IllegalArgumentException | KafkaException e) {
      return fail(err, e.getMessage());
    }
  }

  /** Options given on the command line, as settings keys; unset ones are left out. */
  private Map<String, Object> overrides() {
    Map<String, Object> o = new HashMap<>();
    putIfSet(o, PublishConfig.BOOTSTRAP_SERVERS, bootstrapServers);
    putIfSet(o, PublishConfig.TOPIC, topic);
    putIfSet(o, PublishConfig.MAX_PAGE_BYTES, maxPageBytes);
    putIfSet(o, PublishConfig.SOURCE, source);
    return o;
  }

  private static void putIfSet(Map<String, Object> map, String key, Object value) {
    if (value != null) {
      map.put(key, value.toString());
    }
  }

  private static int fail(PrintWriter err, String message) {
    err.println("publish: error: " + message);
    err.flush();
    return EXIT_FATAL;
  }
}
