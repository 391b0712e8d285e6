package io.jobstream.enrich.page;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.toml.TomlMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Splits TOML ({@code +++}) or YAML ({@code ---}) front matter off a Markdown page. A block
 * that does not parse is still removed from the body (it is never description text), with no
 * fields. Thread-safe: the mappers are configured once and never changed.
 */
public final class FrontMatterReader {
  private static final ObjectMapper TOML = new TomlMapper();
  private static final ObjectMapper YAML = new YAMLMapper();
  private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() {};

  private FrontMatterReader() {}

  /** Reads the front matter of {@code text}, if it opens with a fence line. */
  public static FrontMatter read(String text) {
    String doc = text.stripLeading();
    String fence = doc.startsWith("+++") ? "+++" : doc.startsWith("---") ? "---" : null;
    if (fence == null) {
      return FrontMatter.none(text);
    }
    int firstEol = doc.indexOf('\n');
    if (firstEol < 0 || !doc.substring(0, firstEol).strip().equals(fence)) {
      return FrontMatter.none(text);
    }
    int close = findClosingFence(doc, fence, firstEol + 1);
    if (close < 0) {
      return FrontMatter.none(text);
    }
    String block = doc.substring(firstEol + 1, close);
    int afterFence = doc.indexOf('\n', close);
    String body = afterFence < 0 ? "" : doc.substring(afterFence + 1);
    String raw = doc.substring(0, afterFence < 0 ? doc.length() : afterFence);
    return new FrontMatter(parse(block, fence.equals("+++") ? TOML : YAML), raw, body);
  }

  private static int findClosingFence(String doc, String fence, int from) {
    int pos = from;
    while (pos < doc.length()) {
      int eol = doc.indexOf('\n', pos);
      int end = eol < 0 ? doc.length() : eol;
      if (doc.substring(pos, end).strip().equals(fence)) {
        return pos;
      }
      if (eol < 0) {
        return -1;
      }
      pos = eol + 1;
    }
    return -1;
  }

  private static Map<String, Object> parse(String block, ObjectMapper mapper) {
    try {
      Map<String, Object> parsed = mapper.readValue(block, MAP);
      Map<String, Object> out = new LinkedHashMap<>();
      if (parsed != null) {
        parsed.forEach((k, v) -> out.put(k.toLowerCase(Locale.ROOT), v));
      }
      return out;
    } catch (java.io.IOException | RuntimeException e) {
      // Hand-written front matter is often slightly invalid; the body is still worth enriching.
      return Map.of();
    }
  }
}
