package io.jobstream.enrich.extract;

import java.util.Locale;

/**
 * Cheap pre-checks before a regex: whether a line mentions a word in lower, Capitalised or
 * UPPER case. {@code String.indexOf} is far faster than a case-insensitive regex scan, and most
 * lines mention none of the words an extractor looks for.
 */
final class Mentions {
  private Mentions() {}

  /** Whether {@code line} contains any of the lower-case {@code words} in one of three casings. */
  static boolean any(String line, String... words) {
    for (String w : words) {
      if (line.contains(w)
          || line.contains(Character.toUpperCase(w.charAt(0)) + w.substring(1))
          || line.contains(w.toUpperCase(Locale.ROOT))) {
        return true;
      }
    }
    return false;
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
