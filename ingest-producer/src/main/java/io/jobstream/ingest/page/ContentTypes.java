package io.jobstream.ingest.page;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Works out a page's {@code content-type} header from its file name and first bytes.
 *
 * <p>The MIME type comes from the extension when it is decisive ({@code .html}, {@code .htm},
 * {@code .md}, ...), else from the bytes: front matter means Markdown, markup means HTML, anything
 * else is plain text. A charset is added only when a byte-order mark or an HTML meta tag states
 * it: a guessed charset would hide the question from the enricher, which sniffs on its own.
 */
public final class ContentTypes {
  public static final String HTML = "text/html";
  public static final String MARKDOWN = "text/markdown";
  public static final String PLAIN = "text/plain";

  /** How far into a page the sniffers look; HTML requires a meta charset in the first 1024 bytes. */
  private static final int SNIFF_BYTES = 4096;
  /** Front matter can be long (benefit lists, descriptions); look further for its closing fence. */
  private static final int FRONT_MATTER_BYTES = 64 * 1024;

  private static final Pattern META_CHARSET =
      Pattern.compile("<meta[^>]*?charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9._:-]+)", Pattern.CASE_INSENSITIVE);
  private static final Pattern MARKUP =
      Pattern.compile(
          "^\\s*(<!--.*?-->\\s*)*<(!doctype\\s+html|html|head|body)\\b",
          Pattern.CASE_INSENSITIVE | Pattern.DOTALL);

  private ContentTypes() {}

  /** The MIME type without parameters: {@link #HTML}, {@link #MARKDOWN} or {@link #PLAIN}. */
  public static String mimeType(String fileName, byte[] body) {
    String ext = extension(fileName);
    switch (ext) {
      case "html", "htm", "xhtml", "shtml":
        return HTML;
      case "md", "markdown", "mdown", "mkd":
        return MARKDOWN;
      default:
        break;
    }
    if (FrontMatter.present(prefix(body, FRONT_MATTER_BYTES))) {
      return MARKDOWN;
    }
    return MARKUP.matcher(prefix(body, SNIFF_BYTES)).find() ? HTML : PLAIN;
  }

  /** The charset a BOM or (for HTML) a meta tag states, or null when the page does not say. */
  public static Charset declaredCharset(String mimeType, byte[] body) {
    Charset bom = bomCharset(body);
    if (bom != null || !HTML.equals(mimeType)) {
      return bom;
    }
    Matcher m = META_CHARSET.matcher(prefix(body, SNIFF_BYTES));
    if (m.find()) {
      try {
        return Charset.forName(m.group(1));
      } catch (IllegalArgumentException unknownOrIllegal) {
        return null; // a name the JVM does not know is as good as none to the enricher
      }
    }
    return null;
  }

  /** The full header value, e.g. {@code text/html; charset=windows-1252}. */
  public static String detect(String fileName, byte[] body) {
    String mime = mimeType(fileName, body);
    Charset charset = declaredCharset(mime, body);
    return charset == null ? mime : mime + "; charset=" + charset.name().toLowerCase(Locale.ROOT);
  }

  static Charset bomCharset(byte[] b) {
    if (b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF) {
      return StandardCharsets.UTF_8;
    }
    if (b.length >= 2 && (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF) {
      return StandardCharsets.UTF_16BE;
    }
    if (b.length >= 2 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE) {
      return StandardCharsets.UTF_16LE;
    }
    return null;
  }

  /** The first bytes as text; markers we look for are ASCII, so any ASCII-compatible decoding will do. */
  static String prefix(byte[] body, int limit) {
    Charset bom = bomCharset(body);
    Charset cs = bom != null ? bom : StandardCharsets.ISO_8859_1;
    String text = new String(body, 0, Math.min(body.length, limit), cs);
    return text.startsWith("\uFEFF") ? text.substring(1) : text;
  }

  private static String extension(String fileName) {
    if (fileName == null) {
      return "";
    }
    String name = fileName.substring(Math.max(fileName.lastIndexOf('/'), fileName.lastIndexOf('\\')) + 1);
    int dot = name.lastIndexOf('.');
    return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
  }
}
