package io.jobstream.stack;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Set;

/** The published JSON Schema of {@code enriched-posting} v1, loaded from posting-model's jar. */
final class EnrichedSchema {
  private static final JsonSchema SCHEMA = load();

  private EnrichedSchema() {}

  static Set<ValidationMessage> validate(JsonNode posting) {
    return SCHEMA.validate(posting);
  }

  private static JsonSchema load() {
    try (InputStream in =
        EnrichedSchema.class.getResourceAsStream("/schema/enriched-posting-v1.schema.json")) {
      if (in == null) {
        throw new IllegalStateException("schema/enriched-posting-v1.schema.json is not on the classpath");
      }
      return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
