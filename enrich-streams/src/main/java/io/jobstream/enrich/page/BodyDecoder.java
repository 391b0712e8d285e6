package io.jobstream.enrich.page;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
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
    requireText(body);
    return text(body, declared != null ? declared : metaCharset(body));
  }

  /**
   * Reads {@code body} as {@link #decode} does, keeping a well-formed UTF-8 body as bytes for the
   * parser to decode (the same text, one pass fewer over the page).
   *
   * @throws IllegalArgumentException when the body is empty or is clearly not text
   */
  public static Body read(byte[] body, Charset declared) {
    requireText(body);
    Charset named = declared != null ? declared : metaCharset(body);
    if (bomCharset(body) == null && (named == null || named.equals(StandardCharsets.UTF_8)) && opensWithAsciiText(body)) {
      Utf8.Scan scan = Utf8.scan(body);
      if (scan.wellFormed() && !scan.hasNul()) {
        return utf8Body(body, scan);
      }
      if (!scan.wellFormed() && named == null) {
        // A legacy page naming no charset: text() would decode it as UTF-8, find a replacement
        // character, scan it again and decode it as windows-1252. The scan has answered already.
        return Body.ofText(checked(new String(body, WINDOWS_1252)));
      }
    }
    return Body.ofText(text(body, named));
  }

  private static void requireText(byte[] body) {
    if (body.length == 0) {
      throw new IllegalArgumentException("empty body: a page needs at least one character");
    }
    rejectKnownBinary(body);
  }

  // The text of b in the charset its byte-order mark or `named` gives, checked and with its
  // no-break spaces made spaces.
  private static String text(byte[] b, Charset named) {
    return checked(decodeWithBomOrCharset(b, named));
  }

  // The decoded text refused when it holds NUL or only whitespace, with no-break spaces made spaces.
  private static String checked(String text) {
    int nul = text.indexOf('\0');
    if (nul >= 0) {
      throw new IllegalArgumentException("binary body: NUL character at offset " + nul);
    }
    if (text.isBlank()) {
      throw new IllegalArgumentException("blank body: the page holds only whitespace");
    }
    return withoutNoBreakSpaces(text);
  }

  // The bytes of a UTF-8 body that text() would accept as they are: it opens with ASCII text
  // and its scan found it well-formed and free of NUL. Every check here is one text() makes, done
  // on the bytes.
  private static Body utf8Body(byte[] b, Utf8.Scan scan) {
    byte[] bytes = scan.hasNoBreakSpace() ? withoutNoBreakSpaces(b) : b;
    // PageKind.sniff looks at the first 2,048 characters after leading whitespace; 8 KB of
    // UTF-8 holds at least that many unless the page opens with a long run of whitespace.
    int cut = Math.min(bytes.length, SNIFF_BYTES);
    while (cut < bytes.length && (bytes[cut] & 0xc0) == 0x80) {
      cut--; // not inside a character
    }
    String head = new String(bytes, 0, cut, StandardCharsets.UTF_8);
    if (cut == bytes.length) {
      return Body.ofText(head); // a small page, decoded whole already
    }
    if (head.stripLeading().length() < PageKind.HEAD_CHARS) {
      return Body.ofText(new String(bytes, StandardCharsets.UTF_8));
    }
    return Body.ofUtf8(bytes, head);
  }

  private static final int SNIFF_BYTES = 8192;

  // The charset a byte-order mark at the start of b names, or null.
  private static Charset bomCharset(byte[] b) {
    if (b.length >= 3 && (b[0] & 0xff) == 0xef && (b[1] & 0xff) == 0xbb && (b[2] & 0xff) == 0xbf) {
      return StandardCharsets.UTF_8;
    }
    if (b.length >= 2 && (b[0] & 0xff) == 0xfe && (b[1] & 0xff) == 0xff) {
      return StandardCharsets.UTF_16BE;
    }
    if (b.length >= 2 && (b[0] & 0xff) == 0xff && (b[1] & 0xff) == 0xfe) {
      return StandardCharsets.UTF_16LE;
    }
    return null;
  }

  // Whether the first byte that is not ASCII whitespace (as Character.isWhitespace has it) is an
  // ASCII character: then the text is not blank. Bodies opening otherwise are left to decode.
  private static boolean opensWithAsciiText(byte[] b) {
    for (byte x : b) {
      int c = x & 0xff;
      boolean whitespace = c == ' ' || c >= 0x09 && c <= 0x0d || c >= 0x1c && c <= 0x1f;
      if (!whitespace) {
        return c < 0x80;
      }
    }
    return false;
  }

  // U+00A0 is C2 A0 in UTF-8, and C2 is never a continuation byte, so in well-formed UTF-8 the
  // pair is always that character: replacing it by one space equals decoding, then replacing.
  private static byte[] withoutNoBreakSpaces(byte[] b) {
    int at = Utf8.indexOfNoBreakSpace(b, 0);
    if (at < 0) {
      return b;
    }
    byte[] out = new byte[b.length];
    int n = 0;
    int from = 0;
    for (; at >= 0; at = Utf8.indexOfNoBreakSpace(b, from)) {
      System.arraycopy(b, from, out, n, at - from);
      n += at - from;
      out[n++] = ' ';
      from = at + 2;
    }
    System.arraycopy(b, from, out, n, b.length - from);
    n += b.length - from;
    return Arrays.copyOf(out, n);
  }

  // Each no-break space as a plain space. Most pages hold none, and String.indexOf (vectorised)
  // tells so far faster than the character loop inside String.replace.
  private static String withoutNoBreakSpaces(String text) {
    return text.indexOf('\u00a0') < 0 ? text : text.replace('\u00a0', ' ');
  }

  private static String decodeWithBomOrCharset(byte[] b, Charset named) {
    Charset bom = bomCharset(b);
    if (bom != null) {
      int mark = bom.equals(StandardCharsets.UTF_8) ? 3 : 2;
      return new String(b, mark, b.length - mark, bom);
    }
    if (named != null) {
      return new String(b, named);
    }
    // The lenient decoder is much faster; without a replacement character in its result the
    // input was well-formed. With one, the bytes decide: well-formed UTF-8 may name U+FFFD itself.
    String utf8 = new String(b, StandardCharsets.UTF_8);
    return utf8.indexOf('\ufffd') < 0 || Utf8.scan(b).wellFormed() ? utf8 : new String(b, WINDOWS_1252);
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
