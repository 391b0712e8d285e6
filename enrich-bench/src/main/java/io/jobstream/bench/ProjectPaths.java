package io.jobstream.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** Finds the project's corpus and the shared folder, whether run from the repository root or the module. */
public final class ProjectPaths {
  /** System property naming the repository root, for runs from anywhere else. */
  public static final String ROOT_PROPERTY = "jobstream.root";

  private ProjectPaths() {}

  /**
   * The repository root: {@code -Djobstream.root}, else the first of {@code .} and {@code ..}
   * holding {@code corpus/pages} (Maven runs tests from the module folder).
   *
   * @throws IllegalStateException when no root is found
   */
  public static Path root() {
    String given = System.getProperty(ROOT_PROPERTY);
    if (given != null) {
      return Path.of(given).toAbsolutePath().normalize();
    }
    for (String candidate : new String[] {".", ".."}) {
      Path p = Path.of(candidate).toAbsolutePath().normalize();
      if (Files.isDirectory(p.resolve("corpus/pages"))) {
        return p;
      }
    }
    throw new IllegalStateException(
        "corpus/pages not found in . or ..; run from the repository root or pass -D" + ROOT_PROPERTY + "=DIR");
  }

  /** The project's labelled corpus folder ({@code corpus/}). */
  public static Path corpus() {
    return root().resolve("corpus");
  }

  /** {@code ../shared} beside the repository, when it exists (it is not part of the repository). */
  public static Optional<Path> shared() {
    Path p = root().resolveSibling("shared");
    return Files.isDirectory(p) ? Optional.of(p) : Optional.empty();
  }
}
