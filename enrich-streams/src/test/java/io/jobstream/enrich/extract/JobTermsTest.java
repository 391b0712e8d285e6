package io.jobstream.enrich.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class JobTermsTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "This is a full-time, in-person position based in our Cleveland office. | onsite",
        "The job is based in our Seattle union hall, with regular visits to worksites. | onsite",
        "This position is based on campus in Berkeley; remote work is not available for this role. | onsite",
        "The intern will work 20 hours a week, in person at our Capitol Hill office at least two days a week. | hybrid",
        "A full-time position based at our office, with the option of working from home one day a week. | hybrid",
        "The position is remote; contractors work their own schedules. | remote",
        "Remote work options: NOT remote eligible; staff report to the Oakland hall daily. | onsite",
        "This is a Non-Remote position working from our Oakland office. | onsite",
        "No remote work: the organizer works in person at our Fresno office. | onsite",
      })
  void shouldReadTheWorkplaceFromHowPostingsSayIt(String line, String workplace) {
    assertThat(JobTerms.workplace(null, List.of(line)).value()).isEqualTo(workplace);
  }

  @Test
  void shouldNotTakeALocationThatRulesOutRemoteWorkForRemote() {
    for (String location : List.of("NOT remote eligible; Oakland, CA", "Non-Remote, Oakland", "No remote: Fresno, CA")) {
      assertThat(JobTerms.workplace(location, List.of())).as(location).isNull();
    }
    assertThat(JobTerms.workplace("Fully remote (US)", List.of()).value()).isEqualTo("remote");
  }

  @Test
  void shouldReadLabelledTermsInAnyCasingAndSpacing() {
    assertThat(JobTerms.employmentType(List.of("Location: Denver, CO", "Employment STATUS :  Part Time")).value())
        .isEqualTo("part_time");
    assertThat(JobTerms.employmentType(List.of("SCHEDULE", "Full-time")).value()).isEqualTo("full_time");
    assertThat(JobTerms.workplace(null, List.of("LOCATION TYPE: Remote")).value()).isEqualTo("remote");
    assertThat(JobTerms.workplace(null, List.of("Workplace type", "On-site")).value()).isEqualTo("onsite");
  }

  // The pre-check may only rule out lines the employment-type pattern cannot match.
  @Property(tries = 2000)
  void shouldSendEveryLineTheTypePatternMatchesToIt(@ForAll("typeLines") String line) {
    if (JobTerms.TYPE.matcher(line).find()) {
      assertThat(JobTerms.mayStateType(line.toLowerCase(Locale.ROOT))).as(line).isTrue();
    }
  }

  @Provide
  Arbitrary<String> typeLines() {
    return Arbitraries.of(
            "Full-time", "full time", "FULLTIME", "Part-Time", "parttime", "Internship", "temporary", "Temp", "seasonal",
            "Fixed-term", "fixed term", "contract", "Contractor", "position", "role", "basis", "job", "freelance", "on a",
            "on an", "6-month", "twelve-month", "(contract)", "(", ")", "at this time", "internal", "long-term", " ", ",",
            "é", "\u0130")
        .list().ofMaxSize(8).map(parts -> String.join(" ", parts));
  }
}
