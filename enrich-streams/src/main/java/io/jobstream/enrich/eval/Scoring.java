package io.jobstream.enrich.eval;

import com.fasterxml.jackson.databind.JsonNode;
import io.jobstream.model.EnrichedPosting;
import io.jobstream.model.EnrichedPosting.Salary;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.BiPredicate;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * The scoring rules: compares one gold entry with one enriched posting, pure and stateless. A
 * gold list accepts any listed value; strings compare trimmed (titles and organisations also
 * case-insensitive, ignoring a trailing punctuation mark); a field left out is not scored.
 */
public final class Scoring {
  /** The scored fields, in report order. */
  public static final List<String> FIELDS = List.of(
      "title", "organization", "location.city", "location.region", "location.country", "workplace",
      "employmentType", "roleType", "seniority", "salary", "postedDate", "closingDate", "applyEmail",
      "mustKeep", "mustRemove");

  private static final Pattern SPACE = Pattern.compile("[\\s\\u00A0\\u2007\\u202F]+");
  private static final Pattern TRAILING_PUNCT = Pattern.compile("[\\p{Punct}\\u2013\\u2014\\u2026]+$");
  private static final double EPS = 0.005;

  private Scoring() {}

  /**
   * Scores {@code actual} against {@code expected}. A null {@code actual} (enrichment failed)
   * makes every scored field a miss whose actual value is {@code failure}.
   */
  public static List<Check> score(String file, JsonNode expected, EnrichedPosting actual, String failure) {
    List<Check> out = new ArrayList<>();
    String none = actual == null ? "<" + failure + ">" : null;
    EnrichedPosting a = actual;
    text(out, file, expected, "title", a == null ? null : a.title(), none, Scoring::nameEquals);
    text(out, file, expected, "organization", a == null ? null : a.organization(), none, Scoring::nameEquals);
    JsonNode loc = expected.path("location");
    EnrichedPosting.Location al = a == null ? null : a.location();
    text(out, file, loc, "city", "location.city", al == null ? null : al.city(), none, Scoring::exact);
    text(out, file, loc, "region", "location.region", al == null ? null : al.region(), none, Scoring::exact);
    text(out, file, loc, "country", "location.country", al == null ? null : al.country(), none, Scoring::exact);
    text(out, file, expected, "workplace", a == null ? null : a.workplace(), none, Scoring::exact);
    text(out, file, expected, "employmentType", a == null ? null : a.employmentType(), none, Scoring::exact);
    text(out, file, expected, "roleType",
        a == null || a.roleType() == null ? null : a.roleType().primary(), none, Scoring::exact);
    text(out, file, expected, "seniority", a == null ? null : a.seniority(), none, Scoring::exact);
    if (expected.has("salary")) {
      out.add(salary(file, expected.get("salary"), a == null ? null : a.salary(), none));
    }
    text(out, file, expected, "postedDate", a == null ? null : a.postedDate(), none, Scoring::exact);
    text(out, file, expected, "closingDate", a == null ? null : a.closingDate(), none, Scoring::exact);
    text(out, file, expected, "applyEmail",
        a == null || a.apply() == null ? null : a.apply().email(), none, Scoring::ignoreCase);
    String clean = a == null || a.cleanText() == null ? "" : normalize(a.cleanText());
    for (JsonNode phrase : expected.path("mustKeep")) {
      boolean found = a != null && clean.contains(normalize(phrase.asText()));
      out.add(Check.of(file, "mustKeep", found, phrase.asText(), found ? "kept" : none != null ? none : "missing from cleanText"));
    }
    for (JsonNode phrase : expected.path("mustRemove")) {
      boolean gone = a != null && !clean.contains(normalize(phrase.asText()));
      out.add(Check.of(file, "mustRemove", gone, phrase.asText(), gone ? "removed" : none != null ? none : "still in cleanText"));
    }
    return out;
  }

  /** Lower case with every run of whitespace as one space, trimmed: how phrases are matched. */
  public static String normalize(String s) {
    return SPACE.matcher(s.toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
  }

  /** The salary rule: min, max, currency and period all equal; null gold means no pay may be reported. */
  static Check salary(String file, JsonNode gold, Salary actual, String none) {
    String act = none != null ? none : show(actual);
    if (gold == null || gold.isNull()) {
      boolean right = none == null && actual == null;
      return new Check(file, "salary", right, "null", act, none == null && actual != null);
    }
    boolean right = false;
    if (actual != null) {
      for (JsonNode g : gold.isArray() ? gold : List.of(gold)) {
        right |= g.isNull() ? false : salaryEquals(g, actual);
      }
    }
    return Check.of(file, "salary", right, showGold(gold), act);
  }

  private static boolean salaryEquals(JsonNode g, Salary a) {
    return numberEquals(g.get("min"), a.min())
        && numberEquals(g.get("max"), a.max())
        && exact(g.path("currency").asText(null), a.currency())
        && exact(g.path("period").asText(null), a.period());
  }

  private static boolean numberEquals(JsonNode g, Double a) {
    if (g == null || g.isNull()) {
      return a == null;
    }
    return a != null && Math.abs(g.asDouble() - a) < EPS;
  }

  /** A salary as {@code min-max CUR/PERIOD}, or {@code null}. */
  public static String show(Salary s) {
    if (s == null) {
      return "null";
    }
    return num(s.min()) + "-" + num(s.max()) + " " + s.currency() + "/" + s.period()
        + (s.text() == null ? "" : " (\"" + s.text() + "\")");
  }

  private static String showGold(JsonNode g) {
    if (g.isArray()) {
      List<String> all = new ArrayList<>();
      g.forEach(x -> all.add(showGold(x)));
      return String.join(" | ", all);
    }
    if (g.isNull()) {
      return "null";
    }
    return num(g.hasNonNull("min") ? g.get("min").asDouble() : null) + "-"
        + num(g.hasNonNull("max") ? g.get("max").asDouble() : null) + " "
        + g.path("currency").asText("?") + "/" + g.path("period").asText("?");
  }

  private static String num(Double d) {
    if (d == null) {
      return "null";
    }
    return d == Math.rint(d) ? String.valueOf(d.longValue()) : String.valueOf(d);
  }

  private static void text(List<Check> out, String file, JsonNode expected, String key, String actual, String none,
      BiPredicate<String, String> eq) {
    text(out, file, expected, key, key, actual, none, eq);
  }

  private static void text(List<Check> out, String file, JsonNode parent, String key, String field, String actual,
      String none, BiPredicate<String, String> eq) {
    if (parent == null || !parent.has(key)) {
      return;
    }
    JsonNode g = parent.get(key);
    boolean right = false;
    for (JsonNode v : g.isArray() ? g : List.of(g)) {
      String want = v.isNull() ? null : v.asText();
      right |= none == null && (want == null ? actual == null : actual != null && eq.test(want, actual));
    }
    out.add(Check.of(file, field, right, g.isArray() ? join(g, JsonNode::asText) : g.isNull() ? "null" : g.asText(),
        none != null ? none : String.valueOf(actual)));
  }

  private static String join(JsonNode list, Function<JsonNode, String> f) {
    List<String> all = new ArrayList<>();
    list.forEach(x -> all.add(f.apply(x)));
    return String.join(" | ", all);
  }

  static boolean exact(String want, String actual) {
    return want != null && actual != null && want.strip().equals(actual.strip());
  }

  static boolean ignoreCase(String want, String actual) {
    return want != null && actual != null && want.strip().equalsIgnoreCase(actual.strip());
  }

  static boolean nameEquals(String want, String actual) {
    return want != null && actual != null && name(want).equals(name(actual));
  }

  private static String name(String s) {
    String t = SPACE.matcher(s.strip()).replaceAll(" ");
    return TRAILING_PUNCT.matcher(t).replaceAll("").strip().toLowerCase(Locale.ROOT);
  }
}
