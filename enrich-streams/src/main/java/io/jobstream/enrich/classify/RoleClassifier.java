package io.jobstream.enrich.classify;

import io.jobstream.model.EnrichedPosting.RoleType;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Scores a posting against every role category: a phrase in the title weighs {@value
 * #TITLE_WEIGHT}, a phrase in the duties 1 (each distinct phrase counted at most {@value
 * #CAP} times, so a repeated word cannot outvote the title). Scores are scaled to 0..1.
 */
public final class RoleClassifier {
  private static final int TITLE_WEIGHT = 6;
  private static final int CAP = 4;
  /** The body read: its first this many characters. */
  public static final int MAX_BODY = 30_000;
  private static final int MAX_EVIDENCE = 8;
  private static final PhraseIndex INDEX = new PhraseIndex(RoleKeywords.CATEGORIES);
  private static final List<String> CATEGORIES = List.copyOf(RoleKeywords.CATEGORIES.keySet());
  private static final int EXECUTIVE = CATEGORIES.indexOf("executive");

  // Where a title's head ends: a comma, a spaced dash, an opening bracket.
  private static final Pattern TITLE_PARTS = Pattern.compile(",| [-\u2013\u2014] |\\(");

  private RoleClassifier() {}

  /** The role type of a posting with {@code title} (may be null) and {@code body}. */
  public static RoleType classify(String title, String body) {
    return classify(title, body, null);
  }

  /**
   * As {@link #classify(String, String)}, given also {@code lowerBody}, the body lower-cased with
   * {@code Locale.ROOT} (may be null), so a caller that has it saves lower-casing it again.
   */
  public static RoleType classify(String title, String body, String lowerBody) {
    String text = body.length() > MAX_BODY ? body.substring(0, MAX_BODY) : body;
    String lower = text == body && lowerBody != null ? lowerBody : text.toLowerCase(Locale.ROOT);
    Tally tally = new Tally(title);
    INDEX.scanIndexed(lower, tally::add);
    return tally.result();
  }

  /** The phrases of each category, as lower-case alternations; the map's order breaks ties. */
  public static Map<String, String> phrases() {
    return Collections.unmodifiableMap(RoleKeywords.CATEGORIES);
  }

  /**
   * The scores of one posting as the phrases of its body are found: for a caller that finds them
   * in a scan of its own (with other phrases besides), over a body of at most {@link #MAX_BODY}
   * characters, in the order a scan of {@link #phrases()} would find them. Not thread-safe.
   */
  public static final class Tally {
    // Scores and counts by category, in the order of RoleKeywords.CATEGORIES.
    private final double[] raw = new double[CATEGORIES.size()];
    private final List<String> evidence = new ArrayList<>();
    // How often each phrase was counted, per category.
    private final Map<String, int[]> seen = new HashMap<>();

    /** A tally for a posting with {@code title} (may be null), the title already counted. */
    public Tally(String title) {
      if (title != null) {
        scanTitle(title.toLowerCase(Locale.ROOT), raw, evidence);
      }
    }

    /** Counts {@code phrase}, found in the body, for the category at {@code c} in {@link #phrases()}. */
    public void add(int c, String phrase) {
      int[] counts = seen.computeIfAbsent(phrase, p -> new int[raw.length]);
      if (++counts[c] <= CAP) {
        raw[c] += 1.0;
      }
      addEvidence(evidence, phrase);
    }

    /** The role type from everything counted. */
    public RoleType result() {
      double max = 0;
      for (double v : raw) {
        max = Math.max(max, v);
      }
      String primary = "other";
      Map<String, Double> scores = new LinkedHashMap<>();
      for (int c = 0; c < raw.length; c++) {
        scores.put(CATEGORIES.get(c), max == 0 ? 0 : Math.round(raw[c] / max * 100) / 100.0);
        if (max > 0 && raw[c] == max && primary.equals("other")) {
          primary = CATEGORIES.get(c);
        }
      }
      return new RoleType(primary, scores, evidence);
    }
  }

  // The head of a title names the job ("Paralegal, Campaign Finance Compliance"); what follows a
  // comma or dash qualifies it and weighs half. A vice president of a function works in that function.
  private static void scanTitle(String title, double[] raw, List<String> evidence) {
    String[] parts = TITLE_PARTS.split(title, 2);
    Map<Integer, Double> hits = new LinkedHashMap<>();
    for (int i = 0; i < parts.length; i++) {
      double weight = i == 0 ? TITLE_WEIGHT : TITLE_WEIGHT / 2.0;
      INDEX.scanIndexed(parts[i], (category, phrase) -> {
        hits.merge(category, weight, Double::sum);
        addEvidence(evidence, phrase);
      });
    }
    if (title.contains("vice president") && hits.size() > 1) {
      hits.remove(EXECUTIVE);
    }
    hits.forEach((c, w) -> raw[c] += w);
  }

  private static void addEvidence(List<String> evidence, String phrase) {
    if (evidence.size() < MAX_EVIDENCE && !evidence.contains(phrase)) {
      evidence.add(phrase);
    }
  }
}
