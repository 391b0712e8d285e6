package io.jobstream.enrich.classify;

import io.jobstream.enrich.text.WordSet;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds many keyword phrases in one pass over lower-case text. Each phrase is a small regex
 * that starts with two literal characters; the literal head of every phrase is stored in a
 * character trie, so at each word start one walk down the trie yields exactly the phrases whose
 * head is there, instead of one comparison per phrase sharing the first letters. Immutable and
 * thread-safe once built.
 */
public final class PhraseIndex {
  private record Phrase(int ordinal, String label, int labelIndex, Pattern pattern, String literal, boolean whole) {}

  /** Receives each phrase a scan finds, with its label's index in the map the index was built from. */
  @FunctionalInterface
  public interface IndexedHits {
    /** Called for a phrase found under the label at {@code labelIndex}. */
    void hit(int labelIndex, String phrase);
  }

  // Trie edges: a-z, 0-9, then the space, hyphen and comma a literal head may hold.
  private static final int EDGES = 39;
  private static final int ALPHABET = 36;
  private final int phrases;
  // The finished trie, packed for the scan: the edges of node n are edgeCode[k] -> edgeTarget[k]
  // for k in [firstEdge[n], firstEdge[n + 1]). Most nodes have one edge, so a table of every
  // possible edge per node would be forty times larger and fall out of the cache between pages.
  private final int[] firstEdge;
  private final byte[] edgeCode;
  private final int[] edgeTarget;
  private final Phrase[][] ends;
  // The node two letters down from the root, by the pair's codes: most word starts stop here.
  private final int[] pairNode = new int[ALPHABET * ALPHABET];

  /**
   * Indexes {@code alternations}: label to a lower-case regex alternation ({@code a|b(?:c|d)}).
   *
   * @throws IllegalArgumentException when an alternative does not start with two literal characters
   */
  public PhraseIndex(Map<String, String> alternations) {
    Trie trie = new Trie();
    List<String> labels = List.copyOf(alternations.keySet());
    alternations.forEach((label, alternation) -> {
      for (String alt : splitTopLevel(alternation)) {
        if (alt.length() < 2 || !isLiteral(alt.charAt(0)) || !isLiteral(alt.charAt(1))) {
          throw new IllegalArgumentException("phrase must start with two literal characters: " + alt);
        }
        String literal = literalPrefix(alt);
        // A head shorter than two characters ("ab?c" gives "a") is still looked up by its first two.
        String path = literal.length() >= 2 ? literal : alt.substring(0, 2);
        trie.add(path, label, labels.indexOf(label), alt, literal);
      }
    });
    phrases = trie.phrases;
    int nodes = trie.children.size();
    firstEdge = new int[nodes + 1];
    int edges = 0;
    for (int node = 0; node < nodes; node++) {
      for (int child : trie.children.get(node)) {
        edges += child >= 0 ? 1 : 0;
      }
    }
    edgeCode = new byte[edges];
    edgeTarget = new int[edges];
    ends = new Phrase[nodes][];
    int k = 0;
    for (int node = 0; node < nodes; node++) {
      firstEdge[node] = k;
      int[] children = trie.children.get(node);
      for (int e = 0; e < EDGES; e++) {
        if (children[e] >= 0) {
          edgeCode[k] = (byte) e;
          edgeTarget[k++] = children[e];
        }
      }
      ends[node] = trie.ending.get(node) == null ? null : trie.ending.get(node).toArray(new Phrase[0]);
    }
    firstEdge[nodes] = k;
    for (int c0 = 0; c0 < ALPHABET; c0++) {
      int first = child(0, c0);
      for (int c1 = 0; c1 < ALPHABET; c1++) {
        pairNode[c0 * ALPHABET + c1] = first < 0 ? -1 : child(first, c1);
      }
    }
  }

  /** Calls {@code hit(label, phrase)} for every phrase starting at a word start of {@code lower}. */
  public void scan(String lower, BiConsumer<String, String> hit) {
    scan(lower, hit, null);
  }

  /**
   * As {@link #scan(String, BiConsumer)}, each label given by its index in the map the index was
   * built from, which saves the reader looking the label up.
   */
  public void scanIndexed(String lower, IndexedHits hit) {
    scan(lower, null, hit);
  }

  private void scan(String lower, BiConsumer<String, String> byLabel, IndexedHits byIndex) {
    Matcher[] matchers = new Matcher[phrases];
    Phrase[] candidates = new Phrase[phrases];
    // The characters once, as an array: String.charAt asks each time whether the text is Latin-1.
    char[] text = lower.toCharArray();
    int n = text.length;
    // From word start to word start: after each, the rest of its word is skipped in a tight loop.
    for (int i = 0; i + 1 < n; ) {
      char c = text[i];
      if (!isWordChar(c)) {
        i++;
        continue;
      }
      int start = i;
      do {
        i++;
      } while (i < n && isWordChar(text[i]));
      int c0 = code(c);
      int c1 = c0 < 0 ? -1 : code(text[start + 1]);
      int node = c1 < 0 ? -1 : pairNode[c0 * ALPHABET + c1];
      if (node < 0) {
        continue;
      }
      int count = 0;
      for (int j = start + 2; ; j++) {
        if (ends[node] != null) {
          for (Phrase p : ends[node]) {
            candidates[count++] = p;
          }
        }
        int e = j < n ? edge(text[j]) : -1;
        node = e < 0 ? -1 : child(node, e);
        if (node < 0) {
          break;
        }
      }
      // Heads of different lengths end at different nodes; hits keep the order phrases were
      // declared in. There are seldom more than two, so an insertion sort does.
      for (int k = 1; k < count; k++) {
        Phrase p = candidates[k];
        int at = k;
        for (; at > 0 && candidates[at - 1].ordinal() > p.ordinal(); at--) {
          candidates[at] = candidates[at - 1];
        }
        candidates[at] = p;
      }
      for (int k = 0; k < count; k++) {
        Phrase p = candidates[k];
        if (p.whole()) {
          // A phrase without regex syntax: it matches when the \\b after it holds. Decided here when
          // the next character is ASCII (where every definition of a word character agrees).
          int end = start + p.literal().length();
          if (end == n) {
            report(byLabel, byIndex, p, p.literal());
            continue;
          }
          char next = text[end];
          if (next < 128) {
            if (!WordSet.isAsciiWordChar(next)) {
              report(byLabel, byIndex, p, p.literal());
            }
            continue;
          }
        }
        Matcher m = matchers[p.ordinal()];
        if (m == null) {
          m = p.pattern().matcher(lower).useAnchoringBounds(false).useTransparentBounds(true);
          matchers[p.ordinal()] = m;
        }
        m.region(start, n);
        if (m.lookingAt()) {
          report(byLabel, byIndex, p, m.group());
        }
      }
    }
  }

  // The node below `node` along `edge`, or -1.
  private int child(int node, int edge) {
    for (int k = firstEdge[node], end = firstEdge[node + 1]; k < end; k++) {
      if (edgeCode[k] == edge) {
        return edgeTarget[k];
      }
    }
    return -1;
  }

  private static void report(BiConsumer<String, String> byLabel, IndexedHits byIndex, Phrase p, String phrase) {
    if (byIndex != null) {
      byIndex.hit(p.labelIndex(), phrase);
    } else {
      byLabel.accept(p.label(), phrase);
    }
  }

  /** The trie while it is built, node by node; the index keeps a flat copy. */
  private static final class Trie {
    final List<int[]> children = new ArrayList<>();
    final List<List<Phrase>> ending = new ArrayList<>();
    int phrases;

    Trie() {
      newNode();
    }

    void add(String path, String label, int labelIndex, String alt, String literal) {
      int node = 0;
      for (int i = 0; i < path.length(); i++) {
        node = child(node, edge(path.charAt(i)));
      }
      if (ending.get(node) == null) {
        ending.set(node, new ArrayList<>());
      }
      ending.get(node).add(new Phrase(phrases++, label, labelIndex, Pattern.compile(alt + "\\b"), literal,
          literal.equals(alt) && isLiteral(alt.charAt(alt.length() - 1))));
    }

    private int newNode() {
      int[] edges = new int[EDGES];
      Arrays.fill(edges, -1);
      children.add(edges);
      ending.add(null);
      return children.size() - 1;
    }

    private int child(int node, int edge) {
      int child = children.get(node)[edge];
      if (child < 0) {
        child = newNode();
        children.get(node)[edge] = child;
      }
      return child;
    }
  }

  // A letter or digit: where a word goes on (the underscore, unlike in regex \\w, does not).
  private static boolean isWordChar(char c) {
    return c < 128 ? c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c >= 'A' && c <= 'Z' : Character.isLetterOrDigit(c);
  }

  private static int edge(char c) {
    int code = code(c);
    return code >= 0 ? code : c == ' ' ? ALPHABET : c == '-' ? ALPHABET + 1 : c == ',' ? ALPHABET + 2 : -1;
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
