package io.jobstream.enrich.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class RequirementsTest {

  @Test
  void shouldReadTheDegreeInAnyCasing() {
    assertThat(Requirements.from(List.of("A PhD in economics, or a Master's degree and five years of research."), null).degree())
        .isEqualTo("doctorate");
    assertThat(Requirements.from(List.of("Requires a GED or high school diploma."), null).degree()).isEqualTo("high_school");
    assertThat(Requirements.from(List.of("You managed a graphic design team."), null).degree()).isNull();
  }

  @Test
  void shouldReadRequirementsWrittenInMixedCase() {
    var req = Requirements.from(List.of("FlUent in Spanish; 5 YeArs of EXPERIENCE at minimum", "A valid Driver's LiCense"), null);
    assertThat(req.languages()).containsExactly("Spanish");
    assertThat(req.yearsExperience()).isEqualTo(5);
    assertThat(req.driversLicense()).isTrue();
  }

  // The pre-check may only rule out lines the degree pattern cannot match.
  @Property(tries = 3000)
  void shouldSendEveryLineTheDegreePatternMatchesToIt(@ForAll("lines") String line) {
    if (Requirements.DEGREE.pattern().matcher(line).find()) {
      assertThat(Requirements.mayNameDegree(line)).as(line).isTrue();
    }
  }

  @Provide
  Arbitrary<String> lines() {
    return Arbitraries.of(
            "no", "college", "degree", "Degree", "is", "required", "Bachelor", "BACHELOR'S", "b.a.", "B.S.", "master",
            "Ph.D", "PhD", "phd", "doctorate", "Juris Doctor", "J.D.", "associate's", "Associates", "high school",
            "diploma", "GED", "ged", "managed", "_ged", "ged2", "é", " ", ",", ".", "(", "\u0130")
        .list().ofMaxSize(8).map(parts -> String.join(" ", parts));
  }
}
