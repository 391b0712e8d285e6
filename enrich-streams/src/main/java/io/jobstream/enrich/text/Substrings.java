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
  // out[state]: the families whose words end there. step[state * symbols + symbol] is the next
  // state's row (its number times symbols) shifted left once, with the low bit set when words end
  // there: the scan follows rows without a multiplication and looks at out only on a hit.
  private final int[] step;
  private final long[] out;
  // symbolOf with ASCII capitals read as small letters.
  private final int[] foldedSymbolOf = new int[ASCII];

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
    if ((long) states * symbols > Integer.MAX_VALUE >> 1) {
      throw new IllegalArgumentException("too many words: " + states + " states");
    }
    int[] delta = new int[states * symbols];
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
    step = encodeSteps(delta);
    for (int c = 0; c < ASCII; c++) {
      foldedSymbolOf[c] = symbolOf[c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c];
    }
  }

  private int[] encodeSteps(int[] delta) {
    int[] steps = new int[delta.length];
    for (int k = 0; k < delta.length; k++) {
      steps[k] = delta[k] * symbols << 1 | (out[delta[k]] != 0 ? 1 : 0);
    }
    return steps;
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
    int at = 0;
    for (int i = 0, n = text.length(); i < n; i++) {
      char c = text.charAt(i);
      at = step[(at >>> 1) + (c < ASCII ? symbolOf[c] : wideSymbol(c))];
      if ((at & 1) != 0) {
        found |= out[(at >>> 1) / symbols];
      }
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
    int at = 0;
    for (int i = 0, n = text.length(); i < n; i++) {
      char c = text.charAt(i);
      int symbol;
      if (c < ASCII) {
        symbol = foldedSymbolOf[c];
      } else if (c == KELVIN_SIGN) {
        symbol = symbolOf['k'];
      } else if (c == DOTTED_CAPITAL_I) {
        at = step[(at >>> 1) + symbolOf['i']];
        found |= (at & 1) != 0 ? out[(at >>> 1) / symbols] : 0;
        symbol = 0;
      } else {
        symbol = wideSymbol(c);
      }
      at = step[(at >>> 1) + symbol];
      if ((at & 1) != 0) {
        found |= out[(at >>> 1) / symbols];
      }
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
