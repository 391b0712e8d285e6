package io.jobstream.enrich.eval;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.jobstream.enrich.salary.SalaryParser;
import io.jobstream.model.EnrichedPosting.Salary;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Salary agreement with labelled datasets, parsing their raw pay strings with
 * {@link SalaryParser#parsePhrase} (the strings are known to be pay).
 *
 * <p>Glassdoor ({@code Salary Estimate} → {@code min_salary}/{@code max_salary}): yearly rows
 * are in $K, hourly rows ({@code hourly=1}, "Per Hour") in dollars per hour; agree when both
 * bounds match and the period is HOUR exactly for hourly rows. Adzuna UK ({@code SalaryRaw} →
 * {@code SalaryNormalized}): the dataset normalises to the midpoint of the range, annualised with
 * 1,920 hours (40 h × 48 weeks), 240 days, 48 weeks or 12 months (read from the data: hourly rows
 * are 1,920 × the midpoint); agree when our midpoint annualised the same way is within 1%. The
 * dataset reads a bare upper bound ("to 35 per hour", "To 55k") as the range 0..X and stores
 * X/2: such rows are a class of their own.
 */
public final class Datasets {
  /**
   * Agreement on one dataset.
   *
   * @param name the dataset
   * @param rows rows scored
   * @param agree rows that agree
   * @param classes disagreements by class: count and up to three examples
   */
  public record Report(String name, int rows, int agree, Map<String, Group> classes) {
    /** Agreement in percent. */
    public double percent() {
      return rows == 0 ? 100.0 : 100.0 * agree / rows;
    }

    /** Plain-text section. */
    public String toText() {
      StringBuilder sb = new StringBuilder(String.format(Locale.ROOT, "== dataset %s: %d/%d agree (%.1f%%)%n",
          name, agree, rows, percent()));
      classes.entrySet().stream().sorted((a, b) -> b.getValue().count() - a.getValue().count()).forEach(e -> {
        sb.append(String.format(Locale.ROOT, "  %-40s %5d%n", e.getKey(), e.getValue().count()));
        e.getValue().examples().forEach(x -> sb.append("      e.g. ").append(x).append('\n'));
      });
      return sb.toString();
    }

    /** JSON section. */
    public ObjectNode toJson() {
      ObjectNode o = JsonNodeFactory.instance.objectNode().put("name", name).put("rows", rows).put("agree", agree)
          .put("percent", Math.round(percent() * 10) / 10.0);
      ObjectNode cs = o.putObject("disagreements");
      classes.forEach((k, g) -> {
        ObjectNode c = cs.putObject(k).put("count", g.count());
        g.examples().forEach(c.putArray("examples")::add);
      });
      return o;
    }
  }

  /**
   * One class of disagreement.
   *
   * @param count how many rows
   * @param examples up to three of them
   */
  public record Group(int count, List<String> examples) {}

  private Datasets() {}

  /** Scores the Glassdoor CSV file. */
  public static Report glassdoor(Path csv) throws IOException {
    return glassdoor(Csv.read(Files.readString(csv, StandardCharsets.UTF_8)));
  }

  /** Scores Glassdoor rows (pure). */
  public static Report glassdoor(List<Map<String, String>> rows) {
    Tally t = new Tally();
    for (Map<String, String> r : rows) {
      String raw = r.getOrDefault("Salary Estimate", "");
      if (raw.isBlank() || raw.equals("-1")) {
        continue;
      }
      boolean hourly = "1".equals(r.get("hourly"));
      double wantMin = Double.parseDouble(r.get("min_salary"));
      double wantMax = Double.parseDouble(r.get("max_salary"));
      Salary s = SalaryParser.parsePhrase(raw, "US");
      String want = (hourly ? wantMin + "-" + wantMax + " /HOUR" : wantMin + "K-" + wantMax + "K /YEAR");
      String example = "\"" + raw + "\" want " + want + ", got " + Scoring.show(s);
      if (s == null) {
        t.miss("not parsed", example);
        continue;
      }
      String period = hourly ? "HOUR" : "YEAR";
      double scale = hourly ? 1 : 1000;
      if (!period.equals(s.period())) {
        t.miss("period " + s.period() + " instead of " + period, example);
      } else if (s.min() == null || s.max() == null) {
        t.miss("open range (min or max null)", example);
      } else if (Math.abs(s.min() / scale - wantMin) > 0.001 || Math.abs(s.max() / scale - wantMax) > 0.001) {
        t.miss("amounts differ", example);
      } else if (!"USD".equals(s.currency())) {
        t.miss("currency " + s.currency() + " instead of USD", example);
      } else {
        t.agree++;
      }
      t.rows++;
    }
    return new Report("glassdoor_ds_salary_cleaned.csv", t.rows + t.notParsed, t.agree, t.classes);
  }

  /** Scores the Adzuna UK CSV file. */
  public static Report adzuna(Path csv) throws IOException {
    return adzuna(Csv.read(Files.readString(csv, StandardCharsets.UTF_8)));
  }

  /** Scores Adzuna rows (pure). */
  public static Report adzuna(List<Map<String, String>> rows) {
    Tally t = new Tally();
    for (Map<String, String> r : rows) {
      String raw = r.getOrDefault("SalaryRaw", "");
      String norm = r.getOrDefault("SalaryNormalized", "");
      if (raw.isBlank() || norm.isBlank()) {
        continue;
      }
      double want = Double.parseDouble(norm);
      Salary s = SalaryParser.parsePhrase(raw, "GB");
      if (s == null) {
        t.miss("not parsed", "\"" + raw + "\" want " + norm + ", got null");
        continue;
      }
      Double lo = s.min() != null ? s.min() : s.max();
      Double hi = s.max() != null ? s.max() : s.min();
      double mid = (lo + hi) / 2 * adzunaPerYear(s.period());
      String example = "\"" + raw + "\" want " + norm + ", got " + Scoring.show(s) + " → " + Math.round(mid);
      t.rows++;
      if (Math.abs(mid - want) <= 0.01 * want) {
        t.agree++;
      } else if (raw.strip().toLowerCase(Locale.ROOT).matches("(up ?)?to\\b.*") && Math.abs(mid / 2 - want) <= 0.01 * want) {
        t.miss("dataset quirk: 'to X' normalised as X/2", example);
      } else if (s.min() == null || s.max() == null) {
        t.miss("open range (from/up to) read as one bound", example);
      } else {
        t.miss("parsed as " + s.period() + ", " + (mid < want ? "too low" : "too high"), example);
      }
    }
    return new Report("adzuna_uk_train_rev1_sample.csv", t.rows + t.notParsed, t.agree, t.classes);
  }

  /** The dataset's own annualisation: 1,920 hours, 240 days, 48 weeks, 12 months. */
  static double adzunaPerYear(String period) {
    return switch (period == null ? "YEAR" : period) {
      case "HOUR" -> 1920;
      case "DAY" -> 240;
      case "WEEK" -> 48;
      case "MONTH" -> 12;
      default -> 1;
    };
  }

  private static final class Tally {
    int rows;
    int agree;
    int notParsed;
    final Map<String, Group> classes = new TreeMap<>();

    void miss(String cls, String example) {
      if (cls.equals("not parsed")) {
        notParsed++;
      }
      Group g = classes.getOrDefault(cls, new Group(0, List.of()));
      List<String> ex = new ArrayList<>(g.examples());
      if (ex.size() < 3) {
        ex.add(example);
      }
      classes.put(cls, new Group(g.count() + 1, ex));
    }
  }
}
