package io.jobstream.enrich.topology;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Deserializer;

/**
 * Reads a raw record key (the page URL) as UTF-8 and refuses malformed bytes, so that a broken
 * key is reported in the dead-letter queue instead of becoming a URL full of replacement marks.
 */
public class StrictUtf8Deserializer implements Deserializer<String> {
  @Override
  public String deserialize(String topic, byte[] data) {
    if (data == null) {
      return null;
    }
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(data))
          .toString();
    } catch (CharacterCodingException e) {
      throw new SerializationException(
          "record key on " + topic + " is not valid UTF-8 (" + data.length + " bytes)", e);
    }
  }
}
