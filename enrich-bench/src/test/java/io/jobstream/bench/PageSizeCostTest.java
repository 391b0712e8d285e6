package io.jobstream.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Pages land in the group of their size, and each group's ratio is its own pages' sums. */
class PageSizeCostTest {
  @Test
  void shouldGroupPagesBySizeAndSumTheirCosts() {
    byte[][] bodies = {new byte[3_000], new byte[5_119], new byte[5_120], new byte[100_000]};
    long[] text = {2, 3, 4, 100};
    long[] enricher = {300, 500, 200, 1_500};
    long[] floor = {50, 50, 100, 1_000};

    List<PageSizeCost.Group> groups = PageSizeCost.groups(bodies, text, enricher, floor);

    assertThat(groups).extracting(PageSizeCost.Group::label).containsExactly("0–5 KB", "5–8 KB", "≥ 64 KB");
    assertThat(groups).extracting(PageSizeCost.Group::pages).containsExactly(2, 1, 1);
    assertThat(groups.get(0).ratio()).isEqualTo(8.0);
    assertThat(groups.get(0).enricherMicros()).isEqualTo(0.4);
    assertThat(groups.get(0).textPerPage()).isEqualTo(2.5);
    assertThat(groups.get(2).ratio()).isEqualTo(1.5);
  }

  @Test
  void shouldTakeEachPagesMedianOverTheRounds() {
    long[][] rounds = {{5, 100}, {1, 300}, {3, 200}};

    assertThat(PageSizeCost.medians(rounds)).containsExactly(3, 200);
  }
}
