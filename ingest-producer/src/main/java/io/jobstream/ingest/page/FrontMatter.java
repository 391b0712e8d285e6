package io.jobstream.ingest.page;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The top-level scalar keys of a Markdown page's front matter: TOML between {@code +++} lines or
 * YAML between {@code ---} lines.
 *
 * <p>A line scan, not a TOML or YAML parser: nested tables, lists and multi-line strings are
 * ignored. That is enough for the keys we need ({@code link}, {@code url}), which the page
 * generators we have seen always write as one quoted or bare string on one line.
 */
final class FrontMatter {
  private FrontMatter() {}

  /** True when the text opens with a front-matter block that is closed again. */
  static boolean present(String text) {
    return parse(text) != null;
  }

  /** Key to unquoted value, in page order; null when the text has no closed front matter. */
  static Map<String, String> parse(String text) {
    String[] lines = stripBom(text).split("\r?\n", -1);
    if (lines.length < 2) {
      return null;
    }
    String fence = lines[0].strip();
    char separator;
    if (fence.equals("+++")) {
      separator = '=';
    } else if (fence.equals("---")) {
      separator = ':';
    } else {
      return null;
    }
    Map<String, String> values = new LinkedHashMap<>();
    for (int i = 1; i < lines.length; i++) {
      String line = lines[i];
      if (line.strip().equals(fence) || (separator == ':' && line.strip().equals("..."))) {
        return values;
      }
      // Indented lines belong to nested values; the keys we want are at the top level.
      if (line.isEmpty() || Character.isWhitespace(line.charAt(0)) || line.startsWith("#")) {
        continue;
      }
      int at = line.indexOf(separator);
      if (at > 0) {
        values.putIfAbsent(line.substring(0, at).strip(), unquote(line.substring(at + 1).strip()));
      }
    }
    return null;
  }

  private static String unquote(String value) {
    if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
      return value.substring(1, value.length() - 1).replace("\\\"", "\"").replace("\\\\", "\\");
    }
    if (value.length() >= 2 && value.startsWith("'") && value.endsWith("'")) {
      // YAML doubles a single quote inside single quotes; TOML literal strings have no escapes.
      return value.substring(1, value.length() - 1).replace("''", "'");
    }
    int comment = value.indexOf(" #");
    return (comment >= 0 ? value.substring(0, comment) : value).strip();
  }

  private static String stripBom(String text) {
    return text.startsWith("\uFEFF") ? text.substring(1) : text;
  }
}
