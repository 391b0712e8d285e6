package io.jobstream.bench;

import io.jobstream.enrich.eval.GoldEntry;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Scores jobstream's cleaning against boilerpipe and Readability4J on every labelled page of the
 * project corpus and the seeds: mustKeep phrases present, mustRemove phrases absent, same
 * matching rule for all three. Prints one table per page set and one overall. Run with
 * {@code java -cp enrich-bench/target/benchmarks.jar io.jobstream.bench.AnchorComparison}.
 */
public final class AnchorComparison {
  private final List<TextExtractor> extractors;

  /** A comparison of these extractors; the first is the one held to the bar (jobstream's). */
  public AnchorComparison(List<TextExtractor> extractors) {
    if (extractors.isEmpty()) {
      throw new IllegalArgumentException("nothing to compare");
    }
    this.extractors = List.copyOf(extractors);
  }

  /** Entry point: the project corpus, then the seeds when {@code ../shared} is present. */
  public static void main(String[] args) {
    AnchorComparison comparison = new AnchorComparison(
        List.of(new JobstreamText(), new BoilerpipeText(), new ReadabilityText()));
    Map<String, PhraseTally> overall = comparison.emptyTallies();
    for (LabelledSet set : List.of(LabelledSet.project(), LabelledSet.seeds())) {
      set.errors().forEach(e -> System.err.println("skipped: " + e));
      if (set.entries().isEmpty()) {
        System.out.println("no labelled pages for set '" + set.name() + "' here; skipped\n");
        continue;
      }
      Map<String, PhraseTally> tallies = comparison.score(set);
      tallies.forEach((name, t) -> overall.get(name).addAll(t));
      System.out.println(ComparisonTable.render(set.name(), tallies));
    }
    System.out.println(ComparisonTable.render("overall", overall));
  }

  /** One tally per extractor, in the extractors' order, over every entry of {@code set}. */
  public Map<String, PhraseTally> score(LabelledSet set) {
    Map<String, PhraseTally> tallies = emptyTallies();
    for (GoldEntry entry : set.entries()) {
      byte[] body = read(entry);
      for (TextExtractor x : extractors) {
        tallies.get(x.name()).add(entry.expected(), textOrNull(x, body, entry.contentType()));
      }
    }
    return tallies;
  }

  private Map<String, PhraseTally> emptyTallies() {
    Map<String, PhraseTally> tallies = new LinkedHashMap<>();
    extractors.forEach(x -> tallies.put(x.name(), new PhraseTally()));
    return tallies;
  }

  private static String textOrNull(TextExtractor x, byte[] body, String contentType) {
    try {
      return x.text(body, contentType);
    } catch (RuntimeException e) {
      // A failure scores as missing every check (as in the evaluator), and is counted in the table.
      return null;
    }
  }

  private static byte[] read(GoldEntry entry) {
    try {
      return Files.readAllBytes(entry.path());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + entry.path(), e);
    }
  }
}
