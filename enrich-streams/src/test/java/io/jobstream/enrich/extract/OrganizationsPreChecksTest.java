package io.jobstream.enrich.extract;

import static org.assertj.core.api.Assertions.assertThat;

import io.jobstream.enrich.text.PostingLines;
import java.lang.reflect.Field;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The employer reader's cheap checks answer as the patterns they stand for: the role and
 * not-a-name tests exactly, and the gate before the "ORG is seeking" pattern never turns away a
 * line that the pattern matches.
 */
class OrganizationsPreChecksTest {
  // The patterns as they were before the checks replaced them.
  private static final Pattern NOT_ORG_LINE =
      Pattern.compile("(?i)\\b(?:full[- ]?time|part[- ]?time|remote|hybrid|on-?site|apply|save|share|posted|salary|jobs?|careers?"
          + "|search|sign in|about|description|summary|responsibilities|overview|contract|temporary|internship"
          + "|manage|accept|reject|preferences|cookies?|settings|got it|menu|home|close)\\b|[:@$£€/]|^\\W");
  private static final Pattern ROLE = Pattern.compile(
      "(?i)\\b(?:organi[sz]er|coordinator|director|manager|associate|assistant|specialist|strategist|officer|analyst"
          + "|attorney|paralegal|engineer|developer|nurse|intern|fellow|advocate|driver|administrator|secretary|generalist"
          + "|president|ceo|chief|programmer|writer|counsel)\\b");

  @Property(tries = 3000)
  void roleAndNotANameAnswerAsTheirPatterns(@ForAll("texts") String text) {
    assertThat(Organizations.hasRole(text)).as("role in '%s'", text).isEqualTo(ROLE.matcher(text).find());
    assertThat(Organizations.isNotOrgLine(text)).as("not a name: '%s'", text).isEqualTo(NOT_ORG_LINE.matcher(text).find());
  }

  @Property(tries = 3000)
  void theSeekingGateKeepsEveryLineThePatternMatches(@ForAll("texts") String text) throws Exception {
    if (seekingPattern().matcher(text).lookingAt()) {
      String gated = text.substring(0, Organizations.nameRun(text));
      boolean verb = PostingLines.Words.SEEKING.words().stream().anyMatch(gated::contains);
      assertThat(verb).as("'%s' matches, but its verb is not before %d", text, Organizations.nameRun(text)).isTrue();
    }
  }

  @Example
  void findsTheEmployerOfASeekingLineWithAnAcronymAndAnApostrophe() {
    Found f = Organizations.fromLines(java.util.List.of(
        "Riverside Workers' Alliance (RWA) is seeking a Lead Organizer to build membership: apply today."));

    assertThat(f).isNotNull();
    assertThat(f.value()).isEqualTo("Riverside Workers' Alliance");
  }

  @Example
  void doesNotTakeASentenceThatNamesNoOneBeforeItsVerb() {
    // The comma ends the run of name characters before " is ", so no pattern is tried.
    assertThat(Organizations.nameRun("Today, the union is hiring")).isEqualTo(5);
    assertThat(Organizations.fromLines(java.util.List.of("Today, the Riverside union is seeking organizers"))).isNull();
  }

  private static Pattern seekingPattern() throws ReflectiveOperationException {
    Field f = Organizations.class.getDeclaredField("IS_SEEKING");
    f.setAccessible(true);
    return (Pattern) f.get(null);
  }

  @Provide
  Arbitrary<String> texts() {
    return Arbitraries.of(
            "At", "The", "THE", "Riverside", "Workers'", "Workers’", "Alliance", "(RWA)", "(A)", "(SEIU775)", "AT&T",
            "Inc.", "co-op", "is", "are", "seeking", "looking for", "hiring", "a", "an", "progressive", "statewide",
            "organization", "union", "nonprofit", "campaign", "think tank", "helps", "works", "was founded", "has provided",
            "represents", "Organizer", "organiser", "Director", "CEO", "intern", "internship", "Manager", "managers",
            "full-time", "Part time", "on-site", "onsite", "Apply", "jobs", "Careers", "sign in", "got it", "Home",
            "close", "Closed", "about", "search", "coordinator", "associate", "Specialist", "strategist", "officer",
            "analyst", "attorney", "paralegal", "Engineer", "developer", "nurse", "fellow", "advocate", "driver",
            "administrator", "secretary", "GENERALIST", "president", "chief", "programmer", "writer", "counsel",
            "hybrid", "save", "share", "posted", "salary", "description", "summary", "responsibilities", "overview",
            "contract", "temporary", "manage", "accept", "reject", "preferences", "cookies", "settings", "menu",
            ":", "@", "$", "£", "€", "/", ",", ";", "!", "_", "9", "é", "É",
            "\u0301", "\u212a", "\u0130", "\u00a0", "-", ".", "x")
        .list().ofMaxSize(12).map(parts -> String.join(" ", parts));
  }
}
