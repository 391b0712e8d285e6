package io.jobstream.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.EnumMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The bar's ratio is taken round by round, so a machine that changes speed between rounds cannot skew it. */
class CpuTimeRoundsTest {
  @Test
  void shouldTakeTheRatioWithinEachRound() {
    // Two rounds at full speed, three at half speed: every round's enricher costs 1.5 floors.
    double[] floor = {10, 10, 20, 20, 20};
    double[] enricher = {15, 15, 30, 30, 30};

    assertThat(CpuTimeRounds.medianOfRatios(enricher, floor)).isCloseTo(1.5, within(1e-9));
  }

  @Test
  void shouldNotBeSkewedWhereARatioOfMediansIs() {
    // The machine slowed down between the floor's pass and the enricher's in the third round:
    // the floor's median (10) is a fast round's and the enricher's (32) a slow one's, 3.2x.
    double[] floor = {10, 10, 10, 20, 20};
    double[] enricher = {16, 16, 32, 32, 32};

    assertThat(CpuTimeRounds.medianOfRatios(enricher, floor)).isCloseTo(1.6, within(1e-9));
  }

  @Test
  void shouldRefuseRoundsThatDoNotPair() {
    assertThatThrownBy(() -> CpuTimeRounds.medianOfRatios(new double[] {1, 2}, new double[] {1}))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void shouldSplitTheEnricherRoundByRoundIntoTheCleaningAndTheRest() {
    Map<PagePass, double[]> byRound = new EnumMap<>(PagePass.class);
    // The second round ran at half speed; within each round the cleaning is 1.25 floors and the
    // enricher 2.5, so the rest is 1.25.
    byRound.put(PagePass.JSOUP_PARSE, new double[] {10, 20, 10});
    byRound.put(PagePass.CLEANING, new double[] {12.5, 25, 12.5});
    byRound.put(PagePass.ENRICHER, new double[] {25, 50, 25});

    assertThat(CpuTimeRounds.verdict("project", byRound)).isEqualTo(
        "project: enricher CPU time / jsoupParse CPU time = 2.50×, median of the rounds' ratios"
            + " (ratio of the medians 2.50×; bar ≤ 1.5×: not met);"
            + " of it, reading and cleaning the pages 1.25× and the fields, phrases and posting 1.25×");
  }

  @Test
  void shouldGiveNoVerdictWithoutTheFloor() {
    assertThat(CpuTimeRounds.verdict("shared", Map.of(PagePass.ENRICHER, new double[] {1}))).isNull();
  }
}
