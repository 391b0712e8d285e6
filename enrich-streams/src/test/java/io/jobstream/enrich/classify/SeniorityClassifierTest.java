package io.jobstream.enrich.classify;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SeniorityClassifierTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "Development Associate | entry",
        "Associate General Counsel | senior",
        "Case Manager, Reentry Services | mid",
        "Summer Data Fellow | intern",
        "Campaign Manager | director",
        "Chief Operating Officer | executive",
        "Digital Communications Manager | manager",
      })
  void shouldRankByTitle(String title, String level) {
    assertThat(SeniorityClassifier.classify(title, 3, null).value()).isEqualTo(level);
  }

  @Test
  void shouldReadTheLevelFromTheTextAndYearsWhenTheTitleHasNoRank() {
    assertThat(SeniorityClassifier.classify("Field Organizer", null, "Campaign experience is helpful but not required.").value())
        .isEqualTo("entry");
    assertThat(SeniorityClassifier.classify("Research Analyst", null, "This is an entry-level position.").value()).isEqualTo("entry");
    assertThat(SeniorityClassifier.classify("COBOL Programmer", 10, null).value()).isEqualTo("senior");
    assertThat(SeniorityClassifier.classify("Policy Analyst", 2, null).value()).isEqualTo("mid");
    assertThat(SeniorityClassifier.classify("Policy Analyst", 1, null).value()).isEqualTo("entry");
  }
}
