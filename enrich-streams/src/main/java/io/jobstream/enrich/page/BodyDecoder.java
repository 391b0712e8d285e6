package io.jobstream.enrich.page;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns page bytes into text. Order of trust: the declared charset, a byte-order mark, a
 * {@code <meta charset>} near the top, strict UTF-8, and finally windows-1252 (which decodes
 * any byte, so legacy pages never fail). Stateless and thread-safe.
 */
public final class BodyDecoder {
  private static final Pattern META_CHARSET =
      Pattern.compile("charset\\s*=\\s*[\"']?([A-Za-z0-9_.:-]{1,40})", Pattern.CASE_INSENSITIVE);
  private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

  private BodyDecoder() {}

  /**
   * Decodes {@code body}.
   *
   * @throws IllegalArgumentException when the body is empty or is clearly not text
   */
  public static String decode(byte[] body, Charset declared) {
    if (body.length == 0) {
      throw new IllegalArgumentException("empty body: a page needs at least one character");
    }
    rejectKnownBinary(body);
    String text = decodeWithBomOrCharset(body, declared);
    int nul = text.indexOf('\0');
    if (nul >= 0) {
      throw new IllegalArgumentException("binary body: NUL character at offset " + nul);
    }
    if (text.isBlank()) {
      throw new IllegalArgumentException("blank body: the page holds only whitespace");
    }
    return withoutNoBreakSpaces(text);
  }

  // Each no-break space as a plain space. Most pages hold none, and String.indexOf (vectorised)
  // tells so far faster than the character loop inside String.replace.
  private static String withoutNoBreakSpaces(String text) {
    return text.indexOf('\u00a0') < 0 ? text : text.replace('\u00a0', ' ');
  }

  private static String decodeWithBomOrCharset(byte[] b, Charset declared) {
    if (b.length >= 3 && (b[0] & 0xff) == 0xef && (b[1] & 0xff) == 0xbb && (b[2] & 0xff) == 0xbf) {
      return new String(b, 3, b.length - 3, StandardCharsets.UTF_8);
    }
    if (b.length >= 2 && (b[0] & 0xff) == 0xfe && (b[1] & 0xff) == 0xff) {
      return new String(b, 2, b.length - 2, StandardCharsets.UTF_16BE);
    }
    if (b.length >= 2 && (b[0] & 0xff) == 0xff && (b[1] & 0xff) == 0xfe) {
      return new String(b, 2, b.length - 2, StandardCharsets.UTF_16LE);
    }
    if (declared != null) {
      return new String(b, declared);
    }
    Charset meta = metaCharset(b);
    if (meta != null) {
      return new String(b, meta);
    }
    // The lenient decoder is much faster; without a replacement character in its result the
    // input was well-formed and the strict decoder would return the same text.
    String utf8 = new String(b, StandardCharsets.UTF_8);
    if (utf8.indexOf('\ufffd') < 0) {
      return utf8;
    }
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(b))
          .toString();
    } catch (CharacterCodingException e) {
      return new String(b, WINDOWS_1252);
    }
  }

  private static Charset metaCharset(byte[] b) {
    String head = new String(b, 0, Math.min(b.length, 4096), StandardCharsets.ISO_8859_1);
    int meta = indexOfMeta(head);
    if (meta < 0) {
      return null;
    }
    Matcher m = META_CHARSET.matcher(head).region(meta, head.length());
    if (!m.find()) {
      return null;
    }
    try {
      return Charset.forName(m.group(1));
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  // head.toLowerCase(Locale.ROOT).indexOf("<meta") without the copy (head is Latin-1, so lower-casing keeps offsets).
  private static int indexOfMeta(String head) {
    for (int i = head.indexOf('<'); i >= 0; i = head.indexOf('<', i + 1)) {
      if (head.regionMatches(true, i + 1, "meta", 0, 4)) {
        return i;
      }
    }
    return -1;
  }

  // Common binary formats that scrapers fetch by mistake; they would decode to garbage.
  private static void rejectKnownBinary(byte[] b) {
    String head = new String(b, 0, Math.min(b.length, 8), StandardCharsets.ISO_8859_1);
    if (head.startsWith("%PDF-")) {
      throw new IllegalArgumentException("binary body: a PDF document, not a page");
    }
    if (head.startsWith("PK\u0003\u0004")) {
      throw new IllegalArgumentException("binary body: a ZIP/Office archive, not a page");
    }
    if (head.startsWith("\u0089PNG") || head.startsWith("GIF8") || head.startsWith("\u00ff\u00d8\u00ff")) {
      throw new IllegalArgumentException("binary body: an image, not a page");
    }
  }
}
