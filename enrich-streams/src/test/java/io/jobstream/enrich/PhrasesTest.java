package io.jobstream.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import io.jobstream.enrich.classify.RoleClassifier;
import io.jobstream.enrich.extract.Benefits;
import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The enricher finds role and benefit phrases in one scan; it must read every text as the role
 * classifier and the benefits reader each do on their own.
 */
class PhrasesTest {

  @Property(tries = 300)
  void shouldReadRolesAndBenefitsAsTheirOwnScansDo(@ForAll("postings") String text, @ForAll("titles") String title) {
    String lower = text.toLowerCase(Locale.ROOT);
    Enricher.Phrases together = Enricher.phrases(title, text, lower);
    assertThat(together.role()).isEqualTo(RoleClassifier.classify(title, text, lower));
    assertThat(together.benefits()).isEqualTo(Benefits.fromLowerCase(lower));
  }

  @Provide
  Arbitrary<String> postings() {
    Arbitrary<String> words = Arbitraries.of(
        "organizer", "canvassing", "voter", "policy", "advocacy", "communications", "media", "fundraising",
        "donors", "research", "data", "operations", "finance", "attorney", "executive director", "program manager",
        "nurse", "clinic", "software", "health insurance", "dental", "vision insurance", "401(k)", "pension",
        "paid time off", "PTO", "sick leave", "parental leave", "sabbatical", "cell phone", "health, dental",
        "Medical, Dental, and Vision", " ", ", ", ". ", "\n", "and", "the", "our", "é");
    Arbitrary<String> shortText = words.list().ofMaxSize(40).map(parts -> String.join(" ", parts));
    // Now and then past the role classifier's reach, where the two are read separately.
    Arbitrary<String> longText = shortText.map(t -> t + " " + "field organizer ".repeat(RoleClassifier.MAX_BODY / 16) + t);
    return Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(9, shortText), net.jqwik.api.Tuple.of(1, longText));
  }

  @Provide
  Arbitrary<String> titles() {
    return Arbitraries.of("Field Organizer", "Vice President of Development, Communications", "Staff Attorney - Housing",
        "Data Analyst (Research)", "Nurse", "Benefits Coordinator", null);
  }
}
