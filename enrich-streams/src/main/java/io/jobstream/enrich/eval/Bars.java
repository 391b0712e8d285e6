package io.jobstream.enrich.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The project's quality bars, checked against a report: strict for the seeds, per field for the corpus. */
public final class Bars {
  /**
   * A bar that was not met.
   *
   * @param set the report it was checked on
   * @param bar what was required, e.g. {@code roleType >= 92%}
   * @param actual what the report shows
   */
  public record Failed(String set, String bar, String actual) {
    @Override
    public String toString() {
      return set + ": " + bar + " — actual " + actual;
    }
  }

  private Bars() {}

  /** The bars that apply to {@code report}: seeds bars when {@code seeds}, corpus bars otherwise. */
  public static List<Failed> check(EvalReport report, boolean seeds) {
    return seeds ? seeds(report) : corpus(report);
  }

  /** Seeds: every scored field (mustKeep and mustRemove included) 100% right, no errors. */
  public static List<Failed> seeds(EvalReport r) {
    List<Failed> out = new ArrayList<>();
    errors(r, out);
    for (FieldScore f : r.fields()) {
      if (f.scored() > 0 && f.right() < f.scored()) {
        out.add(new Failed(r.name(), f.field() + " = 100%", pct(f)));
      }
    }
    payWhereNone(r, out);
    return out;
  }

  /** Project corpus: mustKeep ≥ 99%, mustRemove 100%, salary ≥ 98%, no pay where none, roleType ≥ 92%, seniority ≥ 88%, workplace ≥ 92%, region ≥ 95%. */
  public static List<Failed> corpus(EvalReport r) {
    List<Failed> out = new ArrayList<>();
    errors(r, out);
    min(r, "mustKeep", 99, out);
    min(r, "mustRemove", 100, out);
    min(r, "salary", 98, out);
    payWhereNone(r, out);
    min(r, "roleType", 92, out);
    min(r, "seniority", 88, out);
    min(r, "workplace", 92, out);
    min(r, "location.region", 95, out);
    return out;
  }

  /** Real pages: none keeps EEO-form text, another job's card or the board's chrome, or loses all its text. */
  public static List<Failed> realPages(List<RealPages.Page> pages) {
    List<Failed> out = new ArrayList<>();
    for (RealPages.Page p : pages) {
      if (p.flagged()) {
        out.add(new Failed("real pages", p.file() + " cleaned of known boilerplate", String.join("; ", p.problems())));
      }
    }
    return out;
  }

  private static void min(EvalReport r, String field, double required, List<Failed> out) {
    FieldScore f = r.field(field);
    boolean ok = required >= 100 ? f.right() == f.scored() : f.percent() + 1e-9 >= required;
    if (!ok) {
      out.add(new Failed(r.name(), field + " >= " + fmt(required) + "%", pct(f)));
    }
  }

  private static void payWhereNone(EvalReport r, List<Failed> out) {
    if (r.payWhereNone() > 0) {
      out.add(new Failed(r.name(), "pay reported where none stated = 0", String.valueOf(r.payWhereNone())));
    }
  }

  private static void errors(EvalReport r, List<Failed> out) {
    if (!r.errors().isEmpty()) {
      out.add(new Failed(r.name(), "every page found and enriched", r.errors().size() + " error(s): " + r.errors()));
    }
  }

  private static String pct(FieldScore f) {
    return String.format(Locale.ROOT, "%.1f%% (%d/%d)", f.percent(), f.right(), f.scored());
  }

  private static String fmt(double d) {
    return d == Math.rint(d) ? String.valueOf((long) d) : String.valueOf(d);
  }
}
