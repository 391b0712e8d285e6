package io.jobstream.enrich.extract;

import io.jobstream.enrich.text.LeadScan;
import io.jobstream.enrich.text.PostingLines;
import io.jobstream.enrich.text.WordSet;
import io.jobstream.model.EnrichedPosting;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** What a posting asks of a candidate: years of experience, degree, languages, driving licence. */
public final class Requirements {
  private static final Map<String, Integer> WORDS =
      Map.ofEntries(
          Map.entry("one", 1), Map.entry("two", 2), Map.entry("three", 3), Map.entry("four", 4),
          Map.entry("five", 5), Map.entry("six", 6), Map.entry("seven", 7), Map.entry("eight", 8),
          Map.entry("nine", 9), Map.entry("ten", 10));
  // Searched only from where a match can start: a number, or a number word's first letter.
  private static final LeadScan YEARS = LeadScan.wordsIgnoringCase(
      Pattern.compile(
          "(?i)\\b(\\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten)(?: \\(\\d{1,2}\\))?\\+?"
              + "(?: ?(?:-|–|to) ?(?:\\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten))?\\+? (?:or more )?years?"),
      "0123456789otfsen");
  // "Minimum of three years" states the requirement; a passing "(5 years)" elsewhere does not.
  private static final Pattern FIRM = Pattern.compile("(?i)\\b(?:minimum|at least|required|requires)\\b");
  private static final Pattern EXPERIENCE = Pattern.compile("(?i)experience|experienced");
  static final LeadScan DEGREE = LeadScan.wordsIgnoringCase(
      Pattern.compile(
          "(?i)\\b(no (?:college )?degree(?: is)? required|bachelor|b\\.a\\.|b\\.s\\.|master|ph\\.?d|doctorate"
              + "|juris doctor|j\\.d\\.|associate'?s? degree|high school diploma|\\bged\\b|college degree)"),
      "nbmpdjahgc");
  private static final LeadScan LANGUAGE_CONTEXT =
      LeadScan.ignoringCase(Pattern.compile("(?i)bilingual|bi-lingual|fluen|speak|language|proficien|multilingual"), "bfslpm");
  private static final List<String> LANGUAGES =
      List.of("Spanish", "Vietnamese", "Chinese", "Mandarin", "Cantonese", "Tagalog", "Korean", "Arabic",
          "French", "Portuguese", "Russian", "Haitian Creole", "Hmong", "Somali", "Japanese", "German",
          "Italian", "Polish", "Hindi", "Punjabi", "Urdu", "Bengali", "Farsi", "Amharic", "Khmer",
          "American Sign Language");
  private static final Pattern LICENSE = Pattern.compile("(?i)driv(?:er|ing)\\W{0,3}s?\\W{0,2} licen[cs]e");

  private Requirements() {}

  /** The requirements stated in {@code lines}; {@code degreeField} is a front-matter value or null. */
  public static EnrichedPosting.Requirements from(List<String> lines, String degreeField) {
    return from(PostingLines.of(lines), degreeField);
  }

  /** As {@link #from(List, String)}, over lines whose pre-checks are shared. */
  public static EnrichedPosting.Requirements from(PostingLines lines, String degreeField) {
    Integer years = null;
    Integer firmYears = null;
    String degree = degreeField == null ? null : degree(degreeField);
    List<String> languages = new ArrayList<>();
    Boolean license = null;
    // Each regex is tried only on lines naming one of the words its matches hold (the patterns
    // are ASCII case-insensitive, so the lower-cased line tells).
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      if (firmYears == null && lines.mentions(i, PostingLines.Words.YEAR)) {
        Integer y = years(line);
        years = years == null ? y : years;
        firmYears = y != null && FIRM.matcher(line).find() ? y : null;
      }
      if (degree == null && mayNameDegree(lines, i)) {
        degree = degree(line);
      }
      if (lines.mentions(i, PostingLines.Words.LANGUAGE) && LANGUAGE_CONTEXT.foundIn(line)) {
        for (String lang : LANGUAGES) {
          if (line.contains(lang) && !languages.contains(lang)) {
            languages.add(lang);
          }
        }
      }
      if (license == null && lines.mentions(i, PostingLines.Words.LICENSE) && LICENSE.matcher(line).find()) {
        license = Boolean.TRUE;
      }
    }
    return new EnrichedPosting.Requirements(firmYears != null ? firmYears : years, degree, languages, license);
  }

  // A pre-check for DEGREE, an ASCII case-insensitive pattern: words such as "managed" and
  // "graphic" no longer send a line to it.
  static boolean mayNameDegree(String line) {
    return mayNameDegree(PostingLines.of(List.of(line)), 0);
  }

  // Every DEGREE match holds one of the DEGREE words, or "ged" as a word, in the line lower-cased.
  private static boolean mayNameDegree(PostingLines lines, int i) {
    if (lines.mentions(i, PostingLines.Words.DEGREE)) {
      return true;
    }
    if (!lines.mentions(i, PostingLines.Words.GED)) {
      return false;
    }
    String lower = lines.lower(i);
    for (int at = lower.indexOf("ged"); at >= 0; at = lower.indexOf("ged", at + 1)) {
      if ((at == 0 || !WordSet.isAsciiWordChar(lower.charAt(at - 1)))
          && (at + 3 == lower.length() || !WordSet.isAsciiWordChar(lower.charAt(at + 3)))) {
        return true;
      }
    }
    return false;
  }

  private static Integer years(String line) {
    Matcher m = YEARS.matcher(line);
    for (int next = 0; YEARS.find(m, line, next); next = m.end()) {
      int from = Math.max(0, m.start() - 60);
      int to = Math.min(line.length(), m.end() + 60);
      if (EXPERIENCE.matcher(line.substring(from, to)).find()) {
        String n = m.group(1).toLowerCase(Locale.ROOT);
        return WORDS.containsKey(n) ? WORDS.get(n) : Integer.valueOf(n);
      }
    }
    return null;
  }

  private static String degree(String line) {
    Matcher m = DEGREE.find(line);
    if (m == null) {
      return null;
    }
    String d = m.group(1).toLowerCase(Locale.ROOT);
    if (d.startsWith("no ")) {
      return "none";
    }
    if (d.startsWith("bachelor") || d.startsWith("b.") || d.startsWith("college")) {
      return "bachelor";
    }
    if (d.startsWith("master")) {
      return "master";
    }
    if (d.startsWith("ph") || d.startsWith("doctorate")) {
      return "doctorate";
    }
    if (d.startsWith("juris") || d.startsWith("j.d")) {
      return "law";
    }
    return d.startsWith("associate") ? "associate" : "high_school";
  }
}
