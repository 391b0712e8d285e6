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
      String[] v = casings(w);
      if (line.contains(w) || line.contains(v[0]) || line.contains(v[1])) {
        return true;
      }
    }
    return false;
  }

  /**
   * As {@link #any}, given also {@code lower}, the line lower-cased with {@code Locale.ROOT}:
   * a line holding a word in one of the three casings holds it in lower case once lower-cased,
   * so only the words found in {@code lower} are looked for in {@code line}.
   */
  static boolean anyGivenLower(String line, String lower, String... words) {
    for (String w : words) {
      String[] v = casings(w);
      if ((v[2] == null || lower.contains(w))
          && (line.contains(w) || line.contains(v[0]) || line.contains(v[1]))) {
        return true;
      }
    }
    return false;
  }

  // {Capitalised, UPPER, non-null when both lower-case back to the word}.
  private static String[] casings(String w) {
    String[] v = CASINGS.get(w);
    if (v == null) {
      String cap = Character.toUpperCase(w.charAt(0)) + w.substring(1);
      String upper = w.toUpperCase(Locale.ROOT);
      boolean roundTrips = cap.toLowerCase(Locale.ROOT).equals(w) && upper.toLowerCase(Locale.ROOT).equals(w);
      v = new String[] {cap, upper, roundTrips ? "" : null};
      if (CASINGS.size() < 10_000) {
        CASINGS.put(w, v);
      }
    }
    return v;
  }

  // The Capitalised and UPPER spellings of each word asked about (the words are constants).
  private static final java.util.concurrent.ConcurrentHashMap<String, String[]> CASINGS =
      new java.util.concurrent.ConcurrentHashMap<>();

  /**
   * Whether {@code line} contains any of the lower-case ASCII {@code words} in any casing: a
   * pre-check true for every line an ASCII case-insensitive regex needing one of the words matches.
   */
  static boolean anyIgnoreCase(String line, String... words) {
    return anyInLowerCase(line.toLowerCase(Locale.ROOT), words);
  }

  /** As {@link #anyIgnoreCase}, given the line already lower-cased with {@code Locale.ROOT}. */
  static boolean anyInLowerCase(String lower, String... words) {
    for (String w : words) {
      if (lower.contains(w)) {
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
