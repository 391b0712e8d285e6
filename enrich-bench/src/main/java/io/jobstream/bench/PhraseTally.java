package io.jobstream.bench;

import com.fasterxml.jackson.databind.JsonNode;
import io.jobstream.enrich.eval.Scoring;

/**
 * Counts one extractor's mustKeep and mustRemove checks over a set of gold pages, with the
 * evaluator's matching rule ({@link Scoring#normalize}: case-insensitive, whitespace collapsed,
 * substring). A page the extractor failed on fails all its checks, as in the evaluator. Not thread-safe.
 */
public final class PhraseTally {
  private int pages;
  private int failures;
  private int keepPassed;
  private int keepTotal;
  private int removePassed;
  private int removeTotal;

  /** Scores one page: {@code text} is what the extractor kept, or null when it failed on the page. */
  public void add(JsonNode gold, String text) {
    pages++;
    if (text == null) {
      failures++;
    }
    String clean = text == null ? null : Scoring.normalize(text);
    for (JsonNode phrase : gold.path("mustKeep")) {
      keepTotal++;
      if (clean != null && clean.contains(Scoring.normalize(phrase.asText()))) {
        keepPassed++;
      }
    }
    for (JsonNode phrase : gold.path("mustRemove")) {
      removeTotal++;
      if (clean != null && !clean.contains(Scoring.normalize(phrase.asText()))) {
        removePassed++;
      }
    }
  }

  /** Adds {@code other}'s counts to this one (for the overall table). */
  public void addAll(PhraseTally other) {
    pages += other.pages;
    failures += other.failures;
    keepPassed += other.keepPassed;
    keepTotal += other.keepTotal;
    removePassed += other.removePassed;
    removeTotal += other.removeTotal;
  }

  public int pages() {
    return pages;
  }

  public int failures() {
    return failures;
  }

  public int keepPassed() {
    return keepPassed;
  }

  public int keepTotal() {
    return keepTotal;
  }

  public int removePassed() {
    return removePassed;
  }

  public int removeTotal() {
    return removeTotal;
  }

  /** All mustKeep and mustRemove checks passed, over all checks; 0 when there are none. */
  public double combined() {
    int total = keepTotal + removeTotal;
    return total == 0 ? 0 : (double) (keepPassed + removePassed) / total;
  }
}
