package io.jobstream.enrich.text;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Queue;

/**
 * Tells which of up to 64 families of words occur in a text, in one pass over its characters.
 * It answers what {@code text.contains(word)} answers for every word at once: an Aho-Corasick
 * automaton over the words' characters, so a line is read once however many pre-checks want
 * to know about it, instead of once per word. Words are meant to be ASCII, with at most a few
 * other characters among them (a currency sign); a character no word holds ends every partial
 * match, as it would for {@code contains}. Immutable and thread-safe once built.
 */
public final class Substrings {
  private static final int ASCII = 128;
  private static final int MAX_WIDE = 8;
  // Symbol 0 stands for every character no word holds.
  private final int[] symbolOf = new int[ASCII];
  // The few characters beyond ASCII that words hold, and their symbols.
  private final char[] wide;
  private final int[] wideSymbol;
  private final int symbols;
  // delta[state * symbols + symbol]: the next state; out[state]: the families ending there.
  private final int[] delta;
  private final long[] out;

  private Substrings(List<List<String>> families) {
    if (families.size() > Long.SIZE) {
      throw new IllegalArgumentException("at most 64 families, not " + families.size());
    }
    int next = 1;
    StringBuilder wideChars = new StringBuilder();
    List<Integer> wideSymbols = new ArrayList<>();
    for (List<String> family : families) {
      for (String word : family) {
        if (word.isEmpty()) {
          throw new IllegalArgumentException("an empty word");
        }
        for (char c : word.toCharArray()) {
          if (c < ASCII && symbolOf[c] == 0) {
            symbolOf[c] = next++;
          } else if (c >= ASCII && wideChars.indexOf(String.valueOf(c)) < 0) {
            if (Character.isLetter(c) || c == COMBINING_DOT_ABOVE) {
              // inLowerCased would have to know which capitals lower-case to it.
              throw new IllegalArgumentException("a letter beyond ASCII in " + word);
            }
            if (wideChars.length() == MAX_WIDE) {
              throw new IllegalArgumentException("more than " + MAX_WIDE + " characters beyond ASCII in the words");
            }
            wideChars.append(c);
            wideSymbols.add(next++);
          }
        }
      }
    }
    symbols = next;
    wide = wideChars.toString().toCharArray();
    wideSymbol = wideSymbols.stream().mapToInt(Integer::intValue).toArray();
    // The trie, one row of children per state; -1 for no child.
    List<int[]> children = new ArrayList<>();
    List<Long> ends = new ArrayList<>();
    children.add(newRow());
    ends.add(0L);
    for (int f = 0; f < families.size(); f++) {
      for (String word : families.get(f)) {
        int state = 0;
        for (char c : word.toCharArray()) {
          int s = symbol(c);
          if (children.get(state)[s] < 0) {
            children.get(state)[s] = children.size();
            children.add(newRow());
            ends.add(0L);
          }
          state = children.get(state)[s];
        }
        ends.set(state, ends.get(state) | 1L << f);
      }
    }
    int states = children.size();
    delta = new int[states * symbols];
    out = new long[states];
    int[] fail = new int[states];
    // Breadth first, so a state's failure link is finished before its children need it.
    Queue<Integer> queue = new ArrayDeque<>();
    for (int s = 0; s < symbols; s++) {
      int child = children.get(0)[s];
      delta[s] = Math.max(child, 0);
      if (child > 0) {
        queue.add(child);
      }
    }
    out[0] = ends.get(0);
    while (!queue.isEmpty()) {
      int state = queue.remove();
      out[state] = ends.get(state) | out[fail[state]];
      for (int s = 0; s < symbols; s++) {
        int child = children.get(state)[s];
        if (child < 0) {
          delta[state * symbols + s] = delta[fail[state] * symbols + s];
        } else {
          fail[child] = delta[fail[state] * symbols + s];
          delta[state * symbols + s] = child;
          queue.add(child);
        }
      }
    }
  }

  private int[] newRow() {
    int[] row = new int[symbols];
    Arrays.fill(row, -1);
    return row;
  }

  /** A scanner for {@code families}: family {@code f} is bit {@code 1L << f} of what it finds. */
  public static Substrings of(List<List<String>> families) {
    return new Substrings(families);
  }

  /** The families with a word that {@code text} contains, one bit each. */
  public long in(CharSequence text) {
    long found = 0;
    int state = 0;
    for (int i = 0, n = text.length(); i < n; i++) {
      char c = text.charAt(i);
      state = delta[state * symbols + (c < ASCII ? symbolOf[c] : wideSymbol(c))];
      found |= out[state];
    }
    return found;
  }

  /**
   * What {@link #in} answers for {@code text.toString().toLowerCase(Locale.ROOT)}, without
   * building that copy: ASCII capitals are read as small letters, and so are the only two
   * characters beyond ASCII that lower-case into it (the Kelvin sign to {@code k}; the dotted
   * capital I to {@code i} and a combining dot, which no word holds).
   */
  public long inLowerCased(CharSequence text) {
    long found = 0;
    int state = 0;
    for (int i = 0, n = text.length(); i < n; i++) {
      char c = text.charAt(i);
      int symbol;
      if (c < ASCII) {
        symbol = symbolOf[c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c];
      } else if (c == KELVIN_SIGN) {
        symbol = symbolOf['k'];
      } else if (c == DOTTED_CAPITAL_I) {
        state = delta[state * symbols + symbolOf['i']];
        found |= out[state];
        symbol = 0;
      } else {
        symbol = wideSymbol(c);
      }
      state = delta[state * symbols + symbol];
      found |= out[state];
    }
    return found;
  }

  private static final char KELVIN_SIGN = '\u212a';
  private static final char DOTTED_CAPITAL_I = '\u0130';
  private static final char COMBINING_DOT_ABOVE = '\u0307';

  private int symbol(char c) {
    return c < ASCII ? symbolOf[c] : wideSymbol(c);
  }

  private int wideSymbol(char c) {
    for (int k = 0; k < wide.length; k++) {
      if (wide[k] == c) {
        return wideSymbol[k];
      }
    }
    return 0;
  }
}
