package io.jobstream.sink;

import picocli.CommandLine;

/** Entry point of the sink service: {@code java -cp ... io.jobstream.sink.SinkMain --help}. */
public final class SinkMain {
  private SinkMain() {}

  public static void main(String[] args) {
    System.exit(new CommandLine(new SinkCommand()).execute(args));
  }
}
