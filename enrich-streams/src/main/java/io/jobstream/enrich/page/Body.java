package io.jobstream.enrich.page;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/**
 * A page body ready to read. Most bodies are held as decoded text; a well-formed UTF-8 body is
 * kept as its bytes (no-break spaces already made spaces, as {@link BodyDecoder#decode} does) so
 * that the HTML parser decodes it once, as it reads, instead of a whole-page String being built
 * first. Either way the characters are those {@link #text()} returns. Not
 * thread-safe: one body serves one enrichment.
 */
public final class Body {
  private final byte[] utf8;
  private final String head;
  private String text;

  private Body(byte[] utf8, String head, String text) {
    this.utf8 = utf8;
    this.head = head;
    this.text = text;
  }

  /** A body already decoded to {@code text}. */
  public static Body ofText(String text) {
    return new Body(null, text, text);
  }

  static Body ofUtf8(byte[] utf8, String head) {
    return new Body(utf8, head, null);
  }

  /** The leading text of the page: the whole of it, or enough to tell its kind by. */
  public String head() {
    return head;
  }

  /** The whole text, decoded on first use. */
  public String text() {
    if (text == null) {
      text = new String(utf8, StandardCharsets.UTF_8);
    }
    return text;
  }

  // The bytes themselves, for StyleScriptCuts, which reads them without a copy.
  byte[] utf8Bytes() {
    return utf8;
  }

  /** The well-formed UTF-8 bytes of the page, or null when it is held as text. */
  public InputStream utf8() {
    return utf8 == null ? null : new ByteArrayInputStream(utf8);
  }
}
