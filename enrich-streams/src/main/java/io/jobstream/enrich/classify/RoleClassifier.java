package io.jobstream.enrich.classify;

import io.jobstream.model.EnrichedPosting.RoleType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Scores a posting against every role category: a phrase in the title weighs {@value
 * #TITLE_WEIGHT}, a phrase in the duties 1 (each distinct phrase counted at most {@value
 * #CAP} times, so a repeated word cannot outvote the title). Scores are scaled to 0..1.
 */
public final class RoleClassifier {
  private static final int TITLE_WEIGHT = 6;
  private static final int CAP = 4;
  private static final int MAX_BODY = 30_000;
  private static final int MAX_EVIDENCE = 8;
  private static final PhraseIndex INDEX = new PhraseIndex(RoleKeywords.CATEGORIES);

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
    Map<String, Double> raw = new LinkedHashMap<>();
    RoleKeywords.CATEGORIES.keySet().forEach(c -> raw.put(c, 0.0));
    List<String> evidence = new ArrayList<>();
    if (title != null) {
      scanTitle(title.toLowerCase(Locale.ROOT), raw, evidence);
    }
    Map<String, Integer> seen = new HashMap<>();
    INDEX.scan(lower, (category, phrase) -> {
      if (seen.merge(category + ':' + phrase, 1, Integer::sum) <= CAP) {
        raw.merge(category, 1.0, Double::sum);
      }
      addEvidence(evidence, phrase);
    });
    double max = raw.values().stream().mapToDouble(Double::doubleValue).max().orElse(0);
    String primary = "other";
    Map<String, Double> scores = new LinkedHashMap<>();
    for (Map.Entry<String, Double> e : raw.entrySet()) {
      scores.put(e.getKey(), max == 0 ? 0 : Math.round(e.getValue() / max * 100) / 100.0);
      if (max > 0 && e.getValue() == max && primary.equals("other")) {
        primary = e.getKey();
      }
    }
    return new RoleType(primary, scores, evidence);
  }

  // The head of a title names the job ("Paralegal, Campaign Finance Compliance"); what follows a
  // comma or dash qualifies it and weighs half. A vice president of a function works in that function.
  private static void scanTitle(String title, Map<String, Double> raw, List<String> evidence) {
    String[] parts = title.split(",| [-–—] |\\(", 2);
    Map<String, Double> hits = new LinkedHashMap<>();
    for (int i = 0; i < parts.length; i++) {
      double weight = i == 0 ? TITLE_WEIGHT : TITLE_WEIGHT / 2.0;
      INDEX.scan(parts[i], (category, phrase) -> {
        hits.merge(category, weight, Double::sum);
        addEvidence(evidence, phrase);
      });
    }
    if (title.contains("vice president") && hits.size() > 1) {
      hits.remove("executive");
    }
    hits.forEach((c, w) -> raw.merge(c, w, Double::sum));
  }

  private static void addEvidence(List<String> evidence, String phrase) {
    if (evidence.size() < MAX_EVIDENCE && !evidence.contains(phrase)) {
      evidence.add(phrase);
    }
  }
}
