package io.jobstream.enrich.classify;

import io.jobstream.enrich.extract.Found;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Seniority from the title's rank words, else from the years of experience asked for. A title
 * with neither is a mid-level staff job, the common case on the boards this serves.
 */
public final class SeniorityClassifier {
  private record Rank(String level, Pattern words) {}

  private static final List<Rank> RANKS =
      List.of(
          new Rank("intern", Pattern.compile("(?i)\\b(?:intern|internship|co-?op)\\b")),
          new Rank("executive", Pattern.compile(
              "(?i)\\b(?:executive director|chief|ceo|coo|cfo|cto|president|vice president|vp|secretary-treasurer)\\b")),
          new Rank("director", Pattern.compile("(?i)\\b(?:director|head of)\\b")),
          new Rank("manager", Pattern.compile("(?i)\\b(?:manager|supervisor|supervising)\\b")),
          new Rank("senior", Pattern.compile("(?i)\\b(?:senior|sr\\.?|principal|lead|staff engineer)\\b")),
          new Rank("entry", Pattern.compile("(?i)\\b(?:junior|jr\\.?|entry[- ]level|assistant|trainee|apprentice|fellow)\\b")));

  private SeniorityClassifier() {}

  /** The seniority and the phrase it came from; never null. */
  public static Found classify(String title, Integer yearsExperience) {
    if (title != null) {
      for (Rank r : RANKS) {
        Matcher m = r.words().matcher(title);
        if (m.find()) {
          return new Found(r.level(), m.group());
        }
      }
    }
    if (yearsExperience != null) {
      String level = yearsExperience >= 7 ? "senior" : yearsExperience >= 2 ? "mid" : "entry";
      return new Found(level, yearsExperience + (yearsExperience == 1 ? " year" : " years") + " of experience asked");
    }
    return new Found("mid", title == null ? "no rank stated" : title);
  }
}
