package io.jobstream.enrich.eval;

import static org.assertj.core.api.Assertions.assertThat;

import io.jobstream.enrich.Enricher;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The project's bars, enforced in CI: the enricher over the seeds gold and the project corpus.
 * On failure the message lists every failed bar and every miss.
 */
class EvalBarsTest {
  // Maven runs tests from the module folder; an IDE often from the repository root.
  private static Path find(String fromModule, String fromRoot) {
    Path p = Path.of(fromModule);
    return Files.exists(p) ? p : Path.of(fromRoot);
  }

  @Test
  void shouldMeetTheProjectBarsOnSeedsAndCorpus() throws Exception {
    Path seeds = find("../../shared/gold/seeds.json", "../shared/gold/seeds.json");
    Path corpus = find("../corpus", "corpus");
    assertThat(seeds).exists();
    assertThat(corpus.resolve("gold")).isDirectory();

    Evaluator evaluator = new Evaluator();
    EvalReport seedReport = evaluator.evaluate("seeds", List.of(GoldSet.load(seeds)));
    List<GoldSet> sets = new ArrayList<>();
    try (Stream<Path> gold = Files.list(corpus.resolve("gold"))) {
      for (Path g : gold.filter(p -> p.toString().endsWith(".json")).sorted().toList()) {
        sets.add(GoldSet.load(g));
      }
    }
    EvalReport corpusReport = evaluator.evaluate("corpus", sets);

    List<Bars.Failed> failed = new ArrayList<>(Bars.seeds(seedReport));
    failed.addAll(Bars.corpus(corpusReport));
    StringBuilder why = new StringBuilder("failed bars:\n");
    failed.forEach(f -> why.append("  ").append(f).append('\n'));
    why.append('\n').append(seedReport.toText(true)).append('\n').append(corpusReport.toText(true));
    assertThat(failed).as(why.toString()).isEmpty();
  }

  @Test
  void shouldLeaveNoKnownBoilerplateOnTheRealPages() throws Exception {
    Path real = find("../../shared/corpus", "../shared/corpus");
    assertThat(real).isDirectory();
    List<Path> files = RealPages.files(real);
    assertThat(files).hasSizeGreaterThanOrEqualTo(12);
    Enricher enricher = new Enricher();
    List<RealPages.Page> pages = files.stream().map(f -> RealPages.check(enricher, f)).toList();
    assertThat(Bars.realPages(pages)).as(RealPages.toText(pages)).isEmpty();
  }
}
