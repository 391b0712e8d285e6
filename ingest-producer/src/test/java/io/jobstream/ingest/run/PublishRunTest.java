package io.jobstream.ingest.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jobstream.ingest.FakeSink;
import io.jobstream.model.RawPage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.apache.kafka.common.errors.TimeoutException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PublishRunTest {
  @TempDir Path dir;

  private final PublishOptions options = new PublishOptions(null, "test-run", null, 100);

  private Path write(String name, String text) throws Exception {
    Path p = dir.resolve(name);
    Files.createDirectories(p.getParent());
    return Files.writeString(p, text);
  }

  @Test
  void shouldPublishTheOthersWhenOneFileIsTooLargeOrGone() throws Exception {
    write("pages/a.html", "<link rel=canonical href=https://a.example/1><p>A");
    write("pages/b.txt", "x".repeat(101));
    write("pages/c.md", "---\nurl: https://c.example/\n---\nC");
    Path gone = dir.resolve("gone.txt");
    FakeSink sink = new FakeSink();

    PublishSummary s = new PublishRun(options).withClock(Clock.fixed(Instant.EPOCH, ZoneOffset.UTC))
        .run(List.of(dir.resolve("pages"), gone), sink);

    assertThat(sink.sent).extracting(RawPage::url).containsExactly("https://a.example/1", "https://c.example/");
    assertThat(sink.sent).extracting(RawPage::source).containsOnly("test-run");
    assertThat(sink.sent).extracting(RawPage::contentType).containsExactly("text/html", "text/markdown");
    assertThat(sink.flushed).isTrue();
    assertThat(sink.closed).as("the caller owns the sink").isFalse();
    assertThat(s.published()).isEqualTo(2);
    assertThat(s.skipped()).extracting(SkippedPage::input).containsExactly(dir.resolve("pages/b.txt").toString(), gone.toString());
    assertThat(s.skipped().get(0).reason()).startsWith("too large");
    assertThat(s.exitCode()).isEqualTo(PublishSummary.EXIT_SKIPPED);
  }

  @Test
  void shouldApplyUrlAndContentTypeOverridesToStdin() throws Exception {
    FakeSink sink = new FakeSink();
    PublishSummary s = new PublishRun(new PublishOptions("https://given.example/", null, "text/html; charset=windows-1252", 100))
        .withStdin(new ByteArrayInputStream("caf\u00e9".getBytes(StandardCharsets.ISO_8859_1)))
        .run(List.of(PublishRun.STDIN), sink);
    assertThat(s.published()).isEqualTo(1);
    assertThat(s.bytes()).isEqualTo(4);
    RawPage page = sink.sent.get(0);
    assertThat(page.url()).isEqualTo("https://given.example/");
    assertThat(page.contentType()).isEqualTo("text/html; charset=windows-1252");
  }

  @Test
  void shouldRefuseAUrlForMoreThanOnePage() throws Exception {
    write("pages/a.txt", "a");
    write("pages/b.txt", "b");
    PublishRun run = new PublishRun(new PublishOptions("https://a.example/", null, null, 100));
    assertThatThrownBy(() -> run.run(List.of(dir.resolve("pages")), new FakeSink()))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("single page");
  }

  @Test
  void shouldSkipAPageTheBrokerRefusesAndGoOn() throws Exception {
    write("pages/a.txt", "refuse me");
    write("pages/b.txt", "fine");
    FakeSink sink = new FakeSink(p -> p.body().length > 5 ? new RecordTooLargeException("too big for the topic") : null);
    PublishSummary s = new PublishRun(options).run(List.of(dir.resolve("pages")), sink);
    assertThat(s.published()).isEqualTo(1);
    assertThat(s.skipped()).singleElement().extracting(SkippedPage::reason).asString().contains("refused by the broker");
  }

  @Test
  void shouldStopAtTheFirstFailureThatWouldFailEveryPage() throws Exception {
    for (int i = 0; i < 5; i++) {
      write("pages/" + i + ".txt", "page " + i);
    }
    int[] attempts = {0};
    FakeSink sink = new FakeSink(p -> ++attempts[0] >= 2 ? new TimeoutException("Topic postings.raw not present in metadata after 1000 ms.") : null);
    assertThatThrownBy(() -> new PublishRun(options).run(List.of(dir.resolve("pages")), sink))
        .isInstanceOfSatisfying(PublishFailedException.class, e -> {
          assertThat(e.partial().published()).isEqualTo(1);
          assertThat(e.getCause()).isInstanceOf(TimeoutException.class);
        });
    assertThat(attempts[0]).as("no page sent after the failure was seen").isEqualTo(2);
  }
}
