package io.jobstream.ingest.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class PublishSummaryTest {

  @Test
  void shouldSumUpACleanRun() {
    PublishSummary s = new PublishSummary(12, 3 * 1024 * 1024 / 2, Duration.ofMillis(2400), List.of());
    assertThat(s.format()).isEqualTo("published 12 pages (1.5 MiB) in 2.4 s, 5.0 pages/s");
    assertThat(s.exitCode()).isZero();
  }

  @Test
  void shouldListEverySkippedInputWithItsReason() {
    PublishSummary s = new PublishSummary(1, 900, Duration.ofSeconds(75),
        List.of(new SkippedPage("big.html", "too large: 6 MiB"), new SkippedPage("gone.txt", "no such file")));
    assertThat(s.format().lines()).containsExactly(
        "published 1 page (900 B) in 1m15s, 0.0 pages/s",
        "skipped 2:",
        "  big.html: too large: 6 MiB",
        "  gone.txt: no such file");
    assertThat(s.exitCode()).isEqualTo(PublishSummary.EXIT_SKIPPED);
  }

  @Test
  void shouldNotDivideByZeroForAnInstantRun() {
    assertThat(new PublishSummary(0, 0, Duration.ZERO, List.of()).pagesPerSecond()).isZero();
  }

  @Test
  void shouldFormatBytesInBinaryUnits() {
    assertThat(PublishSummary.humanBytes(1023)).isEqualTo("1023 B");
    assertThat(PublishSummary.humanBytes(1536)).isEqualTo("1.5 KiB");
    assertThat(PublishSummary.humanBytes(5L * 1024 * 1024 * 1024)).isEqualTo("5.0 GiB");
  }
}
