package io.jobstream.enrich.extract;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The terms of the job: employment type and workplace (remote, hybrid, onsite). */
public final class JobTerms {
  private static final Pattern TYPE_LABEL =
      Pattern.compile("(?i)\\b(?:employment type|job type|position type|type|schedule|status)\\s*:\\s*");
  private static final Pattern TYPE =
      Pattern.compile(
          "(?i)\\b(full[- ]?time|part[- ]?time|internship|temporary|temp|seasonal|fixed[- ]term|contract(?:or)?(?= (?:position|role|basis|job))|freelance)\\b");
  private static final Pattern HYBRID = Pattern.compile("(?i)\\bhybrid\\b");
  private static final Pattern REMOTE =
      Pattern.compile(
          "(?i)\\b(?:fully|100%|completely) remote\\b|\\bremote[- ](?:position|role|job|work|opportunity|first|friendly|eligible)"
              + "|\\bwork (?:from home|remotely)\\b|\\blocation:? remote\\b|^remote$|\\bremote \\(");
  private static final Pattern ONSITE = Pattern.compile("(?i)\\bon[- ]?site\\b|\\bin[- ]office\\b");
  private static final int MAX_SCAN = 400;

  private JobTerms() {}

  /** Normalises a stated employment type ("Full Time", "FULL_TIME", "Part-time") or null. */
  public static String normalise(String stated) {
    if (stated == null) {
      return null;
    }
    Matcher m = TYPE.matcher(stated.replace('_', ' '));
    if (m.find()) {
      return canonical(m.group(1));
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

  /** The employment type stated in the text: a labelled one first, else the first mention. */
  public static Found employmentType(List<String> lines) {
    int n = Math.min(lines.size(), MAX_SCAN);
    for (int i = 0; i < n; i++) {
      String line = lines.get(i);
      if (line.indexOf(':') < 0) {
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
      if (!Mentions.any(lines.get(i), "time", "intern", "temp", "seasonal", "term", "contract", "freelance")) {
        continue;
      }
      Matcher m = TYPE.matcher(lines.get(i));
      if (m.find()) {
        return new Found(canonical(m.group(1)), m.group());
      }
    }
    return null;
  }

  /** Remote, hybrid or onsite: the location phrase first, then the description. */
  public static Found workplace(String locationRaw, List<String> lines) {
    if (locationRaw != null) {
      String l = locationRaw.toLowerCase(Locale.ROOT);
      if (l.contains("hybrid")) {
        return new Found("hybrid", locationRaw);
      }
      if (l.contains("remote")) {
        return new Found("remote", locationRaw);
      }
    }
    int n = Math.min(lines.size(), MAX_SCAN);
    for (Pattern p : List.of(HYBRID, REMOTE, ONSITE)) {
      String word = p == HYBRID ? "hybrid" : p == REMOTE ? "remote" : p == ONSITE ? "site" : "";
      for (int i = 0; i < n; i++) {
        if (!Mentions.any(lines.get(i), word, "office")) {
          continue;
        }
        Matcher m = p.matcher(lines.get(i));
        if (m.find()) {
          String value = p == HYBRID ? "hybrid" : p == REMOTE ? "remote" : "onsite";
          return new Found(value, snippet(lines.get(i), m.start(), m.end()));
        }
      }
    }
    return null;
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
