package io.jobstream.model;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * JSON (de)serialisation of {@link EnrichedPosting}. Thread-safe: one shared, immutable mapper.
 * Reading ignores unknown fields so that a consumer survives additive schema changes.
 */
public final class PostingJson {
  private static final ObjectMapper MAPPER =
      new ObjectMapper()
          .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
          .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

  private PostingJson() {}

  /** The shared mapper, for callers that need a tree or a pretty printer. */
  public static ObjectMapper mapper() {
    return MAPPER;
  }

  /** UTF-8 JSON bytes of the posting. */
  public static byte[] toBytes(EnrichedPosting posting) {
    try {
      return MAPPER.writeValueAsBytes(posting);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The posting as a JSON string on one line. */
  public static String toJson(EnrichedPosting posting) {
    try {
      return MAPPER.writeValueAsString(posting);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Parses UTF-8 JSON bytes.
   *
   * @throws IllegalArgumentException when the bytes are not an enriched posting
   */
  public static EnrichedPosting fromBytes(byte[] json) {
    try {
      return MAPPER.readValue(json, EnrichedPosting.class);
    } catch (IOException e) {
      throw new IllegalArgumentException("not an enriched-posting JSON document: " + e.getMessage(), e);
    }
  }
}
