package io.jobstream.enrich.page;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The front matter of a Markdown page: its fields (keys lower-cased), the raw block as it was
 * written (for the audit trail) and the body after it. {@link #NONE} when a page has none.
 */
public record FrontMatter(Map<String, Object> fields, String rawBlock, String body) {

  /** No front matter. */
  public static FrontMatter none(String body) {
    return new FrontMatter(Map.of(), "", body);
  }

  /** The first of {@code keys} holding a scalar (or the first element of a list), or null. */
  public String text(String... keys) {
    for (String key : keys) {
      Object v = fields.get(key.toLowerCase(Locale.ROOT));
      if (v instanceof List<?> list && !list.isEmpty()) {
        v = list.get(0);
      }
      if (v != null && !(v instanceof Map) && !(v instanceof List)) {
        String s = v.toString().strip();
        if (!s.isEmpty() && !s.equalsIgnoreCase("none")) {
          return s;
        }
      }
    }
    return null;
  }

  /** The first of {@code keys} holding a list (or a scalar, as a one-element list); never null. */
  public List<String> list(String... keys) {
    for (String key : keys) {
      Object v = fields.get(key.toLowerCase(Locale.ROOT));
      List<String> out = new ArrayList<>();
      if (v instanceof List<?> list) {
        for (Object o : list) {
          if (o != null && !o.toString().isBlank()) {
            out.add(o.toString().strip());
          }
        }
      } else if (v != null && !v.toString().isBlank()) {
        out.add(v.toString().strip());
      }
      if (!out.isEmpty()) {
        return out;
      }
    }
    return List.of();
  }
}
