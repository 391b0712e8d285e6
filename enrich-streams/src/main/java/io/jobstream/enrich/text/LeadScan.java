package io.jobstream.enrich.text;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A regex search that tries the pattern only where a match can begin. {@link Matcher#find()}
 * attempts the whole pattern at every position of the text; when every match starts with one
 * of a few ASCII characters (a word list such as {@code \b(?:entry|experience)}), looking at
 * the character first skips almost every attempt. The results are exactly those of
 * {@code find()}: the same leftmost match, tried position by position with the same bounds.
 * Immutable and thread-safe; each search uses its own {@link Matcher}.
 */
public final class LeadScan {
  private final Pattern pattern;
  private final boolean[] leads = new boolean[128];
  // Lead characters beyond ASCII ("£", "€"): few, so a string search is enough.
  private final String wideLeads;
  private final boolean wordStart;
  // When set, a match must start at a token of this set (the pattern's possible first words).
  private final WordSet firstWords;
  // When anchors is set, every match holds one of its characters within `reach` characters of
  // its start, so positions farther than that from the next one are skipped.
  private final boolean[] anchors;
  private final int reach;

  private LeadScan(Pattern pattern, String leadChars, boolean bothCases, boolean wordStart, WordSet firstWords) {
    this(pattern, leadChars, bothCases, wordStart, firstWords, null, 0);
  }

  private LeadScan(Pattern pattern, String leadChars, boolean bothCases, boolean wordStart, WordSet firstWords,
      boolean[] anchors, int reach) {
    this.pattern = pattern;
    this.anchors = anchors;
    this.reach = reach;
    this.wordStart = wordStart;
    this.firstWords = firstWords;
    StringBuilder wide = new StringBuilder();
    for (int i = 0; i < leadChars.length(); i++) {
      char c = leadChars.charAt(i);
      if (c >= 128) {
        if (bothCases) {
          throw new IllegalArgumentException("case-insensitive lead characters must be ASCII: " + leadChars);
        }
        wide.append(c);
        continue;
      }
      leads[c] = true;
      if (bothCases) {
        leads[Character.toUpperCase(c)] = true;
        leads[Character.toLowerCase(c)] = true;
      }
    }
    this.wideLeads = wide.toString();
  }

  /**
   * A scan for {@code pattern}, every match of which starts with one of {@code leadChars}.
   * The caller vouches for that; a wrong set would miss matches.
   */
  public static LeadScan of(Pattern pattern, String leadChars) {
    return new LeadScan(pattern, leadChars, false, false, null);
  }

  /**
   * As {@link #of}, for a pattern whose every match starts with {@code \\b} and a lead
   * character: positions right after a letter, digit or underscore are skipped too, since no
   * word boundary can fall there.
   */
  public static LeadScan words(Pattern pattern, String leadChars) {
    return new LeadScan(pattern, leadChars, false, true, null);
  }

  /** As {@link #of}, for an ASCII case-insensitive pattern: each lead letter counts in both cases. */
  public static LeadScan ignoringCase(Pattern pattern, String leadChars) {
    return new LeadScan(pattern, leadChars, true, false, null);
  }

  /**
   * As {@link #ignoringCase}, for a pattern whose every match starts with {@code \b} and a lead
   * letter: positions right after a letter, digit or underscore are skipped too, since no word
   * boundary can fall there.
   */
  public static LeadScan wordsIgnoringCase(Pattern pattern, String leadChars) {
    return new LeadScan(pattern, leadChars, true, true, null);
  }

  /**
   * A scan for a pattern whose every match starts with {@code \b} and one of {@code firstWords}
   * as a whole token ({@code \b(?:entry[- ]level|we(?:'ll| will)? train)} starts with "entry"
   * or "we"): the pattern is tried only at those tokens, every other token is stepped over.
   */
  public static LeadScan firstWordIn(Pattern pattern, WordSet firstWords) {
    return new LeadScan(pattern, "", false, true, firstWords);
  }

  /**
   * As {@link #of}, for a pattern every match of which holds one of the ASCII {@code anchorChars}
   * at most {@code reach} characters after its start (a money pattern: a digit, after at most a
   * currency code, a symbol and two spaces). Stretches of text with no anchor ahead are skipped
   * whole. The caller vouches for both facts; wrong ones would miss matches.
   */
  public static LeadScan of(Pattern pattern, String leadChars, String anchorChars, int reach) {
    boolean[] anchors = new boolean[128];
    for (char c : anchorChars.toCharArray()) {
      if (c >= 128) {
        throw new IllegalArgumentException("anchor characters must be ASCII: " + anchorChars);
      }
      anchors[c] = true;
    }
    if (reach < 0) {
      throw new IllegalArgumentException("reach must not be negative: " + reach);
    }
    return new LeadScan(pattern, leadChars, false, false, null, anchors, reach);
  }

  /** The pattern searched for. */
  public Pattern pattern() {
    return pattern;
  }

  /** A matcher over {@code text} for {@link #find(Matcher, CharSequence, int)}. */
  public Matcher matcher(CharSequence text) {
    // Transparent, non-anchoring bounds: \b, ^ and look-arounds see the whole text, as in find().
    return pattern.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
  }

  /** The first match in {@code text}, as a matcher holding it, or null. */
  public Matcher find(CharSequence text) {
    Matcher m = matcher(text);
    return find(m, text, 0) ? m : null;
  }

  /** Whether {@code text} holds a match. */
  public boolean foundIn(CharSequence text) {
    return find(matcher(text), text, 0);
  }

  /**
   * Moves {@code m} (from {@link #matcher} over {@code text}) to the first match starting at or
   * after {@code from}; false when there is none. Use {@code m.end()} as the next {@code from}.
   */
  public boolean find(Matcher m, CharSequence text, int from) {
    return firstWords != null ? findAtFirstWords(m, text, from) : findAtLeads(m, text, from);
  }

  private boolean findAtFirstWords(Matcher m, CharSequence text, int from) {
    int n = text.length();
    int i = from;
    while (i < n) {
      if (!WordSet.isWordChar(text.charAt(i))) {
        i++;
        continue;
      }
      int end = i + 1;
      while (end < n && WordSet.isWordChar(text.charAt(end))) {
        end++;
      }
      // A token starting before from is looked at only from its start, as find() would see it.
      if ((i == from && i > 0 && WordSet.isWordChar(text.charAt(i - 1))) || !firstWords.matchesToken(text, i, end)) {
        i = end;
        continue;
      }
      m.region(i, n);
      if (m.lookingAt()) {
        return true;
      }
      i = end;
    }
    return false;
  }

  private boolean findAtLeads(Matcher m, CharSequence text, int from) {
    int n = text.length();
    int anchor = -1;
    for (int i = from; i < n; i++) {
      if (anchors != null && anchor < i) {
        anchor = nextAnchor(text, i);
        if (anchor < 0) {
          return false;
        }
      }
      if (anchors != null && anchor - i > reach) {
        i = anchor - reach - 1;
        continue;
      }
      char c = text.charAt(i);
      if ((c < 128 ? leads[c] : wideLeads.indexOf(c) >= 0)
          && !(wordStart && i > 0 && WordSet.isWordChar(text.charAt(i - 1)))) {
        m.region(i, n);
        if (m.lookingAt()) {
          return true;
        }
      }
    }
    return false;
  }

  private int nextAnchor(CharSequence text, int from) {
    for (int i = from; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c < 128 && anchors[c]) {
        return i;
      }
    }
    return -1;
  }
}
