package io.jobstream.enrich.eval;

import java.nio.file.Path;
import java.util.Locale;

/**
 * Content type of a page file without headers, by extension (null = let the enricher sniff).
 * Mirrors the private {@code EnrichCommand.typeOf}; replace with it once that is public.
 */
final class PageTypes {
  private PageTypes() {}

  static String of(Path file) {
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    if (name.endsWith(".md") || name.endsWith(".markdown")) {
      return "text/markdown";
    }
    if (name.endsWith(".html") || name.endsWith(".htm")) {
      return "text/html";
    }
    return null;
  }
}
