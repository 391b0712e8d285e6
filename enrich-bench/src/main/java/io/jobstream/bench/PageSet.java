package io.jobstream.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * A named, immutable set of HTML pages read into memory, so that benchmarks measure processing
 * and not disk reads.
 *
 * @param name the set's name in tables ({@code project}, {@code shared})
 * @param pages the pages in path order (sorted so every run sees the same order)
 */
public record PageSet(String name, List<Page> pages) {
  /** The set of the project's labelled corpus: {@code corpus/pages/**}{@code /*.html}. */
  public static final String PROJECT = "project";
  /** The set of real pages in {@code ../shared/corpus/*.html}. */
  public static final String SHARED = "shared";

  public PageSet {
    pages = List.copyOf(pages);
  }

  /** Loads the set called {@code name}; the shared set is empty when {@code ../shared/corpus} is absent. */
  public static PageSet named(String name) {
    return switch (name) {
      case PROJECT -> htmlUnder(name, ProjectPaths.corpus().resolve("pages"));
      case SHARED -> ProjectPaths.shared()
          .map(s -> htmlUnder(name, s.resolve("corpus")))
          .orElseGet(() -> new PageSet(name, List.of()));
      default -> throw new IllegalArgumentException("unknown page set: " + name + " (project or shared)");
    };
  }

  /** Every {@code *.html} file under {@code dir}, recursively; empty when {@code dir} does not exist. */
  public static PageSet htmlUnder(String name, Path dir) {
    if (!Files.isDirectory(dir)) {
      return new PageSet(name, List.of());
    }
    List<Page> pages = new ArrayList<>();
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path p : files.filter(PageSet::isHtml).sorted().toList()) {
        pages.add(new Page(dir.relativize(p).toString(), Files.readAllBytes(p)));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read pages under " + dir, e);
    }
    return new PageSet(name, pages);
  }

  /** The total size of the pages' bytes. */
  public long bytes() {
    return pages.stream().mapToLong(p -> p.body().length).sum();
  }

  /** Whether the set holds no page (then it is not benchmarked). */
  public boolean isEmpty() {
    return pages.isEmpty();
  }

  private static boolean isHtml(Path p) {
    String n = p.getFileName().toString().toLowerCase(Locale.ROOT);
    return Files.isRegularFile(p) && (n.endsWith(".html") || n.endsWith(".htm"));
  }
}
