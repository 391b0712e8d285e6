package io.jobstream.enrich.eval;

import io.jobstream.enrich.Enricher;
import io.jobstream.enrich.cli.PageTypes;
import io.jobstream.model.EnrichedPosting;
import io.jobstream.model.RawPage;
import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;

/** Runs the enricher on every page of gold sets and scores the results with {@link Scoring}. */
public final class Evaluator {
  private final Enricher enricher;

  /** An evaluator of {@code enricher}. */
  public Evaluator(Enricher enricher) {
    this.enricher = enricher;
  }

  /** An evaluator of a default {@link Enricher}. */
  public Evaluator() {
    this(new Enricher());
  }

  /** Scores one gold set; its report is named after the gold file. */
  public EvalReport evaluate(GoldSet set) {
    return evaluate(set.goldFile().toString(), List.of(set));
  }

  /** Scores several gold sets as one report called {@code name}. */
  public EvalReport evaluate(String name, List<GoldSet> sets) {
    List<Check> checks = new ArrayList<>();
    List<String> errors = new ArrayList<>();
    int pages = 0;
    for (GoldSet set : sets) {
      errors.addAll(set.errors());
      for (GoldEntry e : set.entries()) {
        pages++;
        EnrichedPosting posting = null;
        String failure = null;
        try {
          byte[] body = Files.readAllBytes(e.path());
          String type = e.contentType() != null ? e.contentType() : PageTypes.of(e.path());
          posting = enricher.enrich(new RawPage(null, body, type, null, null));
        } catch (IOException | RuntimeException ex) {
          failure = "enrichment failed: " + ex;
          errors.add(e.file() + ": " + failure);
        }
        checks.addAll(Scoring.score(e.file(), e.expected(), posting, failure));
      }
    }
    return EvalReport.of(name, pages, checks, errors);
  }
}
