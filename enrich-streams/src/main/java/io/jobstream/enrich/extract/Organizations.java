package io.jobstream.enrich.extract;

import io.jobstream.enrich.text.LeadScan;
import io.jobstream.enrich.text.PostingLines;
import io.jobstream.enrich.text.WordSet;
import io.jobstream.model.EnrichedPosting;
import java.util.List;
import java.util.Locale;
import java.util.Set;
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
          "^(?:At )?((?:The )?[A-Z0-9][\\w&.'’ -]{1,70}?)(?: \\([A-Z0-9]{2,12}\\))? (?:(?:is|are) "
              + "(?:seeking|looking for|hiring|recruiting|searching for"
              + "|an? (?:[\\w-]+ ){0,4}(?:organization|organisation|union|nonprofit|non-profit|network"
              + "|campaign|coalition|company|association|group|movement|alliance|federation|foundation"
              + "|council|party|agency|firm|center|centre|clinic|institute|fund|project|trust|cooperative|co-op"
              + "|health center|law office|think tank|charity)\\b)"
              + "|(?:helps|works|represents|provides|supports|organizes|organises|fights|brings|builds|serves|unites"
              + "|protects|defends|produces|runs|coordinates|invests|administers|advocates|was founded|has provided)\\b)");
  // Words that make a line a job term, a label or a widget rather than a name; so do the marks of
  // NOT_ORG_MARKS anywhere, and a first character that is not a letter, digit or underscore.
  private static final Pattern NOT_ORG_WORD =
      Pattern.compile("(?i)\\b(?:full[- ]?time|part[- ]?time|remote|hybrid|on-?site|apply|save|share|posted|salary|jobs?|careers?"
          + "|search|sign in|about|description|summary|responsibilities|overview|contract|temporary|internship"
          + "|manage|accept|reject|preferences|cookies?|settings|got it|menu|home|close)\\b");
  private static final LeadScan NOT_ORG_WORD_SCAN = LeadScan.wordsIgnoringCase(NOT_ORG_WORD, "fprhoasjcdtimg");
  private static final String NOT_ORG_MARKS = ":@$£€/";
  private static final Pattern ROLE = Pattern.compile(
      "(?i)\\b(?:organi[sz]er|coordinator|director|manager|associate|assistant|specialist|strategist|officer|analyst"
          + "|attorney|paralegal|engineer|developer|nurse|intern|fellow|advocate|driver|administrator|secretary|generalist"
          + "|president|ceo|chief|programmer|writer|counsel)\\b");
  // Tried only at a word starting with a role's first letter: most of a line is stepped over.
  private static final LeadScan ROLE_SCAN = LeadScan.wordsIgnoringCase(ROLE, "ocdmaspenifgw");
  private static final Set<String> NOT_NAMES =
      Set.of("we", "this", "the", "our", "it", "he", "she", "they", "you", "there", "what", "who", "which");
  // Page titles of job boards: "Job Application for X at Org", "X @ Org", "Org hiring X in Y".
  private static final Pattern TITLE_AT = Pattern.compile("^.{2,150}? (?:at|@) ([^|@]{2,60}?)(?: \\|.{0,60})?$");
  private static final Pattern TITLE_HIRING = Pattern.compile("^([^|]{2,60}?) (?:is )?hiring .{2,200}$");
  private static final int HEAD_LINES = 30;
  private static final Pattern DISTRICT_AFTER = Pattern.compile(" \\([A-Z]{2}-?\\d{1,2}\\)$");
  private static final Pattern TITLE_PARTS = Pattern.compile(" [|–—-] ");
  private static final Pattern LEADING_THE_CAPS = Pattern.compile("^(?:The|THE) (?=[A-Z])");
  private static final Pattern ACRONYM = Pattern.compile("[A-Z.]{1,5}");
  private static final Pattern PAGE_WORD = Pattern.compile("(?i)(?:about|join|meet|why|how|what)\\b.*");
  private static final Pattern PRONOUN = Pattern.compile(".*\\b(?:We|we|You|you|Our|our)\\b.*");
  private static final Pattern ORG_LINE_PARTS = Pattern.compile(" [·•|] | [-–—] ");
  private static final Pattern ACRONYM_AFTER = Pattern.compile(" \\([A-Z0-9]{2,10}\\)$");
  private static final Pattern LEADING_THE = Pattern.compile("^(?i)the ");
  private static final Pattern STATE_AFTER_COMMA = Pattern.compile(".*, [A-Z]{2}\\b.*");

  private Organizations() {}

  // Every IS_SEEKING match holds one of its verbs with the space before it (the words of
  // PostingLines.Words.SEEKING, all in lower case, so a plain search for them is exact) within its
  // first SEEKING_REACH characters: "At ", a name of up to 75 characters, " (ACRONYM)" of up to
  // 15, then the longest verb, " has provided".
  private static final int SEEKING_REACH = 3 + 75 + 15 + " has provided".length();

  // Everything an IS_SEEKING match holds before its verb ("At ", "The ", the name, " (ACRONYM)")
  // is made of \w, "&.'’ -" and brackets, and so is every verb of SEEKING: a match's verb lies
  // before the first character of any other kind, which is where this returns.
  static int nameRun(String line) {
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      boolean nameChar = c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
          || "_&.'\u2019 -()".indexOf(c) >= 0;
      if (!nameChar) {
        return i;
      }
    }
    return line.length();
  }

  private static boolean mayBeSeeking(String line) {
    for (String v : PostingLines.Words.SEEKING.words()) {
      if (line.contains(v)) {
        return true;
      }
    }
    return false;
  }

  /** The employer found in the top lines, or null. */
  public static Found fromLines(List<String> lines) {
    return fromLines(PostingLines.of(lines));
  }

  /** As {@link #fromLines(List)}, over lines whose pre-checks are shared. */
  public static Found fromLines(PostingLines lines) {
    int n = Math.min(lines.size(), HEAD_LINES);
    for (int i = 0; i < n; i++) {
      String line = lines.get(i);
      if (line.length() > 300) {
        continue;
      }
      Matcher at = Titles.jobAt(line);
      if (at != null) {
        return new Found(tidy(TRAILING_PLACE.matcher(at.group(2).strip()).replaceFirst("")), line);
      }
      Matcher agency = line.indexOf('(') >= 0 ? AGENCY.matcher(line) : null;
      if (agency != null && agency.matches() && isName(agency.group(1)) && Character.isUpperCase(agency.group(1).charAt(0))) {
        return new Found(agency.group(1).strip(), line);
      }
    }
    for (int i = 0; i < n; i++) {
      String line = lines.get(i);
      if (line.length() < 20 || !Character.isUpperCase(line.charAt(0))) {
        continue;
      }
      // The line, lower-cased, names a SEEKING verb whenever its head holds one.
      if (!lines.mentions(i, PostingLines.Words.SEEKING)) {
        continue;
      }
      String head = line.length() > 400 ? line.substring(0, 400) : line;
      if (!mayBeSeeking(head.substring(0, Math.min(nameRun(head), SEEKING_REACH)))) {
        continue;
      }
      Matcher m = IS_SEEKING.matcher(head);
      if (m.lookingAt() && isName(m.group(1)) && !hasRole(m.group(1))) {
        return new Found(tidy(m.group(1)), line.substring(0, Math.min(line.length(), m.end())));
      }
    }
    return null;
  }

  /**
   * The employer printed on its own line next to the job title ("Senior Policy Advocate" over
   * "Golden State Food Justice Network"), or in an "Org - Place" line below it; or null.
   */
  public static Found nextToTitle(List<String> lines, String title) {
    if (title == null) {
      return null;
    }
    int n = Math.min(lines.size(), HEAD_LINES);
    String lowerTitle = title.toLowerCase(Locale.ROOT);
    for (int i = 0; i < n; i++) {
      String line = Titles.decorationless(lines.get(i));
      if (!line.equalsIgnoreCase(title) && !startsWithLowered(line, lowerTitle)) {
        continue;
      }
      for (int j : new int[] {i + 1, i - 1, i + 2}) {
        if (j >= 0 && j < n) {
          String name = orgLine(lines.get(j));
          if (name != null && mentionedElsewhere(lines, j, name)) {
            return new Found(name, lines.get(j));
          }
        }
      }
      return null;
    }
    return null;
  }

  // line.toLowerCase(ROOT).startsWith(lowerTitle), without lower-casing a line whose first
  // character already differs: an ASCII character lower-cases to exactly one ASCII character.
  private static boolean startsWithLowered(String line, String lowerTitle) {
    if (!line.isEmpty() && !lowerTitle.isEmpty() && line.charAt(0) < 128
        && Character.toLowerCase(line.charAt(0)) != lowerTitle.charAt(0)) {
      return false;
    }
    return line.toLowerCase(Locale.ROOT).startsWith(lowerTitle);
  }

  // A name is used again in the posting; a slogan, a place or a widget label is not.
  private static boolean mentionedElsewhere(List<String> lines, int at, String name) {
    for (int k = 0; k < lines.size(); k++) {
      if (k != at && lines.get(k).contains(name)) {
        EnrichedPosting.Location place = Location.parse(name);
        return place == null || place.region() == null && place.country() == null;
      }
    }
    return false;
  }

  private static String orgLine(String line) {
    String stripped = line.strip();
    // The part before the first separator (one cannot open a stripped line: it starts with a space).
    Matcher part = ORG_LINE_PARTS.matcher(stripped);
    String s = (part.find() ? stripped.substring(0, part.start()) : stripped).strip();
    s = LEADING_THE.matcher(ACRONYM_AFTER.matcher(s).replaceFirst("")).replaceFirst("");
    if (s.length() < 4 || s.length() > 80 || isNotOrgLine(s) || hasRole(s)
        || STATE_AFTER_COMMA.matcher(s).matches() || s.endsWith(".")) {
      return null;
    }
    String[] words = s.split(" ");
    int caps = 0;
    for (String w : words) {
      caps += !w.isEmpty() && (Character.isUpperCase(w.charAt(0)) || Character.isDigit(w.charAt(0))) || w.length() <= 3 ? 1 : 0;
    }
    return words.length >= 2 && words.length <= 10 && caps == words.length ? s : null;
  }

  /**
   * The employer in a page title of two parts, one naming the job or the careers page
   * ("Join Our Team | Dana Whitfield for State Senate", "Finance Director - Org"); or null.
   */
  public static Found fromPageTitle(String pageTitle, String jobTitle) {
    Found f = fromPageTitle(pageTitle);
    if (f != null || pageTitle == null || pageTitle.length() > 200) {
      return f;
    }
    String[] parts = TITLE_PARTS.split(pageTitle);
    if (parts.length != 2) {
      return null;
    }
    for (int i = 0; i < 2; i++) {
      String job = parts[i].strip();
      String other = DISTRICT_AFTER.matcher(parts[1 - i].strip()).replaceFirst("");
      boolean jobPart = CAREERS_PAGE.matcher(job).matches() || hasRole(job)
          || jobTitle != null && job.equalsIgnoreCase(jobTitle);
      if (jobPart && !hasRole(other) && !CAREERS_PAGE.matcher(other).matches() && isName(other)) {
        return new Found(tidy(other), pageTitle);
      }
    }
    return null;
  }

  private static final Pattern CAREERS_PAGE =
      Pattern.compile(
          "(?i)(?:join (?:our|the) team|careers?|work with us|jobs|open (?:positions|roles)|current openings|employment"
              + "|(?:job )?opportunities|we'?re hiring!?|join us|get involved|(?:fall|spring|summer|winter) (?:fellowship|internship)s?)");

  /** The employer named in an HTML page title, or null. */
  public static Found fromPageTitle(String title) {
    if (title == null || title.length() > 300) {
      return null;
    }
    Matcher at = TITLE_AT.matcher(title);
    if (at.matches()) {
      return new Found(tidy(TRAILING_PLACE.matcher(at.group(1).strip()).replaceFirst("")), title);
    }
    Matcher hiring = TITLE_HIRING.matcher(title);
    return hiring.matches() && isName(hiring.group(1)) ? new Found(tidy(hiring.group(1)), title) : null;
  }

  // What NOT_ORG_WORD, a mark of NOT_ORG_MARKS or a first character outside \w tells together:
  // a job term, a label or a widget rather than a name.
  static boolean isNotOrgLine(String s) {
    if (!s.isEmpty() && !WordSet.isAsciiWordChar(s.charAt(0))) {
      return true;
    }
    for (int i = 0; i < s.length(); i++) {
      if (NOT_ORG_MARKS.indexOf(s.charAt(i)) >= 0) {
        return true;
      }
    }
    return NOT_ORG_WORD_SCAN.foundIn(s);
  }

  // Whether s names a role ("Director", "organiser"): the words of ROLE.
  static boolean hasRole(String s) {
    return ROLE_SCAN.foundIn(s);
  }

  // "The Fair Shift Coalition" is filed under its name; a leading article is not part of it.
  private static String tidy(String name) {
    return LEADING_THE_CAPS.matcher(name.strip()).replaceFirst("");
  }

  private static boolean isName(String candidate) {
    String c = candidate.strip();
    if (c.length() < 4 || c.contains("'re") || c.contains("’re") || c.startsWith("Who ") || ACRONYM.matcher(c).matches()
        || PAGE_WORD.matcher(c).matches() || PRONOUN.matcher(c).matches()) {
      return false;
    }
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
