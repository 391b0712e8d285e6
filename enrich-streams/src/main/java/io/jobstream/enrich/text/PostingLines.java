package io.jobstream.enrich.text;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The clean lines of one posting, with what the extractors' pre-checks ask of each line worked
 * out once and shared: which {@link Words} it mentions, whether it holds a year, the line
 * lower-cased. Several extractors read every line; each used to lower-case it and search it for
 * its own words, so a line was read a dozen times before any regex ran. Now it is read once,
 * when the first extractor asks, without a lower-cased copy. Not thread-safe: one instance
 * serves one enrichment.
 */
public final class PostingLines {
  /**
   * Word families the extractors look for before trying a regex, each true for a line whose
   * lower-cased text contains one of its words (as {@code String.contains} tells).
   */
  public enum Words {
    YEAR("year"),
    DEGREE("degree", "bachelor", "master", "phd", "ph.d", "doctor", "diploma", "b.a.", "b.s.", "j.d."),
    GED("ged"),
    LANGUAGE("bilingual", "bi-lingual", "fluen", "speak", "language", "proficien", "multilingual"),
    LICENSE("licen"),
    POSTED("post", "published", "listed", "date"),
    CLOSING("clos", "deadline", "apply", "due", "until", "expire", "begins", "received", "submitted", "later"),
    HYBRID("hybrid", "week", "home", "remotely"),
    REMOTE("remote", "home"),
    ONSITE("site", "office", "person", "hall", "cent", "headquarters", "hq", "clinic", "campus", "building"),
    TIME("time"),
    FULL_OR_PART("full", "part"),
    INTERNSHIP("internship"),
    TEMP("temp"),
    SEASONAL("seasonal"),
    FIXED("fixed"),
    TERM("term"),
    CONTRACT_OR_FREELANCE("contract", "freelance"),
    DIGIT("0", "1", "2", "3", "4", "5", "6", "7", "8", "9"),
    // Lower-cased, the currency marks salary lines carry: "$", "£", "€", and codes such as "USD".
    CURRENCY("$", "\u00a3", "\u20ac", "usd", "cad", "gbp", "eur", "aud"),
    // An email address or a link.
    ADDRESS("@", "http"),
    EMAIL("@"),
    // The verbs of an "X is seeking ..." opening, as Organizations searches for them: " is ", " helps", ...
    SEEKING(" is ", " are ", " helps", " works", " represents", " provides", " supports", " organizes", " organises",
        " fights", " brings", " builds", " serves", " unites", " protects", " defends", " produces", " runs",
        " coordinates", " invests", " administers", " advocates", " was founded", " has provided");

    private final List<String> words;

    Words(String... words) {
      this.words = List.of(words);
    }

    /** The words, any of which a line must contain (lower-cased) to mention the family. */
    public List<String> words() {
      return words;
    }

    long bit() {
      return 1L << ordinal();
    }
  }

  private static final Substrings WORDS = Substrings.of(Arrays.stream(Words.values()).map(w -> w.words).toList());
  // Set in words[i] once line i has been scanned; no family uses the top bit.
  private static final long SCANNED = Long.MIN_VALUE;
  private static final byte UNKNOWN = 0;
  private static final byte NO = 1;
  private static final byte YES = 2;

  private final List<String> lines;
  private final String[] lower;
  private final long[] words;
  private final byte[] year;

  private PostingLines(List<String> lines) {
    this.lines = lines;
    this.lower = new String[lines.size()];
    this.words = new long[lines.size()];
    this.year = new byte[lines.size()];
  }

  /** The posting made of {@code lines}, read as the extractors ask. */
  public static PostingLines of(List<String> lines) {
    return new PostingLines(List.copyOf(lines));
  }

  /** How many lines. */
  public int size() {
    return lines.size();
  }

  /** Line {@code i} as it is. */
  public String get(int i) {
    return lines.get(i);
  }

  /** The lines as a list. */
  public List<String> list() {
    return lines;
  }

  /** Line {@code i} lower-cased with {@code Locale.ROOT}. */
  public String lower(int i) {
    String l = lower[i];
    if (l == null) {
      l = lines.get(i).toLowerCase(Locale.ROOT);
      lower[i] = l;
    }
    return l;
  }

  /** Whether line {@code i}, lower-cased, contains one of {@code family}'s words. */
  public boolean mentions(int i, Words family) {
    long w = words[i];
    if (w == 0) {
      w = WORDS.inLowerCased(lines.get(i)) | SCANNED;
      words[i] = w;
    }
    return (w & family.bit()) != 0;
  }

  /** Whether line {@code i} holds four digits in a row, as every year does. */
  public boolean hasYear(int i) {
    if (year[i] == UNKNOWN) {
      year[i] = fourDigitsInARow(lines.get(i)) ? YES : NO;
    }
    return year[i] == YES;
  }

  private static boolean fourDigitsInARow(String s) {
    int run = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      run = c >= '0' && c <= '9' ? run + 1 : 0;
      if (run == 4) {
        return true;
      }
    }
    return false;
  }
}
