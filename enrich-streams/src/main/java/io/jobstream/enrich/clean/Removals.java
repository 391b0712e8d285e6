package io.jobstream.enrich.clean;

import io.jobstream.model.EnrichedPosting.Removal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Collects what cleaning took out, one entry per kind (chars summed, the first sample kept), so
 * that a page with a hundred scripts yields one readable line of audit. Not thread-safe: one
 * instance per page.
 */
public final class Removals {
  /** Kind names, as the schema fixes them. */
  public static final String EEO_FORM = "eeo_form";
  public static final String SIMILAR_JOBS = "similar_jobs";
  public static final String APPLY_WIDGET = "apply_widget";
  public static final String NAVIGATION = "navigation";
  public static final String TRACKING_ID = "tracking_id";
  public static final String ATTRIBUTION = "attribution";
  public static final String FRONT_MATTER = "front_matter";
  public static final String SCRIPT_STYLE = "script_style";

  private static final int SAMPLE_CHARS = 80;
  /** How much of a removed text's opening the sample is taken from. */
  static final int OPENING_CHARS = 4 * SAMPLE_CHARS;
  private final Map<String, int[]> chars = new LinkedHashMap<>();
  private final Map<String, String> samples = new LinkedHashMap<>();

  /** Records that {@code text} of the given kind was removed; blank text is ignored. */
  public void add(String kind, String text) {
    add(kind, text, 0);
  }

  /**
   * As {@link #add(String, String)} for a text of which only the opening is at hand: {@code
   * text}, followed by {@code moreChars} characters that were cut before the page was parsed.
   */
  void add(String kind, String text, int moreChars) {
    if (text == null || text.isBlank()) {
      return;
    }
    if (hasSample(kind)) {
      add(kind, text.length() + moreChars, "");
      return;
    }
    String head = text.strip();
    add(kind, text.length() + moreChars, head.length() > OPENING_CHARS ? head.substring(0, OPENING_CHARS) : head);
  }

  /**
   * As {@link #add(String, String)} for a non-blank text known only by its length and the first
   * {@link #OPENING_CHARS} characters of its {@code strip()}ped form (all of it when shorter):
   * all that the count and the sample are taken from. The opening is not read when the kind
   * already has its sample.
   */
  void add(String kind, int length, String strippedOpening) {
    chars.computeIfAbsent(kind, k -> new int[1])[0] += length;
    if (samples.containsKey(kind)) {
      return;
    }
    String sample = collapseSpaces(strippedOpening);
    samples.putIfAbsent(kind, sample.length() > SAMPLE_CHARS ? sample.substring(0, SAMPLE_CHARS) : sample);
  }

  /** Whether {@code kind} already has its sample: from then on only the length of its texts counts. */
  boolean hasSample(String kind) {
    return samples.containsKey(kind);
  }

  // Each run of whitespace as one space: what replacing \s+ (space, \t, \n, \x0B, \f, \r) does.
  private static String collapseSpaces(String s) {
    StringBuilder out = new StringBuilder(s.length());
    boolean inRun = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      boolean space = c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
      if (!space) {
        out.append(c);
      } else if (!inRun) {
        out.append(' ');
      }
      inRun = space;
    }
    return out.toString();
  }

  /** How many characters of {@code kind} were removed so far. */
  int chars(String kind) {
    int[] n = chars.get(kind);
    return n == null ? 0 : n[0];
  }

  /** The entries, in the order their kinds were first seen. */
  public List<Removal> toList() {
    List<Removal> out = new ArrayList<>();
    chars.forEach((kind, n) -> out.add(new Removal(kind, n[0], samples.get(kind))));
    return out;
  }
}
