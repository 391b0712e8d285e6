package io.jobstream.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Fork by fork, the table shows how far single-fork runs of one build would have put the bar apart. */
class ThroughputTableTest {
  @Test
  void shouldGiveTheRangeOfTheRatioOverEveryPairingOfForks() {
    Map<String, List<Double>> byBench = new LinkedHashMap<>();
    byBench.put("jsoupParse", List.of(46.0, 90.0));
    byBench.put("enricher", List.of(30.0, 36.0));

    String line = ThroughputTable.forkLine("project", byBench);

    // Slowest floor against the fastest enricher (46 / 36) up to the fastest floor against the slowest (90 / 30).
    assertThat(line).isEqualTo("project, ops/s fork by fork: jsoupParse 46.0 · 90.0; enricher 30.0 · 36.0"
        + " (one fork of each would have read 1.28× to 3.00×)");
  }

  @Test
  void shouldListTheForksWithoutARatioWhenTheFloorIsMissing() {
    String line = ThroughputTable.forkLine("shared", Map.of("enricher", List.of(30.0, 31.5)));

    assertThat(line).isEqualTo("shared, ops/s fork by fork: enricher 30.0 · 31.5");
  }

  @Test
  void shouldSplitTheEnrichersTimeIntoTheCleaningAndTheRest() {
    Map<String, Double> scores = new LinkedHashMap<>();
    scores.put("jsoupParse", 80.0);
    scores.put("cleaning", 64.0);
    scores.put("enricher", 32.0);

    String line = ThroughputTable.verdict("project", scores);

    // Times, not rates: 80/32 = 2.50 floors in all, of which 80/64 = 1.25 for the cleaning.
    assertThat(line).isEqualTo("project: enricher time / jsoupParse time = 2.50× (bar ≤ 1.5×: not met);"
        + " of it, reading and cleaning the pages 1.25× and the fields, phrases and posting 1.25×\n");
  }

  @Test
  void shouldGiveNoVerdictWithoutTheFloor() {
    assertThat(ThroughputTable.verdict("shared", Map.of("enricher", 30.0, "cleaning", 40.0))).isEmpty();
    assertThat(ThroughputTable.verdict("shared", Map.of("jsoupParse", 45.0, "enricher", 30.0)))
        .isEqualTo("shared: enricher time / jsoupParse time = 1.50× (bar ≤ 1.5×: met)\n");
  }
}
