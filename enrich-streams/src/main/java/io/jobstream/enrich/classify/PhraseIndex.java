package io.jobstream.enrich.classify;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds many keyword phrases in one pass over lower-case text. Each phrase is a small regex
 * that starts with two literal characters; only the phrases sharing the two characters at a
 * word start are tried there, so the cost is about one map lookup per word instead of one regex
 * attempt per character per phrase. Immutable and thread-safe once built.
 */
public final class PhraseIndex {
  private record Phrase(int ordinal, String label, Pattern pattern, String literal, boolean whole) {}

  private static final int ALPHABET = 36;
  // Candidates by the code of their first two characters; an array, not a map, as it is hit per word.
  private final List<List<Phrase>> byPrefix = new ArrayList<>();
  private int phrases;

  /**
   * Indexes {@code alternations}: label to a lower-case regex alternation ({@code a|b(?:c|d)}).
   *
   * @throws IllegalArgumentException when an alternative does not start with two literal characters
   */
  public PhraseIndex(Map<String, String> alternations) {
    for (int i = 0; i < ALPHABET * ALPHABET; i++) {
      byPrefix.add(null);
    }
    alternations.forEach((label, alternation) -> {
      for (String alt : splitTopLevel(alternation)) {
        String prefix = alt.substring(0, Math.min(2, alt.length()));
        if (prefix.length() < 2 || !isLiteral(prefix.charAt(0)) || !isLiteral(prefix.charAt(1))) {
          throw new IllegalArgumentException("phrase must start with two literal characters: " + alt);
        }
        int key = code(prefix.charAt(0)) * ALPHABET + code(prefix.charAt(1));
        if (byPrefix.get(key) == null) {
          byPrefix.set(key, new ArrayList<>());
        }
        byPrefix.get(key).add(new Phrase(phrases++, label, Pattern.compile(alt + "\\b"), literalPrefix(alt),
            literalPrefix(alt).equals(alt) && isLiteral(alt.charAt(alt.length() - 1))));
      }
    });
  }

  /** Calls {@code hit(label, phrase)} for every phrase starting at a word start of {@code lower}. */
  public void scan(String lower, BiConsumer<String, String> hit) {
    Matcher[] matchers = new Matcher[phrases];
    int n = lower.length();
    for (int i = 0; i + 1 < n; i++) {
      int c0 = code(lower.charAt(i));
      int c1 = code(lower.charAt(i + 1));
      if (c0 < 0 || c1 < 0 || i > 0 && Character.isLetterOrDigit(lower.charAt(i - 1))) {
        continue;
      }
      List<Phrase> candidates = byPrefix.get(c0 * ALPHABET + c1);
      if (candidates == null) {
        continue;
      }
      for (Phrase p : candidates) {
        if (!lower.startsWith(p.literal(), i)) {
          continue;
        }
        if (p.whole()) {
          // A phrase without regex syntax: it matches when the \\b after it holds. Decided here when
          // the next character is ASCII (where every definition of a word character agrees).
          int end = i + p.literal().length();
          if (end == n) {
            hit.accept(p.label(), p.literal());
            continue;
          }
          char next = lower.charAt(end);
          if (next < 128) {
            if (!(next >= 'a' && next <= 'z' || next >= 'A' && next <= 'Z' || next >= '0' && next <= '9' || next == '_')) {
              hit.accept(p.label(), p.literal());
            }
            continue;
          }
        }
        Matcher m = matchers[p.ordinal()];
        if (m == null) {
          m = p.pattern().matcher(lower).useAnchoringBounds(false).useTransparentBounds(true);
          matchers[p.ordinal()] = m;
        }
        m.region(i, n);
        if (m.lookingAt()) {
          hit.accept(p.label(), m.group());
        }
      }
    }
  }

  // The leading characters every match of alt starts with: letters, digits, spaces, hyphens and
  // commas up to the first regex syntax, less a last character made optional by a quantifier.
  static String literalPrefix(String alt) {
    int i = 0;
    while (i < alt.length() && (isLiteral(alt.charAt(i)) || " -,".indexOf(alt.charAt(i)) >= 0)) {
      i++;
    }
    if (i < alt.length() && "?*{".indexOf(alt.charAt(i)) >= 0) {
      i--;
    }
    return alt.substring(0, Math.max(i, 0));
  }

  private static int code(char c) {
    return c >= 'a' && c <= 'z' ? c - 'a' : c >= '0' && c <= '9' ? 26 + c - '0' : -1;
  }

  private static boolean isLiteral(char c) {
    return c >= 'a' && c <= 'z' || c >= '0' && c <= '9';
  }

  private static List<String> splitTopLevel(String alternation) {
    List<String> out = new ArrayList<>();
    int depth = 0;
    int start = 0;
    for (int i = 0; i < alternation.length(); i++) {
      char c = alternation.charAt(i);
      if (c == '\\') {
        i++;
      } else if (c == '(') {
        depth++;
      } else if (c == ')') {
        depth--;
      } else if (c == '|' && depth == 0) {
        out.add(alternation.substring(start, i));
        start = i + 1;
      }
    }
    out.add(alternation.substring(start));
    return out;
  }
}
