package io.jobstream.stack;

import io.jobstream.enrich.cli.EnrichCommand;
import io.jobstream.enrich.eval.EvalCommand;
import io.jobstream.enrich.topology.StreamsCommand;
import io.jobstream.ingest.PublishCommand;
import io.jobstream.sink.SinkCommand;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code jobstream} command line: every service and tool of the pipeline in one jar. */
@Command(
    name = "jobstream",
    mixinStandardHelpOptions = true,
    version = "jobstream 0.1.0",
    description = "Streaming ingestion pipeline for job postings on Apache Kafka.",
    subcommands = {
      StackCommand.class,
      PublishCommand.class,
      EnrichCommand.class,
      EvalCommand.class,
      StreamsCommand.class,
      SinkCommand.class,
      TopicsCommand.class,
      DlqCommand.class,
      ConfigDocsCommand.class
    })
public final class JobstreamCli {
  private JobstreamCli() {}

  /** Runs the command line and exits with the command's status. */
  public static void main(String[] args) {
    System.exit(new CommandLine(new JobstreamCli()).execute(args));
  }
}
