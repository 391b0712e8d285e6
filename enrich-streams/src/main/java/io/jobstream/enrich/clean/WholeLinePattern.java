package io.jobstream.enrich.clean;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A pattern matched against a whole line, guarded by the openings its matches can have. Most
 * lines of a posting open with other words, and looking up the first four characters is far
 * cheaper than starting the regex engine, so the guard turns most calls into a table look-up.
 *
 * <p>The openings are worked out from the pattern itself when it is built: a four-character
 * opening is possible when the pattern matches it or, trying to, reads to its end
 * ({@link Matcher#hitEnd}); the search extends only the openings still possible, character by
 * character over ASCII, in lower case, as the pattern folds case ({@code (?i)} is required). The
 * guard is thus a necessary condition: a line it turns away cannot match. A line shorter than
 * four characters, or with a character beyond ASCII among its first four, always goes to the
 * pattern.
 */
final class WholeLinePattern {
  private static final int OPENING = 4;
  private static final int ASCII = 128;

  private final Pattern pattern;
  // The possible openings, lower-cased and packed seven bits a character, sorted.
  private final int[] openings;

  /**
   * {@code regex}, guarded by the four-character openings its matches can have.
   *
   * @throws IllegalArgumentException when {@code regex} does not fold ASCII case ({@code (?i)})
   */
  WholeLinePattern(String regex) {
    if (!regex.startsWith("(?i)")) {
      // The openings are searched in lower case only, which a pattern that folds case allows.
      throw new IllegalArgumentException("a whole-line pattern must fold case with (?i): " + regex);
    }
    this.pattern = Pattern.compile(regex);
    this.openings = openings(pattern);
  }

  /** Whether the whole of {@code line} matches. */
  boolean matches(String line) {
    return mayMatch(line) && pattern.matcher(line).matches();
  }

  /** The guard alone: false only when no line opening like {@code line} can match. */
  boolean mayMatch(String line) {
    if (line.length() < OPENING) {
      return true;
    }
    int key = 0;
    for (int i = 0; i < OPENING; i++) {
      char c = line.charAt(i);
      if (c >= ASCII) {
        return true;
      }
      key = key << 7 | lowerAscii(c);
    }
    return Arrays.binarySearch(openings, key) >= 0;
  }

  Pattern pattern() {
    return pattern;
  }

  // Every ASCII opening of OPENING characters that a match of `p` can start with, breadth first:
  // an opening the pattern neither matches nor reads to the end of can open no match, and nor
  // can any longer text it opens, so only possible openings are extended.
  private static int[] openings(Pattern p) {
    List<String> possible = List.of("");
    for (int length = 1; length <= OPENING; length++) {
      List<String> next = new ArrayList<>();
      for (String prefix : possible) {
        for (char c = 0; c < ASCII; c++) {
          if (c >= 'A' && c <= 'Z') {
            continue; // read as its small letter, since the pattern folds case
          }
          String opening = prefix + c;
          Matcher m = p.matcher(opening);
          if (m.matches() || m.hitEnd()) {
            next.add(opening);
          }
        }
      }
      possible = next;
    }
    TreeSet<Integer> keys = new TreeSet<>();
    for (String opening : possible) {
      int key = 0;
      for (char c : opening.toCharArray()) {
        key = key << 7 | c;
      }
      keys.add(key);
    }
    return keys.stream().mapToInt(Integer::intValue).toArray();
  }

  private static int lowerAscii(char c) {
    return c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c;
  }
}
