package io.jobstream.enrich.classify;

import io.jobstream.enrich.extract.Found;
import io.jobstream.enrich.text.LeadScan;
import io.jobstream.enrich.text.WordSet;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Seniority from the title's rank words, else from what the posting says of the level ("entry
 * level", "no experience required") and the years of experience it asks for. A title with none
 * of these is a mid-level staff job, the common case on the boards this serves. Stateless and
 * thread-safe.
 */
public final class SeniorityClassifier {
  private record Rank(String level, Pattern words) {}

  // Titles whose rank word does not rank them: a case manager manages cases, not staff.
  private static final Pattern NOT_A_RANK = Pattern.compile("(?i)\\b(?:case|care|property) manager\\b");

  private static final List<Rank> RANKS =
      List.of(
          new Rank("intern", Pattern.compile(
              "(?i)\\b(?:intern|internship|co-?op)\\b|\\b(?:summer|fall|spring|winter) (?:[\\w-]+ ){0,2}fellow(?:ship)?\\b")),
          new Rank("executive", Pattern.compile(
              "(?i)\\b(?:executive director|chief|ceo|coo|cfo|cto|president|vice president|vp|secretary-treasurer)\\b")),
          // A campaign manager runs the whole campaign, the director-level post on a campaign.
          new Rank("director", Pattern.compile("(?i)\\b(?:director|head of|campaign manager)\\b")),
          new Rank("manager", Pattern.compile("(?i)\\b(?:manager|supervisor|supervising)\\b")),
          new Rank("senior", Pattern.compile(
              "(?i)\\b(?:senior|sr\\.?|principal|lead|staff engineer|(?:associate|deputy) general counsel)\\b")),
          new Rank("entry", Pattern.compile(
              "(?i)\\b(?:junior|jr\\.?|entry[- ]level|assistant|trainee|apprentice|fellow|office administrator|receptionist|clerk"
                  + "|associate(?! (?:director|general|dean|professor|vice|counsel|editor|producer)))\\b")));

  // What a posting says of the level it hires at. Each alternative opens with words of its own
  // and needs a word of its own further on, so only the alternatives whose words a text holds
  // are tried, at their opening words only.
  private static final Pattern ENTRY_TEXT = Pattern.compile(
      "(?i)\\bentry[- ]level\\b|\\b(?:no|without) (?:prior |previous )?(?:[\\w-]+ ){0,2}experience (?:is )?(?:required|necessary|needed)"
          + "|\\bexperience (?:is )?(?:a plus|helpful|preferred|welcome)?,? ?but (?:is )?not required\\b|\\bwe(?:'ll| will)? train\\b");
  private static final String[][] ENTRY_OPENINGS = {{"entry"}, {"no", "without"}, {"experience"}, {"we"}};
  // ENTRY_TEXT scans by the alternatives that may match, as a bit set over ENTRY_OPENINGS.
  private static final LeadScan[] ENTRY_SCANS = new LeadScan[1 << ENTRY_OPENINGS.length];

  static {
    for (int set = 1; set < ENTRY_SCANS.length; set++) {
      List<String> openings = new ArrayList<>();
      for (int alt = 0; alt < ENTRY_OPENINGS.length; alt++) {
        if ((set & 1 << alt) != 0) {
          openings.addAll(List.of(ENTRY_OPENINGS[alt]));
        }
      }
      ENTRY_SCANS[set] = LeadScan.firstWordIn(ENTRY_TEXT, WordSet.of(openings.toArray(new String[0])));
    }
  }

  private static final Pattern SENIOR_TEXT = Pattern.compile("(?i)\\b(?:we need an?|seeking an?|looking for an?) (?:highly )?experienced\\b");

  private SeniorityClassifier() {}

  // Whether text holds the lower-case ASCII word in any casing: every SENIOR_TEXT match holds "experienced".
  private static boolean containsIgnoreCase(String text, String word) {
    int n = word.length();
    char c0 = word.charAt(0);
    char u0 = Character.toUpperCase(c0);
    for (int i = 0, last = text.length() - n; i <= last; i++) {
      char c = text.charAt(i);
      if ((c == c0 || c == u0) && text.regionMatches(true, i + 1, word, 1, n - 1)) {
        return true;
      }
    }
    return false;
  }

  // The scan for the ENTRY_TEXT alternatives a text may hold, or null for none; with no
  // lower-cased text to check, all of them. The alternatives match ASCII letters in any case, so
  // each one's needed word is in the lower-cased text wherever it matches.
  private static LeadScan entryScan(String lowerText) {
    if (lowerText == null) {
      return ENTRY_SCANS[ENTRY_SCANS.length - 1];
    }
    boolean experience = lowerText.contains("experience");
    int set = (lowerText.contains("entry") ? 1 : 0)
        | (experience && (lowerText.contains("required") || lowerText.contains("necessary") || lowerText.contains("needed")) ? 2 : 0)
        | (experience && lowerText.contains("not required") ? 4 : 0)
        | (lowerText.contains("train") ? 8 : 0);
    return set == 0 ? null : ENTRY_SCANS[set];
  }

  /** The seniority from the title and years alone; never null. */
  public static Found classify(String title, Integer yearsExperience) {
    return classify(title, yearsExperience, null);
  }

  /**
   * The seniority and the phrase it came from; never null. {@code text} (may be null) is the
   * posting's clean text, read for what it says of the level when the title has no rank word.
   */
  public static Found classify(String title, Integer yearsExperience, String text) {
    return classify(title, yearsExperience, text, null);
  }

  /**
   * As {@link #classify(String, Integer, String)}, given also {@code lowerText}, the text
   * lower-cased with {@code Locale.ROOT} (may be null), which makes the pre-checks cheaper.
   */
  public static Found classify(String title, Integer yearsExperience, String text, String lowerText) {
    if (title != null) {
      String t = NOT_A_RANK.matcher(title).replaceAll(" ");
      for (Rank r : RANKS) {
        Matcher m = r.words().matcher(t);
        if (m.find()) {
          return new Found(r.level(), m.group());
        }
      }
    }
    if (yearsExperience != null && yearsExperience >= 7) {
      return new Found("senior", yearsExperience + " years of experience asked");
    }
    if (text != null) {
      LeadScan entryScan = yearsExperience != null && yearsExperience > 1 ? null : entryScan(lowerText);
      Matcher entry = entryScan == null ? null : entryScan.find(text);
      if (entry != null) {
        return new Found("entry", entry.group());
      }
      Matcher senior = SENIOR_TEXT.matcher(text);
      if (yearsExperience == null
          && (lowerText != null ? lowerText.contains("experienced") : containsIgnoreCase(text, "experienced"))
          && senior.find()) {
        return new Found("senior", senior.group());
      }
    }
    if (yearsExperience != null) {
      String level = yearsExperience >= 2 ? "mid" : "entry";
      return new Found(level, yearsExperience + (yearsExperience == 1 ? " year" : " years") + " of experience asked");
    }
    return new Found("mid", title == null ? "no rank stated" : title);
  }
}
