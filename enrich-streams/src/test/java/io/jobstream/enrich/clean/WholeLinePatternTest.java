package io.jobstream.enrich.clean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/**
 * The guard of every {@link WholeLinePattern} of {@link LineRules} is a necessary condition of its
 * pattern: no line the pattern matches is turned away. Checked on lines made of the patterns' own
 * words in every casing, with their punctuation, and with characters beyond ASCII; and the guard
 * must turn away the ordinary lines of a posting that the hand-written two-letter guards let in.
 */
class WholeLinePatternTest {
  private static final Map<String, WholeLinePattern> RULES = rules();

  private static final List<String> PIECES =
      List.of("apply", "Apply", "APPLY", " now", " here", " with ", "LinkedIn", "submit", " your", " application", "*",
          " ", "required", " fields", "indicates a required field", "save", "share", "report", " this", " job", "back to ",
          "all ", "jobs", "i'm interested", "refer a friend", "upload", "attach", "resume", "cv", "/cv", "accepted file types",
          ": ", ".pdf", "or ", "drag", " and ", "&", " drop", "autofill", "protected by recaptcha", "i have read and consent to",
          "sign in", "sign up", "log in", "join now", " to apply", "see more", "show less", "skip to main content",
          "create a job alert", "powered by ", "Greenhouse", "see who ", " has hired for this role", "careers", "Careers", " at ", "join our team", "we're hiring", "unlock job insights",
          "what can i earn as a", "Hirer responsiveness", "be careful", "don’t provide your bank or credit card details", "--", "-----", " forwarded message ", "begin forwarded message",
          "list-unsubscribe:", "similar", "related", "more", "other", "latest", "new", " positions", " near you", " in ",
          "Ohio", "people also viewed", "you may also like", "u.s. ", "equal employment opportunity", " information",
          "voluntary", "self-identification", " form", "disclosures", "race", " status", "demographic", " questions",
          "eeoc", "diversity", " survey", "requisition", "req", "listing", "posting", "reference", "ref", " id", " number",
          " no.", "#", "warmly", "thanks", "thank you", "best", " wishes", "kind regards", "in solidarity", "yours", ",",
          ".", "!", ":", "tags", "job tags", "The role", "\u00e9", "\u212a", "x");

  @Provide
  Arbitrary<String> lines() {
    return Arbitraries.of(PIECES).list().ofMinSize(1).ofMaxSize(6).map(l -> String.join("", l));
  }

  @Property(tries = 6000)
  void guardShouldAdmitEveryLineThePatternMatches(@ForAll("lines") String line) {
    for (Map.Entry<String, WholeLinePattern> rule : RULES.entrySet()) {
      if (rule.getValue().pattern().matcher(line).matches()) {
        assertThat(rule.getValue().mayMatch(line)).as(rule.getKey() + " matches \"" + line + "\"").isTrue();
      }
    }
  }

  @Test
  void shouldStillMatchThroughTheGuard() {
    assertThat(LineRules.APPLY_WIDGET.matches("Apply Now")).isTrue();
    assertThat(LineRules.APPLY_WIDGET.matches("* indicates a required field")).isTrue();
    assertThat(LineRules.APPLY_WIDGET.matches("*")).isTrue();
    assertThat(LineRules.APPLY_WIDGET.matches("We apply ourselves")).isFalse();
    assertThat(LineRules.SIMILAR_HEADING.matches("Similar jobs")).isTrue();
    assertThat(LineRules.TAGS_HEADING.matches("Tags:")).isTrue();
    assertThat(LineRules.VALEDICTION.matches("Kind regards,")).isTrue();
    assertThat(LineRules.CHROME.matches("---------- Forwarded message ---------")).isTrue();
  }

  @Test
  void shouldRefuseAPatternThatDoesNotFoldCase() {
    assertThatThrownBy(() -> new WholeLinePattern("Apply now")).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void shouldTurnAwayOrdinaryPostingLines() {
    for (String line : List.of("Responsibilities include tenant outreach.", "The role", "Review intake forms",
        "Support the organizing team", "Regular travel across the state")) {
      RULES.forEach((name, rule) -> assertThat(rule.mayMatch(line)).as(name + " admits \"" + line + "\"").isFalse());
    }
  }

  private static Map<String, WholeLinePattern> rules() {
    Map<String, WholeLinePattern> rules = new TreeMap<>();
    for (Field field : LineRules.class.getDeclaredFields()) {
      if (field.getType() == WholeLinePattern.class && Modifier.isStatic(field.getModifiers())) {
        try {
          field.setAccessible(true);
          rules.put(field.getName(), (WholeLinePattern) field.get(null));
        } catch (IllegalAccessException e) {
          throw new IllegalStateException(e);
        }
      }
    }
    assertThat(rules).hasSizeGreaterThanOrEqualTo(8);
    return rules;
  }
}
