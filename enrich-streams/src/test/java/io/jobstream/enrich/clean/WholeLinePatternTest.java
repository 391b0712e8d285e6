package io.jobstream.enrich.clean;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import org.junit.jupiter.api.Test;

/**
 * Each guard of a {@link WholeLinePattern} is a necessary condition of its pattern. The pattern
 * itself is asked: a one-character line must match as it is; when a match attempt on a
 * two-character opening fails without reaching the end of that input ({@link Matcher#hitEnd}), no
 * longer line opening the same way can match.
 */
class WholeLinePatternTest {

  @Test
  void shouldAdmitEveryOpeningThePatternCanMatch() throws IllegalAccessException {
    List<String> missed = new ArrayList<>();
    for (Field field : LineRules.class.getDeclaredFields()) {
      if (field.getType() != WholeLinePattern.class || !Modifier.isStatic(field.getModifiers())) {
        continue;
      }
      field.setAccessible(true);
      WholeLinePattern rule = (WholeLinePattern) field.get(null);
      for (char first = 0; first < 128; first++) {
        String line = String.valueOf(first);
        if (rule.pattern().matcher(line).matches() && !rule.mayMatch(line)) {
          missed.add(field.getName() + " matches \"" + line + "\"");
        }
        for (char second = 0; second < 128; second++) {
          check(field.getName(), rule, "" + first + second, missed);
        }
      }
    }
    assertThat(missed).isEmpty();
  }

  // Whether a line of two or more characters opening with these two may match.
  private static void check(String name, WholeLinePattern rule, String opening, List<String> missed) {
    Matcher m = rule.pattern().matcher(opening);
    boolean possible = m.matches() || m.hitEnd();
    if (possible && !rule.mayMatch(opening)) {
      missed.add(name + " can start with \"" + opening + "\"");
    }
  }

  @Test
  void shouldStillMatchThroughTheGuard() {
    assertThat(LineRules.APPLY_WIDGET.matches("Apply Now")).isTrue();
    assertThat(LineRules.APPLY_WIDGET.matches("* indicates a required field")).isTrue();
    assertThat(LineRules.APPLY_WIDGET.matches("We apply ourselves")).isFalse();
    assertThat(LineRules.SIMILAR_HEADING.matches("Similar jobs")).isTrue();
    assertThat(LineRules.TAGS_HEADING.matches("Tags:")).isTrue();
  }
}
