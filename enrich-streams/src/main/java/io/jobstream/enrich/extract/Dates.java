package io.jobstream.enrich.extract;

import io.jobstream.enrich.text.LeadScan;
import io.jobstream.enrich.text.PostingLines;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates in the forms postings use ("Friday, April 18, 2025", "March 15, 2024", "15 March 2024",
 * "2024-03-15", "3/15/2024") to ISO dates, and the posted and closing dates of a text posting.
 */
public final class Dates {
  private static final String MONTH =
      "(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?"
          + "|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?";
  private static final Pattern ISO = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})");
  private static final Pattern MDY = Pattern.compile("(?i)\\b" + MONTH + " (\\d{1,2})(?:st|nd|rd|th)?,? (\\d{4})\\b");
  private static final Pattern DMY = Pattern.compile("(?i)\\b(\\d{1,2})(?:st|nd|rd|th)? (?:of )?" + MONTH + ",? (\\d{4})\\b");
  private static final Pattern SLASH = Pattern.compile("\\b(\\d{1,2})/(\\d{1,2})/(\\d{4})\\b");
  // Both label patterns are tried only at the words their labels can start with.
  static final LeadScan POSTED = LeadScan.wordsIgnoringCase(
      Pattern.compile(
          "(?i)\\b(?:posted(?: on| date)?|date posted|posting date|published(?: on)?|listed(?: on)?)\\s*:?\\s*|^Date:\\s*"),
      "pdl");
  static final LeadScan CLOSING = LeadScan.wordsIgnoringCase(
      Pattern.compile(
          "(?i)\\b(?:closing date|application deadline|deadline(?: to apply)?|apply by|applications? (?:are )?due(?: by)?"
              + "|closes?(?: on)?|open until|expires?(?: on)?|review of applications begins|received by|accepted until"
              + "|reviewed until|(?:final )?deadline is|submitted by|no later than)\\s*:?\\s*"),
      "cadoerfsn");
  // "Send a resume ... to jobs@example.org by December 20, 2026": a date the application is due by.
  private static final Pattern BY_DATE =
      Pattern.compile("(?i)\\bby (?=(?:" + MONTH + " \\d{1,2}|\\d{1,2}(?:st|nd|rd|th)? " + MONTH + "),? \\d{4})");
  private static final Pattern APPLYING =
      Pattern.compile("(?i)\\b(?:apply|applications?|applicants|resume|cv|send|submit|email|letter|samples?|interest)\\b");
  private static final int NEAR = 60;

  private Dates() {}

  /** The ISO date in {@code text} (first found), or null. */
  public static String parse(String text) {
    if (text == null) {
      return null;
    }
    Matcher iso = ISO.matcher(text);
    if (iso.find()) {
      return date(iso.group(1), iso.group(2), iso.group(3));
    }
    Matcher mdy = MDY.matcher(text);
    if (mdy.find()) {
      return date(mdy.group(3), month(mdy.group(1)), mdy.group(2));
    }
    Matcher dmy = DMY.matcher(text);
    if (dmy.find()) {
      return date(dmy.group(3), month(dmy.group(2)), dmy.group(1));
    }
    Matcher slash = SLASH.matcher(text);
    return slash.find() ? date(slash.group(3), slash.group(1), slash.group(2)) : null;
  }

  /** The date after a "Posted on" label, or null. */
  public static Found posted(List<String> lines) {
    return posted(PostingLines.of(lines));
  }

  /** As {@link #posted(List)}, over lines whose pre-checks are shared. */
  public static Found posted(PostingLines lines) {
    return afterLabel(lines, POSTED, PostingLines.Words.POSTED);
  }

  /** The date after a deadline label, else an application "by" date, or null. */
  public static Found closing(List<String> lines) {
    return closing(PostingLines.of(lines));
  }

  /** As {@link #closing(List)}, over lines whose pre-checks are shared. */
  public static Found closing(PostingLines lines) {
    Found labelled = afterLabel(lines, CLOSING, PostingLines.Words.CLOSING);
    if (labelled != null) {
      return labelled;
    }
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      if (line.length() > 2000 || !line.contains("by ") || !lines.hasYear(i) || !APPLYING.matcher(line).find()) {
        continue;
      }
      Matcher m = BY_DATE.matcher(line);
      if (m.find()) {
        String iso = parse(line.substring(m.end(), Math.min(line.length(), m.end() + NEAR)));
        if (iso != null) {
          return new Found(iso, line.substring(m.start(), Math.min(line.length(), m.end() + 30)).strip());
        }
      }
    }
    return null;
  }

  // Every match of POSTED / CLOSING holds one of its family's words in some casing (a cheap pre-check).
  private static Found afterLabel(PostingLines lines, LeadScan label, PostingLines.Words words) {
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      // Every date parse() reads holds a four-digit year: in the line itself, or on the next line
      // after a label that ends its line.
      if (line.length() > 1000 || !lines.hasYear(i)
          && !(i + 1 < lines.size() && (line.length() <= 40 || Mentions.hasDigit(line)) && lines.hasYear(i + 1))) {
        continue;
      }
      if (!lines.mentions(i, words)) {
        continue;
      }
      Matcher m = label.matcher(line);
      for (int next = 0; label.find(m, line, next); next = m.end()) {
        String near = line.substring(m.end(), Math.min(line.length(), m.end() + NEAR));
        String iso = parse(near);
        if (iso == null && m.end() == line.length() && i + 1 < lines.size() && lines.get(i + 1).length() <= NEAR) {
          // A label alone on its line ("Posted:", "Application Deadline") dates the next line.
          near = lines.get(i + 1);
          iso = parse(near);
        }
        if (iso != null) {
          return new Found(iso, line.substring(m.start(), Math.min(line.length(), m.end() + NEAR)).strip());
        }
      }
    }
    return null;
  }

  private static String month(String name) {
    String n = name.toLowerCase(Locale.ROOT).substring(0, 3);
    int i = List.of("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec").indexOf(n);
    return String.valueOf(i + 1);
  }

  private static String date(String y, String m, String d) {
    try {
      return LocalDate.of(Integer.parseInt(y), Integer.parseInt(m), Integer.parseInt(d)).toString();
    } catch (DateTimeException | NumberFormatException e) {
      return null;
    }
  }
}
