package io.jobstream.enrich.cli;

import java.nio.file.Path;
import java.util.Locale;

/**
 * Content type of a page file without headers, by extension; null lets the enricher sniff the
 * bytes. Shared by the {@code enrich} and {@code eval} commands so both read a file alike.
 */
public final class PageTypes {
  private PageTypes() {}

  /** {@code text/markdown}, {@code text/html}, or null when the extension says nothing. */
  public static String of(Path file) {
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
