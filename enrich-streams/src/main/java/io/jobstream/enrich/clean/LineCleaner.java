package io.jobstream.enrich.clean;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;

/**
 * Removes boilerplate lines: the other-jobs blocks, the self-identification form tail, a mailing
 * list's footer, apply widgets and menus, "you saw it on X" lines, tracking ids and tag clouds.
 * Lines are kept verbatim, except that a labelled id ("ref: X1y2") or a "please share widely"
 * sentence is cut out of a line that holds other text.
 */
final class LineCleaner {
  // A tail heading this early is a page menu, not the end of the posting: cutting there would
  // throw the posting away.
  private static final int MIN_CHARS_BEFORE_TAIL = 200;
  private static final int MAX_WIDGET_CHARS = 60;
  private static final int MAX_FORM_LABEL_CHARS = 160;
  private static final int MIN_JOB_LIST_RUN = 4;
  // A line this long is a paragraph: a block of other jobs' cards ends before it.
  private static final int PARAGRAPH_CHARS = 160;
  private static final int MAX_FOOTER_LINES = 8;
  private static final int MAX_ID_LINE_WORDS = 12;

  private LineCleaner() {}

  /** The lines worth keeping; what goes is recorded in {@code removals}. */
  static List<String> clean(List<String> all, Removals removals) {
    List<String> lines = dropListFooter(dropJobListRuns(all, removals), removals);
    List<String> kept = new ArrayList<>(lines.size());
    boolean afterWidget = false;
    boolean afterValediction = false;
    int chars = 0;
    int end = lines.size();
    for (int i = 0; i < end; i++) {
      String line = lines.get(i);
      if (chars >= MIN_CHARS_BEFORE_TAIL && line.length() <= 120) {
        if (LineRules.EEO_FORM_START.matches(line)) {
          removals.add(Removals.EEO_FORM, String.join("\n", lines.subList(i, end)));
          break;
        }
        if (LineRules.SIMILAR_HEADING.matches(line)) {
          i = skipOtherJobs(lines, i, removals) - 1;
          continue;
        }
      }
      long marks = LineRules.marks(line);
      String kind = kindOf(line, marks, afterWidget, afterValediction);
      afterWidget = Removals.APPLY_WIDGET.equals(kind);
      afterValediction |= line.length() <= 30 && LineRules.VALEDICTION.matches(line);
      if (kind == null && i + 1 < end && isIdLabel(line, lines.get(i + 1))) {
        removals.add(Removals.TRACKING_ID, line + "\n" + lines.get(++i));
        continue;
      }
      if (kind == null) {
        String rest = cutIds(line, removals);
        // Cutting an id out joins the text around it, which may hold fragments the line did not.
        long restMarks = rest == line ? marks : LineRules.marks(rest);
        rest = rest.isEmpty() || (restMarks & LineRules.SHARE_ASK_MARK) == 0 ? rest : cutShareAsks(rest, removals);
        if (!rest.isEmpty()) {
          kept.add(rest);
          chars += rest.length();
        }
      } else {
        removals.add(kind, line);
        // A tag-cloud heading takes its one line of tags with it.
        boolean tags = line.length() <= MAX_WIDGET_CHARS && LineRules.TAGS_HEADING.matches(line);
        if (tags && i + 1 < end && lines.get(i + 1).length() < 200) {
          removals.add(kind, lines.get(++i));
        }
      }
    }
    return kept;
  }

  // From a "Similar jobs" heading, the cards that follow: short lines, up to the next paragraph.
  private static int skipOtherJobs(List<String> lines, int heading, Removals removals) {
    int j = heading + 1;
    while (j < lines.size() && (lines.get(j).length() <= PARAGRAPH_CHARS || isExcerpt(lines.get(j)))) {
      j++;
    }
    // A short line right before the paragraph is that paragraph's heading.
    if (j < lines.size() && j - 1 > heading && lines.get(j - 1).length() <= 40) {
      j--;
    }
    removals.add(Removals.SIMILAR_JOBS, String.join("\n", lines.subList(heading, j)));
    return j;
  }

  // A run of "X jobs" lines is a list of other searches or jobs, whatever heading it has.
  private static List<String> dropJobListRuns(List<String> lines, Removals removals) {
    List<String> out = new ArrayList<>(lines.size());
    int i = 0;
    while (i < lines.size()) {
      int j = i;
      while (j < lines.size() && isJobListEntry(lines.get(j))) {
        j++;
      }
      if (j - i >= MIN_JOB_LIST_RUN) {
        removals.add(Removals.SIMILAR_JOBS, String.join("\n", lines.subList(i, j)));
        i = j;
      } else {
        out.add(lines.get(i));
        i++;
      }
    }
    return out;
  }

  /**
   * A mailing list's footer: the last separator-delimited block of an email when it speaks of
   * the list ("To unsubscribe ...", "laborjobs mailing list"), and a short block before it that
   * does too ("list moderator").
   */
  private static List<String> dropListFooter(List<String> lines, Removals removals) {
    int end = lines.size();
    for (int round = 0; round < 2; round++) {
      int sep = end - 1;
      while (sep >= 0 && end - sep <= MAX_FOOTER_LINES + 1 && !LineRules.SEPARATOR.matcher(lines.get(sep)).matches()) {
        sep--;
      }
      if (sep < 0 || end - sep > MAX_FOOTER_LINES + 1 || sep == end - 1 && round == 0) {
        break;
      }
      boolean listWords = false;
      for (int k = sep + 1; k < end && !listWords; k++) {
        listWords = LineRules.LIST_FOOTER.matcher(lines.get(k)).find();
      }
      if (!listWords) {
        break;
      }
      removals.add(Removals.NAVIGATION, String.join("\n", lines.subList(sep, end)));
      end = sep;
    }
    return end == lines.size() ? lines : lines.subList(0, end);
  }

  private static boolean isJobListEntry(String line) {
    return line.length() <= 70 && LineRules.mayBeJobListEntry(line) && LineRules.JOB_LIST_ENTRY.matcher(line).matches();
  }

  private static boolean isIdLabel(String line, String next) {
    return line.length() <= 30
        && LineRules.ID_LABEL.matches(line)
        && next.length() <= 40
        && LineRules.ID_VALUE.matcher(next).matches()
        && hasDigit(next);
  }

  // "Posted: 11/14/2026 Job #43007 ref: E06F..." keeps "Posted: 11/14/2026".
  private static String cutIds(String line, Removals removals) {
    if (line.length() > 200 || !hasDigit(line) || words(line) > MAX_ID_LINE_WORDS) {
      return line;
    }
    Matcher m = LineRules.LABELLED_ID_SCAN.matcher(line);
    StringBuilder out = null;
    int last = 0;
    for (int from = 0; LineRules.LABELLED_ID_SCAN.find(m, line, from); from = m.end()) {
      if (!hasDigit(m.group(1))) {
        continue;
      }
      if (out == null) {
        out = new StringBuilder(line.length());
      }
      out.append(line, last, m.start());
      removals.add(Removals.TRACKING_ID, m.group());
      last = m.end();
    }
    if (out == null) {
      return line;
    }
    out.append(line, last, line.length());
    return stripSeparators(out.toString());
  }

  // "Hi all -- please share widely!" goes; "We're hiring. Please share." keeps "We're hiring."
  private static String cutShareAsks(String line, Removals removals) {
    if (line.length() > 600 || !LineRules.mayBeShareAsk(line) || !LineRules.SHARE_ASK_SCAN.foundIn(line)) {
      return line;
    }
    StringBuilder kept = new StringBuilder(line.length());
    int start = 0;
    for (int i = 0; i <= line.length(); i++) {
      boolean end = i == line.length()
          || (line.charAt(i) == '.' || line.charAt(i) == '!' || line.charAt(i) == '?')
              && (i + 1 == line.length() || line.charAt(i + 1) == ' ');
      if (!end) {
        continue;
      }
      int stop = Math.min(i + 1, line.length());
      String sentence = line.substring(start, stop);
      if (LineRules.SHARE_ASK_SCAN.foundIn(sentence)) {
        removals.add(Removals.ATTRIBUTION, sentence);
      } else {
        kept.append(sentence);
      }
      start = stop;
    }
    return kept.toString().strip();
  }

  private static String stripSeparators(String s) {
    int a = 0;
    int b = s.length();
    while (a < b && !Character.isLetterOrDigit(s.charAt(a)) && s.charAt(a) != '$') {
      a++;
    }
    while (b > a && !Character.isLetterOrDigit(s.charAt(b - 1)) && ".)".indexOf(s.charAt(b - 1)) < 0) {
      b--;
    }
    return s.substring(a, b).strip();
  }

  private static int words(String s) {
    int n = 0;
    boolean in = false;
    for (int i = 0; i < s.length(); i++) {
      boolean letter = !Character.isWhitespace(s.charAt(i));
      n += letter && !in ? 1 : 0;
      in = letter;
    }
    return n;
  }

  private static boolean hasDigit(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (Character.isDigit(s.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  // `marks` are the line's LineRules.marks: a pre-check runs only where its fragment is.
  private static String kindOf(String line, long marks, boolean afterWidget, boolean afterValediction) {
    if (line.length() <= MAX_WIDGET_CHARS) {
      if (afterWidget && line.equalsIgnoreCase("or")) {
        return Removals.APPLY_WIDGET;
      }
      if (LineRules.TAGS_HEADING.matches(line)) {
        return Removals.NAVIGATION;
      }
    }
    if (line.length() <= MAX_FORM_LABEL_CHARS && LineRules.APPLY_WIDGET.matches(line)) {
      return Removals.APPLY_WIDGET;
    }
    if (line.length() <= 140
        && (LineRules.CHROME.matches(line)
            || LineRules.isMenuRow(line)
            || (marks & LineRules.BREADCRUMB_MARK) != 0 && LineRules.mayBeBreadcrumb(line)
                && LineRules.BREADCRUMB.matcher(line).matches()
            || LineRules.mayBeMasthead(line) && LineRules.MASTHEAD.matcher(line).matches())) {
      return Removals.NAVIGATION;
    }
    if (line.length() <= 300
        && ((marks & LineRules.COOKIE_MARK) != 0 && line.contains("ookie") && LineRules.COOKIE_LINE.matcher(line).matches()
            || (marks & LineRules.REGISTRATION_MARK) != 0 && LineRules.mayBeRegistration(line)
                && LineRules.REGISTRATION.matcher(line).matches()
            || (marks & LineRules.COPYRIGHT_MARK) != 0 && LineRules.mayBeCopyright(line)
                && LineRules.COPYRIGHT.matcher(line).matches())) {
      return Removals.NAVIGATION;
    }
    if (afterValediction && line.length() <= 120 && isQuotation(line)) {
      // A motto quoted under an email signature.
      return Removals.NAVIGATION;
    }
    if (line.length() < 400 && (marks & LineRules.ATTRIBUTION_MARK) != 0 && LineRules.mayBeAttribution(line)
        && LineRules.ATTRIBUTION.matcher(line).find()) {
      return Removals.ATTRIBUTION;
    }
    if (line.length() <= 202
        && (LineRules.isTrackingId(line)
            || line.indexOf('&') > 0 && line.indexOf('=') > 0 && LineRules.QUERY_STRING.matcher(line).matches())) {
      return Removals.TRACKING_ID;
    }
    return null;
  }

  // A card's snippet of another posting: "...Our technicians take pride in their work..."
  private static boolean isExcerpt(String line) {
    return line.startsWith("...") || line.startsWith("\u2026") || line.endsWith("...") || line.endsWith("\u2026");
  }

  private static boolean isQuotation(String line) {
    char a = line.charAt(0);
    char b = line.charAt(line.length() - 1);
    return (a == '"' || a == '\u201c') && (b == '"' || b == '\u201d') && line.length() > 2;
  }
}
