package io.jobstream.enrich.cli;

import picocli.CommandLine;

/** Runs {@link EnrichCommand} from the command line and exits with its code. */
public final class EnrichCli {
  private EnrichCli() {}

  /** Entry point: {@code enrich [--out DIR] [--url URL] [--content-type TYPE] PATH...}. */
  public static void main(String[] args) {
    System.exit(new CommandLine(new EnrichCommand()).execute(args));
  }
}
