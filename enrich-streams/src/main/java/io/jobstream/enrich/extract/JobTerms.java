package io.jobstream.enrich.extract;

import io.jobstream.enrich.text.LeadScan;
import io.jobstream.enrich.text.PostingLines;
import io.jobstream.enrich.text.WordSet;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The terms of the job: employment type and workplace (remote, hybrid, onsite). */
public final class JobTerms {
  private static final Pattern TYPE_LABEL =
      Pattern.compile("(?i)\\b(?:employment type|job type|position type|type|schedule|status)\\s*:\\s*");
  static final Pattern TYPE =
      Pattern.compile(
          "(?i)\\b(full[- ]?time|part[- ]?time|internship|temporary|temp|seasonal|fixed[- ]term|contract(?:or)?(?= (?:position|role|basis|job))|freelance)\\b"
              + "|\\b(?:on an? |\\d{1,2}-month |(?:six|three|twelve|nine)-month )(contract)\\b|\\((contract)\\)");
  private static final Pattern TYPE_LABEL_ALONE =
      Pattern.compile("(?i)^(?:employment type|job type|position type|type|schedule|time type|work type)\\s*:?$");
  // A seasonal fellowship is an internship by another name ("Summer Data Fellow").
  private static final Pattern SEASONAL_FELLOW =
      Pattern.compile("(?i)\\b(?:summer|fall|spring|winter) (?:[\\w-]+ ){0,2}fellow(?:ship)?\\b");
  // Workplace phrases, tried only at the words each alternative can start with.
  private static final LeadScan HYBRID = LeadScan.firstWordIn(
      Pattern.compile(
          "(?i)\\bhybrid\\b|\\b(?:in person|in the office|in-office|on-?site)\\b[^.;]{0,60}\\b(?:\\d|one|two|three|four) days? (?:a|per|each) week"
              + "|\\b(?:option|ability|flexibility) (?:of|to) (?:working|work) (?:from home|remotely)"),
      WordSet.of("hybrid", "in", "on", "onsite", "option", "ability", "flexibility"));
  private static final LeadScan REMOTE = LeadScan.firstWordIn(
      Pattern.compile(
          "(?i)\\b(?:fully|100%|completely) remote\\b|\\bremote[- ](?:position|role|job|work|opportunity|first|friendly|eligible)(?! (?:is|are) not\\b| not\\b)"
              + "|\\bwork (?:from home|remotely)\\b|\\blocation:? remote\\b|^remote$|^remote ?[-–,(]|\\bremote \\("
              + "|\\b(?:position|role|job) is (?:fully )?remote\\b|\\bremote (?:from|in|within|anywhere)\\b"),
      WordSet.of("fully", "100", "completely", "remote", "work", "location", "position", "role", "job"));
  // Tried only at words opening with "n" or "r": a line that states remote work is often long.
  private static final LeadScan NOT_REMOTE = LeadScan.wordsIgnoringCase(
      Pattern.compile("(?i)\\b(?:no|not|non)[- ](?:a )?remote\\b|\\bremote work is not\\b"), "nr");
  private static final LeadScan ONSITE = LeadScan.firstWordIn(
      Pattern.compile(
          "(?i)\\bon[- ]?site\\b|\\bin[- ]office\\b|\\bin[- ]person (?:position|job|role|work)\\b|\\b(?:works?|working) in person\\b"
              + "|\\bin person at\\b|\\b(?:based|work|works|working|report|reports) (?:[\\w-]+ )?(?:in|at|from|out of|to) (?:our|the) (?:[\\w'’,-]+ ){0,4}?"
              + "(?:office|offices|hall|center|centre|headquarters|hq|clinic|campus|building|site)\\b"
              + "|\\bbased on campus\\b|\\bat our (?:[\\w'’-]+ ){0,3}?(?:clinic|health center|office)\\b"),
      WordSet.of("on", "onsite", "in", "work", "works", "working", "based", "report", "reports", "at"));
  private static final Pattern WORKPLACE_LABEL =
      Pattern.compile(
          "(?i)^(?:remote type|workplace(?: type)?|work(?:place)? (?:type|arrangement|model|setting)|location type|remote status|work location type)\\s*:?\\s*");
  private static final int MAX_SCAN = 400;
  // Every match of TYPE holds one of these words (HYBRID, REMOTE and ONSITE: one of their
  // PostingLines.Words families, the patterns being ASCII case-insensitive), so lines without them
  // skip the regex.
  private static final Mentions TYPE_WORDS = Mentions.of("time", "intern", "temp", "seasonal", "term", "contract", "freelance");

  private JobTerms() {}

  /** Normalises a stated employment type ("Full Time", "FULL_TIME", "Part-time") or null. */
  public static String normalise(String stated) {
    if (stated == null) {
      return null;
    }
    Matcher m = TYPE.matcher(stated.replace('_', ' '));
    if (m.find()) {
      return canonical(word(m));
    }
    String s = stated.toLowerCase(Locale.ROOT);
    return s.contains("contract") ? "contract" : s.contains("intern") ? "internship" : null;
  }

  /** Normalises a stated workplace ("Remote", "Hybrid", "On-site", "true" for a remote flag). */
  public static String normaliseWorkplace(String stated) {
    if (stated == null) {
      return null;
    }
    String s = stated.toLowerCase(Locale.ROOT);
    if (s.contains("hybrid")) {
      return "hybrid";
    }
    if (s.contains("remote") || s.equals("true") || s.equals("yes")) {
      return "remote";
    }
    return s.contains("site") || s.contains("office") ? "onsite" : null;
  }

  /** The employment type stated in the title ("Research Assistant (Temporary)", "Summer Data Fellow"), or null. */
  public static Found employmentTypeOfTitle(String title) {
    if (title == null) {
      return null;
    }
    if (SEASONAL_FELLOW.matcher(title).find()) {
      return new Found("internship", title);
    }
    Matcher m = TYPE.matcher(title);
    return m.find() ? new Found(canonical(word(m)), title) : null;
  }

  private static String word(Matcher m) {
    for (int g = 1; g <= m.groupCount(); g++) {
      if (m.group(g) != null) {
        return m.group(g);
      }
    }
    return m.group();
  }

  /** The employment type stated in the text: a labelled one first, else the first mention. */
  public static Found employmentType(List<String> lines) {
    return employmentType(PostingLines.of(lines));
  }

  /** As {@link #employmentType(List)}, over lines whose pre-checks are shared. */
  public static Found employmentType(PostingLines lines) {
    int n = Math.min(lines.size(), MAX_SCAN);
    for (int i = 0; i + 1 < n; i++) {
      String line = lines.get(i);
      if (line.length() <= 30 && Mentions.startsWithAnyCase(line.strip(), "ejpstw")
          && TYPE_LABEL_ALONE.matcher(line.strip()).matches()) {
        String t = lines.get(i + 1).length() <= 40 ? normalise(lines.get(i + 1)) : null;
        if (t != null) {
          return new Found(t, line + " " + lines.get(i + 1));
        }
      }
    }
    for (int i = 0; i < n; i++) {
      String line = lines.get(i);
      if (!labelWordBeforeColon(line)) {
        continue;
      }
      Matcher label = TYPE_LABEL.matcher(line);
      while (line.length() < 1000 && label.find()) {
        String near = line.substring(label.end(), Math.min(line.length(), label.end() + 30));
        String t = normalise(near);
        if (t != null) {
          return new Found(t, line.substring(label.start(), Math.min(line.length(), label.end() + 30)).strip());
        }
      }
    }
    for (int i = 0; i < n; i++) {
      if (!mayStateType(lines, i) || !TYPE_WORDS.in(lines.get(i))) {
        continue;
      }
      Matcher m = TYPE.matcher(lines.get(i));
      if (m.find()) {
        return new Found(canonical(word(m)), m.group());
      }
    }
    return null;
  }

  /** Remote, hybrid or onsite: the location phrase first, then a workplace label, then the description. */
  public static Found workplace(String locationRaw, List<String> lines) {
    return workplace(locationRaw, PostingLines.of(lines));
  }

  /** As {@link #workplace(String, List)}, over lines whose pre-checks are shared. */
  public static Found workplace(String locationRaw, PostingLines lines) {
    if (locationRaw != null) {
      String l = locationRaw.toLowerCase(Locale.ROOT);
      if (l.contains("hybrid")) {
        return new Found("hybrid", locationRaw);
      }
      if (l.contains("remote") && !NOT_REMOTE.foundIn(l)) {
        return new Found("remote", locationRaw);
      }
    }
    int n = Math.min(lines.size(), MAX_SCAN);
    Found labelled = labelled(lines, n);
    if (labelled != null) {
      return labelled;
    }
    for (LeadScan p : List.of(HYBRID, REMOTE, ONSITE)) {
      PostingLines.Words words = p == HYBRID ? PostingLines.Words.HYBRID : p == REMOTE ? PostingLines.Words.REMOTE : PostingLines.Words.ONSITE;
      for (int i = 0; i < n; i++) {
        String line = lines.get(i);
        if (line.length() > 3000 || !lines.mentions(i, words)) {
          continue;
        }
        Matcher m = p.find(line);
        if (m != null && !(p == REMOTE && NOT_REMOTE.foundIn(line))) {
          String value = p == HYBRID ? "hybrid" : p == REMOTE ? "remote" : "onsite";
          return new Found(value, snippet(line, m.start(), m.end()));
        }
      }
    }
    for (int i = 0; i < Math.min(n, 40); i++) {
      if (BASED_IN_LINE.matcher(lines.get(i)).matches()) {
        return new Found("onsite", lines.get(i));
      }
    }
    return null;
  }

  // "Based in Atlanta, GA" as the place line of a posting that never mentions remote work.
  private static final Pattern BASED_IN_LINE = Pattern.compile("^(?:Based|Located) in [A-Z][^.]{1,60}$");

  // "remote type" / "Workplace type: On-site": a field the applicant-tracking system fills in.
  private static Found labelled(PostingLines lines, int n) {
    for (int i = 0; i < n; i++) {
      String line = lines.get(i);
      if (line.length() > 80 || !Mentions.startsWithAnyCase(line, "rwl")) {
        continue;
      }
      Matcher m = WORKPLACE_LABEL.matcher(line);
      if (m.lookingAt()) {
        String value = m.end() < line.length() ? line.substring(m.end()) : i + 1 < n ? lines.get(i + 1) : null;
        String w = value == null || value.length() > 60 ? null : normaliseWorkplace(value);
        if (w != null) {
          return new Found(w, line + (m.end() < line.length() ? "" : " " + value));
        }
      }
    }
    return null;
  }

  // What every TYPE match holds, read in the line lower-cased: "time" alone ("at this time", "time
  // off") or "intern" alone ("internal") is not enough.
  static boolean mayStateType(String lower) {
    return mayStateType(PostingLines.of(List.of(lower)), 0);
  }

  private static boolean mayStateType(PostingLines lines, int i) {
    return lines.mentions(i, PostingLines.Words.TIME) && lines.mentions(i, PostingLines.Words.FULL_OR_PART)
        || lines.mentions(i, PostingLines.Words.INTERNSHIP) || lines.mentions(i, PostingLines.Words.TEMP)
        || lines.mentions(i, PostingLines.Words.SEASONAL)
        || lines.mentions(i, PostingLines.Words.FIXED) && lines.mentions(i, PostingLines.Words.TERM)
        || lines.mentions(i, PostingLines.Words.CONTRACT_OR_FREELANCE);
  }

  // Every TYPE_LABEL match ends in "type", "schedule" or "status", blanks and a colon: a cheap
  // pre-check that looks only before each colon of the line.
  private static boolean labelWordBeforeColon(String line) {
    for (int colon = line.indexOf(':'); colon >= 0; colon = line.indexOf(':', colon + 1)) {
      int end = colon;
      while (end > 0 && isRegexSpace(line.charAt(end - 1))) {
        end--;
      }
      for (String word : TYPE_LABEL_ENDS) {
        if (end >= word.length() && line.regionMatches(true, end - word.length(), word, 0, word.length())) {
          return true;
        }
      }
    }
    return false;
  }

  private static final String[] TYPE_LABEL_ENDS = {"type", "schedule", "status"};

  // What \s matches: space, tab, newline, vertical tab, form feed, carriage return.
  private static boolean isRegexSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
  }

  static String snippet(String line, int start, int end) {
    return line.substring(Math.max(0, start - 40), Math.min(line.length(), end + 40)).strip();
  }

  private static String canonical(String word) {
    String w = word.toLowerCase(Locale.ROOT);
    if (w.startsWith("full")) {
      return "full_time";
    }
    if (w.startsWith("part")) {
      return "part_time";
    }
    if (w.startsWith("intern")) {
      return "internship";
    }
    if (w.startsWith("contract") || w.startsWith("freelance")) {
      return "contract";
    }
    return "temporary";
  }
}
