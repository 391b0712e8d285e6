package io.jobstream.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The speed run's command line: forks default to several, a quick run to one, and bad values are refused. */
class BenchOptionsTest {
  @Test
  void shouldRunSeveralForksUnlessToldOtherwise() {
    assertThat(BenchOptions.parse().jmhForks()).isEqualTo(BenchOptions.DEFAULT_FORKS).isGreaterThan(1);
    assertThat(BenchOptions.parse("--quick").jmhForks()).isEqualTo(1);
    assertThat(BenchOptions.parse("--forks", "5").jmhForks()).isEqualTo(5);
    assertThat(BenchOptions.parse("--quick", "--forks", "2").jmhForks()).isEqualTo(2);
  }

  @Test
  void shouldRefuseAForkCountThatIsNotAPositiveNumber() {
    for (String bad : new String[] {"0", "-1", "three", ""}) {
      assertThatThrownBy(() -> BenchOptions.parse("--forks", bad))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("--forks needs a whole number");
    }
    assertThatThrownBy(() -> BenchOptions.parse("--forks")).hasMessageContaining("--forks needs a value");
  }
}
