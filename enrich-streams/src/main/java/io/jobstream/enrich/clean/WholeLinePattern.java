package io.jobstream.enrich.clean;

import java.util.regex.Pattern;

/**
 * A pattern matched against a whole line, guarded by the openings its matches can have. Most
 * lines of a posting open with other letters, and looking at two characters is far cheaper than
 * starting the regex engine, so the guard turns most calls into a table look-up.
 *
 * <p>The guard is a necessary condition only: a line it admits is still matched by the pattern,
 * so it can never change a result as long as every opening of the pattern is listed. Letters are
 * compared ASCII-case-insensitively, as {@code (?i)} compares them; a line opening with a
 * character outside ASCII always goes to the pattern. {@code WholeLinePatternTest} checks each
 * list against its pattern.
 */
final class WholeLinePattern {
  // The second character of a one-character line.
  private static final int END = 128;
  private static final int SECONDS = END + 1;

  private final Pattern pattern;
  private final boolean[] admitted = new boolean[128 * SECONDS];

  /**
   * {@code regex} guarded by {@code openings}: the first one or two characters (lower case) of
   * any line it matches. A one-character opening admits every line starting with it.
   */
  WholeLinePattern(String regex, String... openings) {
    this.pattern = Pattern.compile(regex);
    for (String opening : openings) {
      int first = opening.charAt(0);
      if (opening.length() == 1) {
        for (int second = 0; second < SECONDS; second++) {
          admitted[first * SECONDS + second] = true;
        }
      } else {
        admitted[first * SECONDS + opening.charAt(1)] = true;
      }
    }
  }

  /** Whether the whole of {@code line} matches. */
  boolean matches(String line) {
    return mayMatch(line) && pattern.matcher(line).matches();
  }

  /** The guard alone: false only when no line opening like {@code line} can match. */
  boolean mayMatch(String line) {
    if (line.isEmpty()) {
      return true;
    }
    int first = lowerAscii(line.charAt(0));
    int second = line.length() > 1 ? lowerAscii(line.charAt(1)) : END;
    return first >= 128 || second >= 128 && second != END || admitted[first * SECONDS + second];
  }

  Pattern pattern() {
    return pattern;
  }

  private static int lowerAscii(char c) {
    return c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c;
  }
}
