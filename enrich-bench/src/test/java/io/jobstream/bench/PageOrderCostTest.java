package io.jobstream.bench;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Both orders run every page equally often; only the order differs. */
class PageOrderCostTest {
  @Test
  void shouldGoThroughThePagesInTurnOrRunEachSeveralTimesInARow() {
    assertThat(PageOrderCost.schedule(3, 2, true)).containsExactly(0, 1, 2, 0, 1, 2);
    assertThat(PageOrderCost.schedule(3, 2, false)).containsExactly(0, 0, 1, 1, 2, 2);
  }
}
