package io.jobstream.enrich.extract;

import io.jobstream.enrich.text.PostingLines;
import io.jobstream.enrich.text.WordSet;
import io.jobstream.model.EnrichedPosting.Apply;
import java.util.List;
import java.util.regex.Pattern;

/**
 * How to apply: the email and URL named where the posting talks about applying, and the
 * instructions under a "To Apply" heading. Addresses are found by hand, not by regex, so that
 * long runs of word characters cannot make the search quadratic.
 */
public final class ApplyInfo {
  // Every alternative starts with "to", "how" or "appl" in some casing (checked before the regex).
  private static final Pattern HEADING =
      Pattern.compile(
          "(?i)(?:to apply|how to apply|application process|application instructions|apply)\\s*:.*"
              + "|(?:to apply|how to apply|application process|application instructions)[.!]?");
  private static final Pattern APPLY_WORDS =
      Pattern.compile("(?i)\\b(?:apply|applying|application|send|submit|email|e-mail|resume|résumé|cover letter|cv)\\b");
  // "Posted On:", "Compensation:": a new labelled section, no longer the instructions.
  private static final Pattern NEXT_SECTION = Pattern.compile("[A-Z][A-Za-z &]{1,30}:(?!//)");
  // Every line APPLY_WORDS matches holds one of these words ("e-mail" holds "mail"), in any casing.
  private static final WordSet APPLYING_WORDS =
      WordSet.of("apply", "applying", "application", "send", "submit", "email", "mail", "resume", "résumé", "cover", "cv");
  private static final int INSTRUCTION_LINES = 4;
  private static final int MAX_INSTRUCTIONS = 600;

  private ApplyInfo() {}

  /** How to apply; every part null when the posting says nothing about it. */
  public static Apply from(List<String> lines) {
    return from(PostingLines.of(lines));
  }

  /** As {@link #from(List)}, over lines whose pre-checks are shared. */
  public static Apply from(PostingLines lines) {
    int heading = -1;
    for (int i = 0; i < lines.size() && heading < 0; i++) {
      if (lines.get(i).length() < 1000 && Mentions.startsWithAnyCase(lines.get(i), "tha") && HEADING.matcher(lines.get(i)).matches()) {
        heading = i;
      }
    }
    String email = null;
    String url = null;
    for (int i = 0; i < lines.size() && (email == null || url == null); i++) {
      String line = lines.get(i);
      // Only a line holding an address or a link can give either; most lines hold neither.
      if (!lines.mentions(i, PostingLines.Words.ADDRESS) || line.indexOf('@') < 0 && !line.contains("http")) {
        continue;
      }
      boolean applying = heading >= 0 && i >= heading && i <= heading + 6
          || APPLYING_WORDS.anyIn(line) && APPLY_WORDS.matcher(line).find();
      if (applying && email == null) {
        email = Emails.first(line);
      }
      if (applying && url == null) {
        url = firstUrl(line);
      }
    }
    if (email == null) {
      for (int i = 0; i < lines.size() && email == null; i++) {
        email = lines.mentions(i, PostingLines.Words.EMAIL) ? Emails.first(lines.get(i)) : null;
      }
    }
    String instructions = heading < 0 ? null : instructions(lines.list(), heading);
    return new Apply(email, url, instructions);
  }

  private static String instructions(List<String> lines, int heading) {
    StringBuilder sb = new StringBuilder();
    String head = lines.get(heading);
    int colon = head.indexOf(':');
    if (colon >= 0 && colon + 1 < head.length()) {
      sb.append(head.substring(colon + 1).strip());
    }
    for (int i = heading + 1; i < lines.size() && i <= heading + INSTRUCTION_LINES && sb.length() < MAX_INSTRUCTIONS; i++) {
      if (NEXT_SECTION.matcher(lines.get(i)).lookingAt()) {
        break;
      }
      sb.append(sb.length() == 0 ? "" : " ").append(lines.get(i));
    }
    String s = sb.toString().strip();
    return s.isEmpty() ? null : s.length() > MAX_INSTRUCTIONS ? s.substring(0, MAX_INSTRUCTIONS) : s;
  }

  private static String firstUrl(String line) {
    int at = line.indexOf("http");
    while (at >= 0) {
      if (line.startsWith("http://", at) || line.startsWith("https://", at)) {
        int end = at;
        while (end < line.length() && !Character.isWhitespace(line.charAt(end)) && line.charAt(end) != ')') {
          end++;
        }
        return trimPunctuation(line.substring(at, end));
      }
      at = line.indexOf("http", at + 4);
    }
    return null;
  }

  static String trimPunctuation(String s) {
    int end = s.length();
    while (end > 0 && ".,;:!?'\"".indexOf(s.charAt(end - 1)) >= 0) {
      end--;
    }
    return s.substring(0, end);
  }
}
