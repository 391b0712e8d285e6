package io.jobstream.enrich.extract;

import java.util.List;
import java.util.Set;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the employer in the first lines of a text posting: an aggregator's "X Job at ORG, City"
 * heading, a recruiter's "Agency (ORG) - Place" line, or an opening "ORG is seeking ..." sentence.
 */
public final class Organizations {
  private static final Pattern AGENCY = Pattern.compile("^[^()]{1,60} \\(([^()]{2,80})\\) [-–—] .{2,120}$");
  private static final Pattern TRAILING_PLACE = Pattern.compile(", [^,]{2,40}, [A-Z]{2}$");
  private static final Pattern IS_SEEKING =
      Pattern.compile(
          "^(?:At )?((?:The )?[A-Z0-9][\\w&.'’ -]{1,70}?)(?: \\([A-Z0-9]{2,12}\\))? (?:is|are) "
              + "(?:seeking|looking for|hiring|recruiting|searching for"
              + "|an? (?:[\\w-]+ ){0,4}(?:organization|organisation|union|nonprofit|non-profit|network"
              + "|campaign|coalition|company|association|group|movement|alliance|federation|foundation"
              + "|council|party|agency|firm)\\b)");
  private static final Set<String> NOT_NAMES =
      Set.of("we", "this", "the", "our", "it", "he", "she", "they", "you", "there", "what", "who", "which");
  // Page titles of job boards: "Job Application for X at Org", "X @ Org", "Org hiring X in Y".
  private static final Pattern TITLE_AT = Pattern.compile("^.{2,150}? (?:at|@) ([^|@]{2,60}?)(?: \\|.{0,60})?$");
  private static final Pattern TITLE_HIRING = Pattern.compile("^([^|]{2,60}?) (?:is )?hiring .{2,200}$");
  private static final int HEAD_LINES = 30;

  private Organizations() {}

  /** The employer found in the top lines, or null. */
  public static Found fromLines(List<String> lines) {
    int n = Math.min(lines.size(), HEAD_LINES);
    for (int i = 0; i < n; i++) {
      String line = lines.get(i);
      if (line.length() > 300) {
        continue;
      }
      Matcher at = Titles.JOB_AT.matcher(line);
      if (at.matches()) {
        return new Found(TRAILING_PLACE.matcher(at.group(2).strip()).replaceFirst(""), line);
      }
      Matcher agency = AGENCY.matcher(line);
      if (agency.matches()) {
        return new Found(agency.group(1).strip(), line);
      }
    }
    for (int i = 0; i < n; i++) {
      String line = lines.get(i);
      if (!line.contains(" is ") && !line.contains(" are ")) {
        continue;
      }
      Matcher m = IS_SEEKING.matcher(line.length() > 400 ? line.substring(0, 400) : line);
      if (m.lookingAt() && isName(m.group(1))) {
        return new Found(m.group(1).strip(), line.substring(0, Math.min(line.length(), m.end())));
      }
    }
    return null;
  }

  /** The employer named in an HTML page title, or null. */
  public static Found fromPageTitle(String title) {
    if (title == null || title.length() > 300) {
      return null;
    }
    Matcher at = TITLE_AT.matcher(title);
    if (at.matches()) {
      return new Found(at.group(1).strip(), title);
    }
    Matcher hiring = TITLE_HIRING.matcher(title);
    return hiring.matches() ? new Found(hiring.group(1).strip(), title) : null;
  }

  private static boolean isName(String candidate) {
    String[] words = candidate.strip().split(" ");
    String first = words[0].toLowerCase(Locale.ROOT);
    if (NOT_NAMES.contains(first) && words.length > 1
        && Set.of("ideal", "position", "role", "successful", "candidate", "job", "team").contains(words[1].toLowerCase(Locale.ROOT))) {
      return false;
    }
    return !(NOT_NAMES.contains(first) && words.length == 1)
        && !first.equals("this") && !first.equals("we") && !first.equals("our")
        && words.length <= 10;
  }
}
