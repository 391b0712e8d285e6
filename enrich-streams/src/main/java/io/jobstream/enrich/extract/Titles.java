package io.jobstream.enrich.extract;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the job title in the first lines of a text posting: a "Title:" label, an aggregator's
 * "X Job at Y" heading, or the first short line ending in a job noun ("Organizer").
 */
public final class Titles {
  static final Pattern JOB_AT = Pattern.compile("^(.{3,100}?) (?:Job|Position|Opening) at (.{2,200})$");
  private static final Pattern LABEL =
      Pattern.compile("(?i)^(?:job title|position title|title|position|role)\\s*:\\s*(.{3,100})$");
  private static final Pattern ROLE_NOUN =
      Pattern.compile(
          "(?i).*\\b(?:organi[sz]er|coordinator|director|manager|associate|assistant|specialist|strategist"
              + "|officer|advisor|adviser|analyst|representative|fellow|intern|internship|lead|counsel|attorney"
              + "|lawyer|paralegal|engineer|developer|writer|editor|designer|producer|scientist|researcher"
              + "|nurse|navigator|educator|trainer|administrator|accountant|bookkeeper|canvasser|agent"
              + "|consultant|planner|president|ceo|cfo|coo|cto|chief|programmer|technician|worker|clerk"
              + "|secretary|receptionist|steward|leader|head|partner|volunteer|member|counselor|therapist"
              + "|clinician|physician|assistant|aide|apprentice|trainee|operator|chair)\\b[)]?$");
  private static final Pattern ROLE_WORD =
      Pattern.compile("(?i)\\b(?:organi[sz]er|coordinator|director|manager|specialist|engineer|developer|analyst"
          + "|officer|associate|assistant|counsel|attorney|designer|writer|strategist|nurse|intern|lead)\\b");
  // "We're hiring a Field Organizer!" announces the title; the title is what follows.
  private static final Pattern HIRING =
      Pattern.compile("(?i)^(?:we'?re|we are|now) (?:hiring|looking for|seeking)(?: an?)? (.{3,100}?)[!.]?$");
  private static final int HEAD_LINES = 12;
  private static final int MAX_TITLE = 100;

  private Titles() {}

  /** {@code f} with a hiring announcement reduced to the title it announces; null stays null. */
  public static Found unwrap(Found f) {
    if (f == null) {
      return null;
    }
    Matcher m = HIRING.matcher(f.value().replace('’', '\''));
    return m.matches() ? new Found(m.group(1).strip(), f.evidence()) : f;
  }

  /** The title found in the top lines, or null. */
  public static Found fromLines(List<String> lines) {
    int n = Math.min(lines.size(), HEAD_LINES);
    for (int i = 0; i < n; i++) {
      String line = lines.get(i);
      if (line.length() > 300) {
        continue;
      }
      Matcher label = LABEL.matcher(line);
      if (label.matches()) {
        return new Found(label.group(1).strip(), line);
      }
      Matcher at = JOB_AT.matcher(line);
      if (at.matches()) {
        return new Found(at.group(1).strip(), line);
      }
    }
    for (int i = 0; i < n; i++) {
      String line = lines.get(i).strip();
      if (line.length() <= MAX_TITLE && !line.endsWith(".") && line.split(" ").length <= 12
          && !line.toLowerCase(Locale.ROOT).startsWith("based in") && ROLE_NOUN.matcher(line).matches()) {
        return new Found(tidy(line), line);
      }
    }
    return null;
  }

  /**
   * A title from HTML metadata: the h1 when the page title agrees with it (pages often use the
   * h1 for the site's name), else the part of og:title or the page title that names a job
   * ("Highspot - Principal Engineer" gives "Principal Engineer").
   */
  public static Found fromHtml(String h1, String ogTitle, String htmlTitle) {
    String t = ogTitle != null ? ogTitle : htmlTitle;
    if (h1 != null && h1.length() <= 150
        && (t == null || contains(t, h1) || htmlTitle != null && contains(htmlTitle, h1))) {
      return Found.of(h1);
    }
    if (t == null) {
      return h1 != null && h1.length() <= 150 ? Found.of(h1) : null;
    }
    String[] parts = t.split(" [|–—-] ");
    String best = parts[0].strip();
    for (String part : parts) {
      if (ROLE_WORD.matcher(part).find()) {
        best = part.strip();
        break;
      }
    }
    return best.isEmpty() ? null : new Found(best, t);
  }

  private static boolean contains(String haystack, String needle) {
    return haystack.toLowerCase(Locale.ROOT).contains(needle.toLowerCase(Locale.ROOT));
  }

  // ALL-CAPS headings read better in title case; mixed case is the employer's choice.
  private static String tidy(String line) {
    String s = line.replaceAll("^[•*\\-–]\\s*", "");
    if (!s.equals(s.toUpperCase(Locale.ROOT))) {
      return s;
    }
    StringBuilder sb = new StringBuilder();
    for (String w : s.toLowerCase(Locale.ROOT).split(" ")) {
      if (!w.isEmpty()) {
        sb.append(sb.length() == 0 ? "" : " ").append(Character.toUpperCase(w.charAt(0))).append(w.substring(1));
      }
    }
    return sb.toString();
  }
}
