package io.jobstream.enrich.classify;

import static org.assertj.core.api.Assertions.assertThat;

import io.jobstream.enrich.extract.Found;
import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
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

  // With the lower-cased text the classifier tries only the level phrases whose words the text
  // holds; without it, all of them. Both must read every text alike.
  @Property(tries = 400)
  void shouldReadTheSameLevelWhetherOrNotGivenTheLowerCasedText(@ForAll("postingTexts") String text) {
    Found withLower = SeniorityClassifier.classify("Field Organizer", null, text, text.toLowerCase(Locale.ROOT));
    Found without = SeniorityClassifier.classify("Field Organizer", null, text, null);
    assertThat(withLower).isEqualTo(without);
  }

  @Provide
  Arbitrary<String> postingTexts() {
    return Arbitraries.of(
            "Entry", "entry-level", "ENTRY LEVEL", "level", "No", "no", "without", "Without prior", "previous", "field",
            "EXPERIENCE", "experience", "experienced", "is", "required", "necessary", "NEEDED", "not required", "but",
            "a plus", "helpful,", "we", "We'll", "we will", "train", "Training", "seeking a", "highly", ".", "\n")
        .list().ofMaxSize(14).map(words -> String.join(" ", words));
  }
}
