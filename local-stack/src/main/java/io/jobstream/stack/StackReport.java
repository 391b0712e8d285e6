package io.jobstream.stack;

import io.jobstream.model.EnrichedPosting;
import io.jobstream.model.EnrichedPosting.Salary;
import io.jobstream.sink.store.Summary;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The table {@code jobstream stack} prints at the end of a run. */
record StackReport(
    LocalStack.Outcome outcome, Summary table, List<EnrichedPosting> postings, String dbUrl) {
  private static final int MAX_LISTED = 25;

  String format() {
    StringBuilder b = new StringBuilder();
    b.append(System.lineSeparator()).append("== jobstream local run ==").append(System.lineSeparator());
    row(b, "pages in", outcome.pagesIn());
    row(b, "enriched records", outcome.enriched());
    row(b, "rows written (distinct postings)", outcome.distinctPostings());
    row(b, "dead-letter records", outcome.dlq());
    outcome.dlqByStage().forEach((stage, n) -> row(b, "  at stage " + stage, n));
    row(b, "rows in the table (all runs)", table.total());
    b.append(System.lineSeparator()).append("postings per role type (whole table):").append(System.lineSeparator());
    table.byRoleType().entrySet().stream()
        .sorted(Map.Entry.<String, Long>comparingByValue().reversed())
        .forEach(e -> row(b, "  " + e.getKey(), e.getValue()));
    b.append(System.lineSeparator()).append("this run's postings:").append(System.lineSeparator());
    b.append(String.format(Locale.ROOT, "  %-40s %-20s %-10s %s%n", "title", "role type", "seniority", "pay"));
    postings.stream()
        .sorted(Comparator.comparing(p -> String.valueOf(p.title())))
        .limit(MAX_LISTED)
        .forEach(
            p ->
                b.append(
                    String.format(
                        Locale.ROOT,
                        "  %-40s %-20s %-10s %s%n",
                        cut(p.title(), 40),
                        p.roleType() == null ? "-" : p.roleType().primary(),
                        p.seniority() == null ? "-" : p.seniority(),
                        pay(p.salary()))));
    if (postings.size() > MAX_LISTED) {
      b.append("  ... and ").append(postings.size() - MAX_LISTED).append(" more").append(System.lineSeparator());
    }
    if (table.minAnnualSalary() != null) {
      b.append(
          String.format(
              Locale.ROOT,
              "%nannual pay across the table: %,.0f to %,.0f%n",
              table.minAnnualSalary(),
              table.maxAnnualSalary()));
    }
    b.append(System.lineSeparator()).append("database: ").append(dbPath()).append(System.lineSeparator());
    return b.toString();
  }

  private String dbPath() {
    return dbUrl.startsWith("jdbc:sqlite:") ? dbUrl.substring("jdbc:sqlite:".length()) : dbUrl;
  }

  static String pay(Salary s) {
    if (s == null) {
      return "not stated";
    }
    String range =
        s.min() != null && s.max() != null && !s.min().equals(s.max())
            ? String.format(Locale.ROOT, "%,.0f-%,.0f", s.min(), s.max())
            : String.format(Locale.ROOT, "%,.0f", s.min() != null ? s.min() : s.max());
    return range + " " + s.currency() + "/" + s.period().toLowerCase(Locale.ROOT);
  }

  private static String cut(String s, int width) {
    if (s == null) {
      return "(no title)";
    }
    return s.length() <= width ? s : s.substring(0, width - 1) + "…";
  }

  private static void row(StringBuilder b, String label, long value) {
    b.append(String.format(Locale.ROOT, "%-34s %8d%n", label, value));
  }
}
