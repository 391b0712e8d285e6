package io.jobstream.ingest;

import picocli.CommandLine;

/** Entry point of the {@code publish} command. */
public final class PublishMain {
  /** Logback setup for the command line: warnings only, on stderr, so stdout stays clean. */
  static final String LOGBACK_RESOURCE = "io/jobstream/ingest/publish-logback.xml";

  private PublishMain() {}

  public static void main(String[] args) {
    // Set before the first logger exists; a user's own -Dlogback.configurationFile still wins.
    if (System.getProperty("logback.configurationFile") == null) {
      System.setProperty("logback.configurationFile", LOGBACK_RESOURCE);
    }
    System.exit(new CommandLine(new PublishCommand()).execute(args));
  }
}
