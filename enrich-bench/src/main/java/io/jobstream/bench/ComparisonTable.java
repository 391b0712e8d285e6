package io.jobstream.bench;

import java.util.Locale;
import java.util.Map;
import java.util.function.ToDoubleFunction;

/**
 * Renders {@link PhraseTally} results as a table with the verdict on the bar: jobstream's
 * combined score (all mustKeep and mustRemove checks passed / all checks) above both anchors'.
 */
final class ComparisonTable {
  private ComparisonTable() {}

  /** The table for one page set; the first tally is jobstream's, the others the anchors'. */
  static String render(String setName, Map<String, PhraseTally> tallies) {
    TextTable table = new TextTable("extractor", "pages", "failed", "mustKeep kept", "mustRemove removed", "combined");
    tallies.forEach((name, t) -> table.row(name, t.pages(), t.failures(),
        share(t.keepPassed(), t.keepTotal()), share(t.removePassed(), t.removeTotal()),
        share(t.keepPassed() + t.removePassed(), t.keepTotal() + t.removeTotal())));
    String ours = tallies.keySet().iterator().next();
    return "### " + setName + "\n\n" + table + "\n"
        + line(tallies, ours, "combined", PhraseTally::combined, true)
        + line(tallies, ours, "mustKeep", t -> rate(t.keepPassed(), t.keepTotal()), false)
        + line(tallies, ours, "mustRemove", t -> rate(t.removePassed(), t.removeTotal()), false);
  }

  private static String line(Map<String, PhraseTally> tallies, String ours, String metric,
      ToDoubleFunction<PhraseTally> score, boolean isBar) {
    double mine = score.applyAsDouble(tallies.get(ours));
    Map.Entry<String, PhraseTally> best = tallies.entrySet().stream()
        .filter(e -> !e.getKey().equals(ours))
        .max((a, b) -> Double.compare(score.applyAsDouble(a.getValue()), score.applyAsDouble(b.getValue())))
        .orElseThrow();
    double theirs = score.applyAsDouble(best.getValue());
    String verdict = mine > theirs ? "better than both anchors" : mine == theirs ? "tied with the best anchor" : "behind an anchor";
    return String.format(Locale.ROOT, "%-10s %s %.1f%% vs best anchor (%s) %.1f%%: %s%s%n", metric, ours, 100 * mine,
        best.getKey(), 100 * theirs, verdict, isBar ? (mine > theirs ? " — bar met" : " — bar not met") : "");
  }

  private static double rate(int passed, int total) {
    return total == 0 ? 0 : (double) passed / total;
  }

  private static String share(int passed, int total) {
    return total == 0
        ? "-"
        : String.format(Locale.ROOT, "%d/%d (%.1f%%)", passed, total, 100.0 * passed / total);
  }
}
