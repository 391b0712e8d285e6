package io.jobstream.bench;

import io.jobstream.enrich.eval.GoldEntry;
import io.jobstream.enrich.eval.GoldSet;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The labelled pages of one corpus, loaded with the evaluator's {@link GoldSet} (same page
 * resolution, same skipped entries).
 *
 * @param name the set's name in tables
 * @param entries the gold entries whose page exists
 * @param errors the evaluator's messages for entries left out
 */
public record LabelledSet(String name, List<GoldEntry> entries, List<String> errors) {
  public LabelledSet {
    entries = List.copyOf(entries);
    errors = List.copyOf(errors);
  }

  /** The project corpus: every {@code corpus/gold/*.json}, pages in {@code corpus/pages/}. */
  public static LabelledSet project() {
    Path goldDir = ProjectPaths.corpus().resolve("gold");
    try (Stream<Path> files = Files.list(goldDir)) {
      return of("project", files.filter(p -> p.toString().endsWith(".json")).sorted().toList());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + goldDir, e);
    }
  }

  /** The seeds ({@code ../shared/gold/seeds.json}, pages in {@code ../shared/seeds/}); empty without {@code ../shared}. */
  public static LabelledSet seeds() {
    List<Path> gold = ProjectPaths.shared()
        .map(s -> s.resolve("gold/seeds.json"))
        .filter(Files::isRegularFile)
        .map(List::of)
        .orElse(List.of());
    return of("seeds", gold);
  }

  private static LabelledSet of(String name, List<Path> goldFiles) {
    List<GoldEntry> entries = new ArrayList<>();
    List<String> errors = new ArrayList<>();
    for (Path gold : goldFiles) {
      try {
        GoldSet set = GoldSet.load(gold);
        entries.addAll(set.entries());
        errors.addAll(set.errors());
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read gold file " + gold, e);
      }
    }
    return new LabelledSet(name, entries, errors);
  }
}
