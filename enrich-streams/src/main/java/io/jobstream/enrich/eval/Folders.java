package io.jobstream.enrich.eval;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/** The files of one folder the evaluation reads: gold files, real pages. */
final class Folders {
  private Folders() {}

  /** The regular files directly in {@code dir} whose names end in one of {@code endings} (any case), sorted. */
  static List<Path> files(Path dir, String... endings) throws IOException {
    try (Stream<Path> s = Files.list(dir)) {
      return s.filter(Files::isRegularFile)
          .filter(p -> Stream.of(endings).anyMatch(e -> p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(e)))
          .sorted()
          .toList();
    }
  }
}
