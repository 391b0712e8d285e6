package io.jobstream.enrich.eval;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;

/**
 * One labelled page of a gold set.
 *
 * @param file the entry's {@code file} as written in the gold JSON
 * @param path where the page is, resolved against the pages folder
 * @param contentType the entry's {@code contentType}, or null to infer it from the file
 * @param expected the whole gold entry (fields left out are not scored)
 */
public record GoldEntry(String file, Path path, String contentType, JsonNode expected) {}
