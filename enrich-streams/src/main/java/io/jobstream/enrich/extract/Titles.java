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
  private static final Pattern JOB_AT = Pattern.compile("^(.{3,100}?) (?:Job|Position|Opening) at (.{2,200})$");
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
              + "|clinician|physician|assistant|aide|apprentice|trainee|operator|chair|advocate|driver|generalist|practitioner"
              + "|electrician|crew|fellowship|teacher|librarian|mechanic|custodian|dispatcher|caseworker|cook|guard)\\b[)]?$");
  // A role noun anywhere in a short title-cased line: "Medical Assistant - Family Medicine".
  private static final Pattern ROLE_ANYWHERE = Pattern.compile("(?i)" + ROLE_NOUN.pattern().substring(6, ROLE_NOUN.pattern().length() - 5));
  // Page headings that name the careers page, not the job.
  private static final Pattern GENERIC =
      Pattern.compile(
          "(?i)^(?:join (?:our|the) team|careers?|work with us|jobs|open (?:positions|roles)|current openings|employment"
              + "|(?:job )?opportunities|we'?re hiring!?|join us|get involved|apply now|job details?|job description"
              + "|(?:search|browse|find) (?:posted |all |open )?(?:jobs|openings|positions)|job search|post a job)$");
  // "Subject: Fwd: [list] VACANCY: Director of Policy, Org (London)": the role is what follows the tags.
  private static final Pattern SUBJECT =
      Pattern.compile(
          "(?i)^subject:\\s*(?:(?:fwd?|re|fw):\\s*|\\[[^\\]]{1,60}\\]\\s*|(?:now hiring|hiring|vacancy|job posting|job opening|job|opening|position)\\s*(?::|-|–)\\s*)*(.{3,150})$");
  private static final Pattern PREFIX =
      Pattern.compile("(?i)^(?:now hiring|hiring|vacancy|job posting|job opening|open position)\\s*:\\s*");
  private static final Pattern EMAIL_HEADER = Pattern.compile("^(?:Subject|From|To|Date|Sent|Cc|Reply-To):");
  private static final Pattern ROLE_WORD =
      Pattern.compile("(?i)\\b(?:organi[sz]er|coordinator|director|manager|specialist|engineer|developer|analyst"
          + "|officer|associate|assistant|counsel|attorney|designer|writer|strategist|nurse|intern|lead)\\b");
  // "We're hiring a Field Organizer!" announces the title; the title is what follows.
  private static final Pattern HIRING =
      Pattern.compile("(?i)^(?:we'?re|we are|now) (?:hiring|looking for|seeking)(?: an?)? (.{3,100}?)[!.]?$");
  private static final Pattern TERMS_IN_BRACKETS =
      Pattern.compile("\\s*\\((?=[a-z0-9])[^()]*\\b(?:time|hours?|week|month|contract|temporary|remote|hybrid)\\b[^()]*\\)$");
  private static final Pattern DECORATION = Pattern.compile("^[*=#~]+\\s*|\\s*[*=#~]+$");
  private static final Pattern WORD_BREAK = Pattern.compile("[\\s,/()–-]+");
  private static final Pattern SUBJECT_END = Pattern.compile(" at |, | - | – | \\(|!");
  private static final Pattern BULLET = Pattern.compile("^[•*\\-–]\\s*");
  private static final Pattern TITLE_PARTS = Pattern.compile(" [|–—-] ");
  private static final int HEAD_LINES = 20;
  private static final Pattern ROLE_NOUN_TAIL = Pattern.compile("(?i)" + ROLE_NOUN.pattern().substring(6));
  // The longest job noun as written in the pattern (at least as long as any text it matches), a ")" and slack.
  private static final int ROLE_NOUN_WINDOW = longestAlternative(ROLE_NOUN.pattern()) + 4;

  private static int longestAlternative(String pattern) {
    String alternation = pattern.substring(pattern.indexOf("(?:") + 3, pattern.lastIndexOf(")\\b"));
    int longest = 0;
    for (String alt : alternation.split("\\|")) {
      longest = Math.max(longest, alt.length());
    }
    return longest;
  }
  private static final int MAX_TITLE = 100;

  private Titles() {}

  /** {@code f} with a hiring announcement reduced to the title it announces; null stays null. */
  public static Found unwrap(Found f) {
    if (f == null) {
      return null;
    }
    String v = PREFIX.matcher(f.value()).replaceFirst("");
    Matcher at = jobAt(v);
    if (at != null) {
      v = at.group(1).strip();
    }
    Matcher m = HIRING.matcher(v.replace('’', '\''));
    v = m.matches() ? m.group(1).strip() : v;
    // "Case Manager, Resettlement Program (part-time, 24 hours/week)": terms in brackets are not the title.
    v = TERMS_IN_BRACKETS.matcher(v).replaceFirst("");
    return v.equals(f.value()) ? f : new Found(v, f.evidence());
  }

  /** An aggregator's "X Job at ORG" heading as a match of {@link #JOB_AT}, or null. */
  static Matcher jobAt(String line) {
    // Every JOB_AT match holds one of its three nouns followed by " at ".
    if (!line.contains(" at ") || !(line.contains(" Job at ") || line.contains(" Position at ") || line.contains(" Opening at "))) {
      return null;
    }
    Matcher at = JOB_AT.matcher(line);
    return at.matches() ? at : null;
  }

  /** The title found in the top lines, or null. */
  public static Found fromLines(List<String> lines) {
    int n = Math.min(lines.size(), HEAD_LINES);
    for (int i = 0; i < n; i++) {
      String line = lines.get(i);
      if (line.length() > 300) {
        continue;
      }
      Matcher label = line.indexOf(':') >= 0 && Mentions.startsWithAnyCase(line, "jptr") ? LABEL.matcher(line) : null;
      if (label != null && label.matches()) {
        return new Found(label.group(1).strip(), line);
      }
      Matcher at = jobAt(line);
      if (at != null) {
        return new Found(at.group(1).strip(), line);
      }
    }
    for (int i = 0; i < n; i++) {
      String line = decorationless(lines.get(i));
      if (line.length() <= MAX_TITLE && !line.endsWith(".") && !line.endsWith(":") && line.split(" ").length <= 12
          && !line.toLowerCase(Locale.ROOT).startsWith("based in") && !EMAIL_HEADER.matcher(line).lookingAt()
          && (line.split(" ").length <= 4 || titleCased(line))
          && (endsInRoleNoun(line) || titleCased(line) && ROLE_ANYWHERE.matcher(line).find())) {
        return new Found(tidy(line), lines.get(i));
      }
    }
    for (int i = 0; i < n; i++) {
      Matcher subject = Mentions.startsWithAnyCase(lines.get(i), "s") ? SUBJECT.matcher(lines.get(i)) : null;
      if (subject != null && subject.matches()) {
        String role = SUBJECT_END.split(subject.group(1))[0].strip();
        if (ROLE_ANYWHERE.matcher(role).find()) {
          return new Found(tidy(role), lines.get(i));
        }
      }
    }
    return null;
  }

  // ROLE_NOUN.matcher(line).matches(), trying only the line's tail: without line terminators in
  // the line, ".*" reaches any start, and a match starts within the longest job noun of the end.
  private static boolean endsInRoleNoun(String line) {
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029') {
        return ROLE_NOUN.matcher(line).matches();
      }
    }
    Matcher m = ROLE_NOUN_TAIL.matcher(line);
    m.useTransparentBounds(true).region(Math.max(0, line.length() - ROLE_NOUN_WINDOW), line.length());
    return m.find();
  }

  // "** Field Organizer **" as "Field Organizer", stripped. A line without any decoration
  // character is returned as it is: the regex, tried at every position of a long paragraph,
  // would cost more than the rest of the search.
  static String decorationless(String line) {
    String s = line.strip();
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '*' || c == '=' || c == '#' || c == '~') {
        return DECORATION.matcher(s).replaceAll("");
      }
    }
    return s;
  }

  // Most words capitalised, as titles are written ("Staff Attorney, Housing Unit"), unlike sentences.
  private static boolean titleCased(String line) {
    int words = 0;
    int caps = 0;
    for (String w : WORD_BREAK.split(line)) {
      if (w.length() > 3) {
        words++;
        caps += Character.isUpperCase(w.charAt(0)) ? 1 : 0;
      }
    }
    return words > 0 && caps * 10 >= words * 7 && Character.isUpperCase(line.charAt(0));
  }

  /**
   * A title from HTML metadata: the h1 when the page title agrees with it (pages often use the
   * h1 for the site's name), else the part of og:title or the page title that names a job
   * ("Highspot - Principal Engineer" gives "Principal Engineer").
   */
  public static Found fromHtml(String h1, String ogTitle, String htmlTitle) {
    String t = ogTitle != null ? ogTitle : htmlTitle;
    boolean h1Ok = h1 != null && h1.length() <= 150 && !GENERIC.matcher(h1.strip()).matches();
    if (h1Ok && (t == null || contains(t, h1) || htmlTitle != null && contains(htmlTitle, h1)
        || ROLE_ANYWHERE.matcher(h1).find())) {
      return Found.of(h1);
    }
    if (t == null) {
      return h1Ok ? Found.of(h1) : null;
    }
    String[] parts = TITLE_PARTS.split(t);
    String best = parts[0].strip();
    for (String part : parts) {
      if (ROLE_WORD.matcher(part).find()) {
        best = part.strip();
        break;
      }
    }
    return best.isEmpty() || GENERIC.matcher(best).matches() ? null : new Found(best, t);
  }

  private static boolean contains(String haystack, String needle) {
    return haystack.toLowerCase(Locale.ROOT).contains(needle.toLowerCase(Locale.ROOT));
  }

  // ALL-CAPS headings read better in title case; mixed case is the employer's choice.
  private static String tidy(String line) {
    String s = BULLET.matcher(line).replaceAll("");
    if (!s.equals(s.toUpperCase(Locale.ROOT))) {
      return s;
    }
    StringBuilder sb = new StringBuilder();
    for (String w : s.toLowerCase(Locale.ROOT).split(" ")) {
      if (sb.length() > 0 && java.util.Set.of("of", "and", "the", "for", "to", "in", "at", "on", "a", "an").contains(w)) {
        sb.append(' ').append(w);
      } else if (!w.isEmpty()) {
        sb.append(sb.length() == 0 ? "" : " ").append(Character.toUpperCase(w.charAt(0))).append(w.substring(1));
      }
    }
    return sb.toString();
  }
}
