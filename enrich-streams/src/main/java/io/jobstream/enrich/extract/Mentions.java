package io.jobstream.enrich.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A cheap pre-check before a regex: whether a line mentions one of a few words. Most lines
 * mention none of the words an extractor looks for, and {@code String.contains} (a vectorised
 * intrinsic) is far cheaper than a case-insensitive regex scan. The spellings are worked out
 * once, when the constant is built. Immutable and thread-safe.
 */
final class Mentions {
  private final String[] lowerWords;
  private final String[] spellings;

  private Mentions(String... words) {
    List<String> all = new ArrayList<>();
    for (String w : words) {
      if (w.isEmpty() || !w.equals(w.toLowerCase(Locale.ROOT))) {
        throw new IllegalArgumentException("not a lower-case word: " + w);
      }
      for (String spelling : List.of(w, Character.toUpperCase(w.charAt(0)) + w.substring(1), w.toUpperCase(Locale.ROOT))) {
        if (!all.contains(spelling)) {
          all.add(spelling);
        }
      }
    }
    this.lowerWords = words.clone();
    this.spellings = all.toArray(new String[0]);
  }

  /** A pre-check for the lower-case {@code words}. */
  static Mentions of(String... words) {
    return new Mentions(words);
  }

  /** Whether {@code line} contains one of the words in lower, Capitalised or UPPER case. */
  boolean in(String line) {
    for (String s : spellings) {
      if (line.contains(s)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether {@code line.toLowerCase(Locale.ROOT)} contains one of the words: a pre-check true
   * for every line an ASCII case-insensitive regex needing one of the words matches.
   */
  boolean inAnyCase(String line) {
    return inLowerCased(line.toLowerCase(Locale.ROOT));
  }

  /** As {@link #inAnyCase}, given the line already lower-cased with {@code Locale.ROOT}. */
  boolean inLowerCased(String lower) {
    for (String w : lowerWords) {
      if (lower.contains(w)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether {@code line} starts with one of the lower-case ASCII letters, in either case: every
   * line an anchored, ASCII case-insensitive pattern whose alternatives start with those letters
   * matches, so lines that fail skip the regex.
   */
  static boolean startsWithAnyCase(String line, String lowerLetters) {
    if (line.isEmpty()) {
      return false;
    }
    char c = line.charAt(0);
    return lowerLetters.indexOf(c >= 'A' && c <= 'Z' ? (char) (c + 32) : c) >= 0;
  }

  /** Whether {@code line} holds a digit. */
  static boolean hasDigit(String line) {
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (c >= '0' && c <= '9') {
        return true;
      }
    }
    return false;
  }
}
