package io.jobstream.enrich.eval;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The scores of one gold set (or several as one): a row per field, every miss, the count of
 * pay reported where none is stated, and errors (missing pages, failed enrichments).
 *
 * @param name what was scored (a gold file or folder)
 * @param pages how many pages were enriched
 * @param fields one row per scored field, in {@link Scoring#FIELDS} order
 * @param misses every wrong check
 * @param payWhereNone how many pages got a salary where gold says no pay is stated
 * @param errors problems that kept pages from being scored properly
 */
public record EvalReport(
    String name, int pages, List<FieldScore> fields, List<Check> misses, int payWhereNone, List<String> errors) {

  public EvalReport {
    fields = List.copyOf(fields);
    misses = List.copyOf(misses);
    errors = List.copyOf(errors);
  }

  /** Tallies {@code checks} into a report. */
  public static EvalReport of(String name, int pages, List<Check> checks, List<String> errors) {
    Map<String, int[]> tally = new LinkedHashMap<>();
    Scoring.FIELDS.forEach(f -> tally.put(f, new int[2]));
    List<Check> misses = new ArrayList<>();
    int payWhereNone = 0;
    for (Check c : checks) {
      int[] t = tally.computeIfAbsent(c.field(), k -> new int[2]);
      t[0]++;
      if (c.right()) {
        t[1]++;
      } else {
        misses.add(c);
      }
      if (c.payWhereNone()) {
        payWhereNone++;
      }
    }
    List<FieldScore> fields = new ArrayList<>();
    tally.forEach((f, t) -> fields.add(new FieldScore(f, t[0], t[1])));
    return new EvalReport(name, pages, fields, misses, payWhereNone, errors);
  }

  /** The row of {@code field}, or an empty row when it was never scored. */
  public FieldScore field(String field) {
    return fields.stream().filter(f -> f.field().equals(field)).findFirst().orElse(new FieldScore(field, 0, 0));
  }

  /** The table (and, when {@code withMisses}, every miss) as plain text. */
  public String toText(boolean withMisses) {
    StringBuilder sb = new StringBuilder();
    sb.append("== ").append(name).append(" (").append(pages).append(" pages)\n");
    sb.append(String.format(Locale.ROOT, "%-18s %7s %7s %7s%n", "field", "scored", "right", "%"));
    for (FieldScore f : fields) {
      sb.append(String.format(Locale.ROOT, "%-18s %7d %7d %7s%n", f.field(), f.scored(), f.right(),
          f.scored() == 0 ? "-" : String.format(Locale.ROOT, "%.1f", f.percent())));
    }
    sb.append("pay reported where none stated: ").append(payWhereNone).append('\n');
    for (String e : errors) {
      sb.append("ERROR ").append(e).append('\n');
    }
    if (withMisses && !misses.isEmpty()) {
      sb.append("-- misses (").append(misses.size()).append(")\n");
      for (Check m : misses) {
        sb.append(m.file()).append("  ").append(m.payWhereNone() ? "salary [pay where none stated]" : m.field())
            .append("\n    expected: ").append(m.expected())
            .append("\n    actual:   ").append(m.actual()).append('\n');
      }
    }
    return sb.toString();
  }

  /** The report as a JSON object. */
  public ObjectNode toJson(boolean withMisses) {
    JsonNodeFactory f = JsonNodeFactory.instance;
    ObjectNode o = f.objectNode();
    o.put("name", name);
    o.put("pages", pages);
    ArrayNode rows = o.putArray("fields");
    for (FieldScore s : fields) {
      rows.addObject().put("field", s.field()).put("scored", s.scored()).put("right", s.right())
          .put("percent", Math.round(s.percent() * 10) / 10.0);
    }
    o.put("payWhereNone", payWhereNone);
    ArrayNode errs = o.putArray("errors");
    errors.forEach(errs::add);
    if (withMisses) {
      ArrayNode ms = o.putArray("misses");
      for (Check m : misses) {
        ms.addObject().put("file", m.file()).put("field", m.field()).put("expected", m.expected())
            .put("actual", m.actual()).put("payWhereNone", m.payWhereNone());
      }
    }
    return o;
  }
}
