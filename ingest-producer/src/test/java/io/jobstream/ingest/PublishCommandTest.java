package io.jobstream.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.kafka.common.errors.TimeoutException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class PublishCommandTest {
  @TempDir Path dir;

  private final StringWriter err = new StringWriter();
  private final AtomicReference<PublishConfig> seenConfig = new AtomicReference<>();

  private int run(Map<String, String> env, PageSink sink, String... args) {
    CommandLine cli = new CommandLine(new PublishCommand(env, cfg -> {
      seenConfig.set(cfg);
      return sink;
    }));
    cli.setErr(new PrintWriter(err, true));
    return cli.execute(args);
  }

  @Test
  void shouldPublishAFolderAndPrintTheSummary() throws Exception {
    Files.writeString(dir.resolve("a.html"), "<p>a");
    Files.write(dir.resolve("big.txt"), new byte[50]);
    FakeSink sink = new FakeSink();
    int code = run(Map.of("JOBSTREAM_TOPIC", "from-env"), sink, "--max-page-bytes", "10", "--source", "cli", "--bootstrap-servers", "k1:9092", dir.toString());

    assertThat(code).isEqualTo(1);
    assertThat(sink.sent).hasSize(1);
    assertThat(sink.closed).isTrue();
    assertThat(seenConfig.get().topic()).isEqualTo("from-env");
    assertThat(seenConfig.get().bootstrapServers()).isEqualTo("k1:9092");
    assertThat(err.toString()).contains("published 1 page", "skipped 1:", "big.txt: too large").doesNotContain("\r");
  }

  @Test
  void shouldExitZeroAndStayQuietWhenAllIsPublished() throws Exception {
    Path page = Files.writeString(dir.resolve("a.txt"), "Organizer");
    assertThat(run(Map.of(), new FakeSink(), "--quiet", page.toString())).isZero();
    assertThat(err.toString()).isEmpty();
  }

  @Test
  void shouldDrawTheBarWhenAsked() throws Exception {
    Files.writeString(dir.resolve("a.txt"), "Organizer");
    assertThat(run(Map.of(), new FakeSink(), "--progress", dir.toString())).isZero();
    assertThat(err.toString()).contains("\r[", "1/1 pages");
  }

  @Test
  void shouldRefuseAUrlWithSeveralInputs() {
    assertThat(run(Map.of(), new FakeSink(), "--url", "https://a.example/", "a.txt", "b.txt")).isEqualTo(PublishCommand.EXIT_FATAL);
    assertThat(err.toString()).contains("--url needs exactly one input");
  }

  @Test
  void shouldReportABadSettingAsFatal() {
    assertThat(run(Map.of("JOBSTREAM_COMPRESSION_TYPE", "brotli"), new FakeSink(), "a.txt")).isEqualTo(PublishCommand.EXIT_FATAL);
    assertThat(err.toString()).contains("configuration", "compression.type");
  }

  @Test
  void shouldReportAnUnreachableBrokerClearly() throws Exception {
    Files.writeString(dir.resolve("a.txt"), "Organizer");
    FakeSink down = new FakeSink(p -> new TimeoutException("Topic postings.raw not present in metadata after 1000 ms."));
    assertThat(run(Map.of(), down, "--bootstrap-servers", "nowhere:9092", dir.toString())).isEqualTo(PublishCommand.EXIT_FATAL);
    assertThat(err.toString()).contains("published 0 pages", "could not publish to topic postings.raw at nowhere:9092", "Is the broker reachable");
  }
}
