package io.jobstream.enrich.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A set of lower-case words starting with an ASCII letter or digit (and word prefixes, written {@code "reimburs*"}) looked up
 * token by token in a text, in any casing. Made as a pre-check for regexes of the form
 * {@code (?i)\b(?:salary|wages?|reimburs\w*)\b}: the text is split where Pattern's
 * {@code \b} can fall (at every character that is not a letter, digit or underscore, letters and
 * digits beyond ASCII counting as such only where the running JDK's {@code \b} counts them), so a text
 * the regex matches always holds a token the set names, and the dear regex runs only on texts
 * that pass. The check is a necessary condition, not a sufficient one (non-ASCII case folding
 * and combining marks make it a little generous), so callers confirm with their regex.
 * Immutable and thread-safe.
 */
public final class WordSet {
  private record Entry(String word, boolean prefix) {}

  /**
   * Whether the running JDK's {@code \b} counts letters and digits beyond ASCII as word
   * characters. Java 17 and 18 do; from Java 19 on, {@code \b} agrees with {@code \w} and,
   * without {@code UNICODE_CHARACTER_CLASS}, counts only {@code [a-zA-Z0-9_]}, so a boundary can
   * fall between "é" and "m". The pre-checks split text where the running JDK's {@code \b} can
   * fall, or they would turn away matches its patterns find.
   */
  static final boolean WIDE_WORD_BOUNDARY = Pattern.compile("\\b").matcher("\u00e9").find();

  // Entries by their first letter, a-z, then one bucket for digits.
  private final Entry[][] byFirst = new Entry[27][];

  private WordSet(List<String> words) {
    List<List<Entry>> buckets = new ArrayList<>();
    for (int i = 0; i < byFirst.length; i++) {
      buckets.add(new ArrayList<>());
    }
    for (String w : words) {
      boolean prefix = w.endsWith("*");
      String word = prefix ? w.substring(0, w.length() - 1) : w;
      if (word.isEmpty() || !word.equals(word.toLowerCase(Locale.ROOT)) || bucket(word.charAt(0)) < 0) {
        throw new IllegalArgumentException("not a lower-case word starting with a-z or 0-9: " + w);
      }
      buckets.get(bucket(word.charAt(0))).add(new Entry(word, prefix));
    }
    for (int i = 0; i < byFirst.length; i++) {
      byFirst[i] = buckets.get(i).isEmpty() ? null : buckets.get(i).toArray(new Entry[0]);
    }
  }

  /** A set of {@code words}; a word ending in {@code *} stands for every word it begins. */
  public static WordSet of(String... words) {
    return new WordSet(List.of(words));
  }

  /** Whether some token of {@code text} is in the set, in any casing. */
  public boolean anyIn(CharSequence text) {
    return anyIn(text, 0, text.length());
  }

  /** As {@link #anyIn(CharSequence)}, over {@code text[from, to)}. */
  public boolean anyIn(CharSequence text, int from, int to) {
    int i = from;
    while (i < to) {
      if (!isWordChar(text.charAt(i))) {
        i++;
        continue;
      }
      int end = i + 1;
      while (end < to && isWordChar(text.charAt(end))) {
        end++;
      }
      if (matchesToken(text, i, end)) {
        return true;
      }
      i = end;
    }
    return false;
  }

  /**
   * Whether {@code text} is all ASCII. On such text the token check is exact for a regex
   * {@code (?i)\\b(?:w1|w2|...)\\b} over plain words of the set (case folding and word
   * boundaries agree there), so a caller may skip confirming with the regex.
   */
  public static boolean isAscii(CharSequence text) {
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) >= 128) {
        return false;
      }
    }
    return true;
  }

  /** Whether {@code text[start, end)}, taken as one token, is in the set, in any casing. */
  public boolean matchesToken(CharSequence text, int start, int end) {
    char first = text.charAt(start);
    int b = bucket(first >= 'A' && first <= 'Z' ? (char) (first + 32) : first < 128 ? first : Character.toLowerCase(first));
    Entry[] entries = b < 0 ? null : byFirst[b];
    if (entries == null) {
      return false;
    }
    int length = end - start;
    for (Entry e : entries) {
      int n = e.word().length();
      if ((e.prefix() ? length >= n : length == n) && sameIgnoringCase(text, start, e.word())) {
        return true;
      }
    }
    return false;
  }

  private static boolean sameIgnoringCase(CharSequence text, int start, String word) {
    for (int k = 1; k < word.length(); k++) {
      char c = text.charAt(start + k);
      if (c != word.charAt(k) && Character.toLowerCase(c) != word.charAt(k)) {
        return false;
      }
    }
    return true;
  }

  private static int bucket(char c) {
    return c >= 'a' && c <= 'z' ? c - 'a' : c >= '0' && c <= '9' ? 26 : -1;
  }

  // Where Pattern's \b cannot fall: inside a run of letters, digits and underscores.
  static boolean isWordChar(char c) {
    if (c < 128) {
      return isAsciiWordChar(c);
    }
    return WIDE_WORD_BOUNDARY && Character.isLetterOrDigit(c);
  }

  /** Regex {@code \w} without {@code UNICODE_CHARACTER_CLASS}: an ASCII letter, digit or underscore. */
  public static boolean isAsciiWordChar(char c) {
    return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_';
  }
}
