package io.jobstream.enrich.clean;

import java.util.ArrayList;
import java.util.List;

/**
 * Removes boilerplate lines: the other-jobs tail, the self-identification form tail, apply
 * widgets, "you saw it on X" lines, tracking ids and tag clouds. Lines are kept verbatim.
 */
final class LineCleaner {
  // A tail heading this early is a page menu, not the end of the posting: cutting there would
  // throw the posting away.
  private static final int MIN_CHARS_BEFORE_TAIL = 200;
  private static final int MAX_WIDGET_CHARS = 60;
  private static final int MIN_JOB_LIST_RUN = 4;

  private LineCleaner() {}

  /** The lines worth keeping; what goes is recorded in {@code removals}. */
  static List<String> clean(List<String> all, Removals removals) {
    List<String> lines = dropJobListRuns(all, removals);
    int end = tailStart(lines, removals);
    List<String> kept = new ArrayList<>(end);
    boolean afterWidget = false;
    for (int i = 0; i < end; i++) {
      String line = lines.get(i);
      String kind = kindOf(line, afterWidget);
      afterWidget = Removals.APPLY_WIDGET.equals(kind);
      if (kind == null) {
        kept.add(line);
      } else {
        removals.add(kind, line);
        // A tag-cloud heading takes its one line of tags with it.
        boolean tags = line.length() <= MAX_WIDGET_CHARS && LineRules.TAGS_HEADING.matcher(line).matches();
        if (tags && i + 1 < end && lines.get(i + 1).length() < 200) {
          removals.add(kind, lines.get(++i));
        }
      }
    }
    return kept;
  }

  // A run of "X jobs" lines is a list of other searches or jobs, whatever heading it has.
  private static List<String> dropJobListRuns(List<String> lines, Removals removals) {
    List<String> out = new ArrayList<>(lines.size());
    int i = 0;
    while (i < lines.size()) {
      int j = i;
      while (j < lines.size() && lines.get(j).length() <= 70 && LineRules.JOB_LIST_ENTRY.matcher(lines.get(j)).matches()) {
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

  private static int tailStart(List<String> lines, Removals removals) {
    int chars = 0;
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      if (chars >= MIN_CHARS_BEFORE_TAIL && line.length() <= 120) {
        String kind =
            LineRules.SIMILAR_HEADING.matcher(line).matches()
                ? Removals.SIMILAR_JOBS
                : LineRules.EEO_FORM_START.matcher(line).matches() ? Removals.EEO_FORM : null;
        if (kind != null) {
          removals.add(kind, String.join("\n", lines.subList(i, lines.size())));
          return i;
        }
      }
      chars += line.length();
    }
    return lines.size();
  }

  private static String kindOf(String line, boolean afterWidget) {
    if (line.length() <= MAX_WIDGET_CHARS) {
      if (LineRules.APPLY_WIDGET.matcher(line).matches() || afterWidget && line.equalsIgnoreCase("or")) {
        return Removals.APPLY_WIDGET;
      }
      if (LineRules.TAGS_HEADING.matcher(line).matches()) {
        return Removals.NAVIGATION;
      }
    }
    if (line.length() <= 140 && LineRules.CHROME.matcher(line).matches()) {
      return Removals.NAVIGATION;
    }
    if (line.length() < 400 && LineRules.mayBeAttribution(line) && LineRules.ATTRIBUTION.matcher(line).find()) {
      return Removals.ATTRIBUTION;
    }
    if (line.length() <= 202 && LineRules.isTrackingId(line)) {
      return Removals.TRACKING_ID;
    }
    return null;
  }
}
