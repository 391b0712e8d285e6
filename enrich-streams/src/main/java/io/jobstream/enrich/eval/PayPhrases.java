package io.jobstream.enrich.eval;

import com.fasterxml.jackson.databind.node.ArrayNode;
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

/**
 * Scores the pay-phrase table ({@code phrase, min, max, currency, period}; {@code -} = none)
 * through {@link SalaryParser#find} on the phrase alone, as free text from a US page.
 */
public final class PayPhrases {
  /**
   * One row of the table.
   *
   * @param phrase the text
   * @param min expected minimum, or null
   * @param max expected maximum, or null
   * @param currency expected currency, or null when the phrase is not pay
   * @param period expected period, or null when the phrase is not pay
   */
  public record Row(String phrase, Double min, Double max, String currency, String period) {
    /** Whether the phrase is not pay (nothing may be parsed). */
    public boolean notPay() {
      return currency == null && period == null && min == null && max == null;
    }
  }

  /**
   * The result of scoring the table.
   *
   * @param pay pay rows scored / right
   * @param notPay not-pay rows scored / right
   * @param misses one check per wrong row
   */
  public record Report(FieldScore pay, FieldScore notPay, List<Check> misses) {
    /** Plain-text section. */
    public String toText(boolean withMisses) {
      StringBuilder sb = new StringBuilder("== pay phrases (SalaryParser.find on each phrase)\n");
      for (FieldScore f : List.of(pay, notPay)) {
        sb.append(String.format(Locale.ROOT, "%-18s %7d %7d %7.1f%n", f.field(), f.scored(), f.right(), f.percent()));
      }
      if (withMisses) {
        for (Check m : misses) {
          sb.append("  ").append(m.file()).append("\n    expected: ").append(m.expected())
              .append("\n    actual:   ").append(m.actual()).append('\n');
        }
      }
      return sb.toString();
    }

    /** JSON section. */
    public ObjectNode toJson(boolean withMisses) {
      ObjectNode o = JsonNodeFactory.instance.objectNode();
      for (FieldScore f : List.of(pay, notPay)) {
        o.putObject(f.field()).put("scored", f.scored()).put("right", f.right())
            .put("percent", Math.round(f.percent() * 10) / 10.0);
      }
      if (withMisses) {
        ArrayNode ms = o.putArray("misses");
        misses.forEach(m -> ms.addObject().put("phrase", m.file()).put("expected", m.expected()).put("actual", m.actual()));
      }
      return o;
    }
  }

  private PayPhrases() {}

  /** Reads the TSV (first line is the header). */
  public static List<Row> read(Path tsv) throws IOException {
    List<Row> rows = new ArrayList<>();
    List<String> lines = Files.readAllLines(tsv, StandardCharsets.UTF_8);
    for (String line : lines.subList(Math.min(1, lines.size()), lines.size())) {
      if (line.isBlank()) {
        continue;
      }
      String[] c = line.split("\t", -1);
      rows.add(new Row(c[0], num(c, 1), num(c, 2), str(c, 3), str(c, 4)));
    }
    return rows;
  }

  /** Scores {@code rows} (pure). */
  public static Report score(List<Row> rows) {
    int pay = 0, payRight = 0, notPay = 0, notPayRight = 0;
    List<Check> misses = new ArrayList<>();
    for (Row r : rows) {
      Salary s = SalaryParser.find(List.of(r.phrase()), "US");
      boolean right = r.notPay() ? s == null
          : s != null && eq(r.min(), s.min()) && eq(r.max(), s.max())
              && r.currency().equals(s.currency()) && r.period().equals(s.period());
      if (r.notPay()) {
        notPay++;
        notPayRight += right ? 1 : 0;
      } else {
        pay++;
        payRight += right ? 1 : 0;
      }
      if (!right) {
        String want = r.notPay() ? "none" : n(r.min()) + "-" + n(r.max()) + " " + r.currency() + "/" + r.period();
        misses.add(Check.of(r.phrase(), r.notPay() ? "not pay" : "pay", false, want, Scoring.show(s)));
      }
    }
    return new Report(new FieldScore("pay parsed exactly", pay, payRight),
        new FieldScore("not-pay ignored", notPay, notPayRight), misses);
  }

  private static boolean eq(Double want, Double got) {
    return want == null ? got == null : got != null && Math.abs(want - got) < 0.005;
  }

  private static String n(Double d) {
    return d == null ? "null" : d == Math.rint(d) ? String.valueOf(d.longValue()) : String.valueOf(d);
  }

  private static Double num(String[] c, int i) {
    String s = str(c, i);
    return s == null ? null : Double.valueOf(s);
  }

  private static String str(String[] c, int i) {
    if (i >= c.length) {
      return null;
    }
    String s = c[i].strip();
    return s.isEmpty() || s.equals("-") ? null : s;
  }
}
