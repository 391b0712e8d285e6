package io.jobstream.enrich;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** Finds the shared gold data and seed pages beside the repository, from the module or the root. */
public final class SharedData {
  private SharedData() {}

  /**
   * Resolves {@code relative} (e.g. {@code gold/seeds.json}) under the shared folder: Maven runs
   * tests from the module folder ({@code ../../shared}), an IDE often from the root ({@code ../shared}).
   */
  public static Path path(String relative) {
    for (String base : new String[] {"../../shared", "../shared"}) {
      Path p = Path.of(base).resolve(relative);
      if (Files.exists(p)) {
        return p.normalize();
      }
    }
    throw new IllegalStateException("shared data not found: " + relative + " (looked in ../../shared and ../shared)");
  }

  /** The HTML pages of the project's corpus and of the shared corpus, each folder's sorted by path. */
  public static List<Path> htmlPagesOfBothCorpora() throws IOException {
    List<Path> files = new ArrayList<>();
    for (Path root : List.of(Path.of("../corpus/pages"), path("corpus"))) {
      try (Stream<Path> s = Files.walk(root)) {
        s.filter(p -> p.toString().endsWith(".html")).sorted().forEach(files::add);
      }
    }
    return files;
  }
}
