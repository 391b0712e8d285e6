package io.jobstream.stack;

import com.fasterxml.jackson.databind.JsonNode;
import io.jobstream.model.PostingJson;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** The shared seeds and their gold file, found by relative path from the module or the repo. */
final class SharedData {
  private SharedData() {}

  static Path shared() {
    for (Path p : List.of(Path.of("../../shared"), Path.of("../shared"))) {
      if (Files.isDirectory(p.resolve("seeds"))) {
        return p.toAbsolutePath().normalize();
      }
    }
    throw new IllegalStateException(
        "the shared seeds folder (../shared/seeds beside the checkout) is missing");
  }

  static Path seeds() {
    return shared().resolve("seeds");
  }

  static List<JsonNode> gold() throws IOException {
    JsonNode root = PostingJson.mapper().readTree(shared().resolve("gold/seeds.json").toFile());
    return List.copyOf(root.get("postings").valueStream().toList());
  }

  /** True when the gold value (a string or a list of accepted strings) accepts {@code actual}. */
  static boolean accepts(JsonNode gold, String actual) {
    if (gold.isArray()) {
      return gold.valueStream().anyMatch(g -> g.asText().equals(actual));
    }
    return gold.asText().equals(actual);
  }
}
