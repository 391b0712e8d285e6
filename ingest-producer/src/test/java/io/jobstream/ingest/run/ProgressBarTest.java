package io.jobstream.ingest.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class ProgressBarTest {

  @Test
  void shouldRenderCountTotalAndBytes() {
    assertThat(ProgressBar.render(5, 10, 2048)).isEqualTo("[" + "#".repeat(15) + ".".repeat(15) + "] 5/10 pages  2.0 KiB");
    assertThat(ProgressBar.render(0, 0, 0)).startsWith("[" + "#".repeat(30) + "]");
  }

  @Test
  void shouldRedrawOnOneLineAtMostEveryTenthOfASecondButAlwaysAtTheEnd() {
    StringWriter text = new StringWriter();
    AtomicLong now = new AtomicLong();
    ProgressBar bar = new ProgressBar(new PrintWriter(text), now::get);
    bar.started(3);
    bar.advanced(1, 10);
    bar.advanced(2, 20); // same instant: not drawn
    bar.advanced(3, 30); // the last page: drawn anyway
    bar.finished();
    assertThat(text.toString()).doesNotContain("2/3").contains("\r", "1/3", "3/3 pages  30 B").endsWith("\n");
    assertThat(text.toString().chars().filter(c -> c == '\n').count()).as("one terminal line").isEqualTo(1);
  }
}
