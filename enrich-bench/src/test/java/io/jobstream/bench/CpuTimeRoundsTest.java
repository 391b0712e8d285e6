package io.jobstream.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

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
}
