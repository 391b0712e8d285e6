package io.jobstream.enrich.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A gold JSON file (the format of {@code seeds.json}) with each entry's page resolved. Pages of
 * {@code X/gold/*.json} live in {@code X/pages/}; pages of {@code .../gold/seeds.json} in
 * {@code .../seeds/}. Entries whose page is missing stay out of {@link #entries()} and are
 * listed in {@link #errors()}.
 *
 * @param goldFile the gold JSON file
 * @param pagesDir the folder the entries' {@code file} values are relative to
 * @param entries the entries whose page exists
 * @param errors one message per unusable entry (missing page, no {@code file})
 */
public record GoldSet(Path goldFile, Path pagesDir, List<GoldEntry> entries, List<String> errors) {
  private static final ObjectMapper JSON = new ObjectMapper();

  public GoldSet {
    entries = List.copyOf(entries);
    errors = List.copyOf(errors);
  }

  /** Loads {@code goldFile}, finding its pages folder by the convention above. */
  public static GoldSet load(Path goldFile) throws IOException {
    return load(goldFile, pagesDirFor(goldFile));
  }

  /** Loads {@code goldFile} with its pages in {@code pagesDir}. */
  public static GoldSet load(Path goldFile, Path pagesDir) throws IOException {
    JsonNode root = JSON.readTree(goldFile.toFile());
    JsonNode postings = root.isArray() ? root : root.path("postings");
    List<GoldEntry> entries = new ArrayList<>();
    List<String> errors = new ArrayList<>();
    if (!postings.isArray()) {
      errors.add(goldFile + ": no \"postings\" array");
    }
    int i = 0;
    for (JsonNode p : postings) {
      i++;
      String file = p.path("file").asText(null);
      if (file == null || file.isBlank()) {
        errors.add(goldFile + ": entry " + i + " has no \"file\"");
        continue;
      }
      Path path = pagesDir.resolve(file).normalize();
      if (!Files.isRegularFile(path)) {
        errors.add(goldFile.getFileName() + ": " + file + ": page not found at " + path);
        continue;
      }
      String type = p.hasNonNull("contentType") ? p.get("contentType").asText() : null;
      entries.add(new GoldEntry(file, path, type, p));
    }
    return new GoldSet(goldFile, pagesDir, entries, errors);
  }

  /** The pages folder of {@code goldFile}: {@code X/pages} for {@code X/gold/*.json}, {@code X/seeds} for seeds gold. */
  public static Path pagesDirFor(Path goldFile) {
    Path abs = goldFile.toAbsolutePath().normalize();
    Path goldDir = abs.getParent();
    Path base = goldDir.getParent() != null ? goldDir.getParent() : goldDir;
    if (!goldDir.getFileName().toString().equals("gold")) {
      return goldDir;
    }
    return abs.getFileName().toString().startsWith("seeds") ? base.resolve("seeds") : base.resolve("pages");
  }

  /** Whether this is a seeds gold set (held to the seeds bars). */
  public boolean isSeeds() {
    return goldFile.getFileName().toString().startsWith("seeds");
  }
}
