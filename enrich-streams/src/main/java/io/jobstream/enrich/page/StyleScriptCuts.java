package io.jobstream.enrich.page;

import io.jobstream.enrich.page.StyleScriptReading.Cut;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;

/**
 * A page whose long style sheets and scripts are cut short before it is parsed. Real pages
 * inline up to a megabyte of CSS and script, which the parser would copy into the document
 * only for cleaning to drop; parsing them costs a fifth of the parse of such a page. Each cut
 * body keeps whatever opens it up to its first printable character and {@value #KEEP_BYTES}
 * bytes or so after that (enough for the removal audit's sample)
 * and ends with a mark naming the cut, so that the audit still counts every character cut.
 *
 * <p>The bodies are found by {@link StyleScriptReading}, which reads the markup as jsoup's
 * tokenizer does and stops at anything it cannot follow exactly; nothing after that is cut. A
 * script that may hold JSON (JSON-LD) is never cut. Only pages of at least {@value #MIN_PAGE}
 * bytes are read; a smaller page is parsed as it is. Immutable once built.
 */
public final class StyleScriptCuts {
  /** No cuts: the page is parsed as it is. */
  public static final StyleScriptCuts NONE = new StyleScriptCuts(null, null, List.of());

  static final int MIN_PAGE = 16 * 1024;
  static final int KEEP_BYTES = 2048;
  // A body is cut only when at least this much would go: smaller ones cost the parser little.
  static final int MIN_CUT = 4096;

  private final byte[] page;
  private final byte[] html;
  private final List<Cut> cuts;

  private StyleScriptCuts(byte[] page, byte[] html, List<Cut> cuts) {
    this.page = page;
    this.html = html;
    this.cuts = cuts;
  }

  /** The cuts for {@code body}: none unless it is well-formed UTF-8 of at least {@link #MIN_PAGE} bytes. */
  public static StyleScriptCuts of(Body body) {
    byte[] utf8 = body.utf8Bytes();
    if (utf8 == null || utf8.length < MIN_PAGE) {
      return NONE;
    }
    List<Cut> cuts = StyleScriptReading.of(utf8, KEEP_BYTES, MIN_CUT);
    return cuts.isEmpty() ? NONE : new StyleScriptCuts(utf8, shortened(utf8, cuts), cuts);
  }

  /** The page with its long bodies cut short, as UTF-8; null for {@link #NONE}. */
  public byte[] html() {
    return html;
  }

  /** How many bodies were cut short. */
  public int count() {
    return cuts.size();
  }

  /**
   * The characters cut from the style or script whose body now reads {@code data}, less the
   * mark the cut left at its end; 0 for a body that was not cut. A cut body ends with a comment
   * naming the cut, keyed with a number drawn at random once per process, so that no page can
   * write a mark that passes for one.
   */
  public int charsCutFrom(String data) {
    if (cuts.isEmpty() || !data.endsWith("*/")) {
      return 0;
    }
    int at = data.lastIndexOf(MARK);
    if (at < 0) {
      return 0;
    }
    int index;
    try {
      index = Integer.parseInt(data, at + MARK.length(), data.length() - 2, 10);
    } catch (NumberFormatException e) {
      return 0;
    }
    if (index < 0 || index >= cuts.size()) {
      return 0;
    }
    Cut cut = cuts.get(index);
    // Counted only now: the style sheets in the head, most of what is cut, are never asked for.
    return chars(page, cut.from(), cut.to()) - (data.length() - at);
  }

  // The opening of the mark a cut leaves, "/*jobstream-cut-<key>-", followed by its index and "*/".
  private static final String MARK = "/*jobstream-cut-" + Long.toHexString(new SecureRandom().nextLong()) + "-";

  private static byte[] mark(int index) {
    return (MARK + index + "*/").getBytes(StandardCharsets.US_ASCII);
  }

  private static byte[] shortened(byte[] utf8, List<Cut> cuts) {
    List<byte[]> marks = new ArrayList<>();
    int length = utf8.length;
    for (int i = 0; i < cuts.size(); i++) {
      marks.add(mark(i));
      length -= cuts.get(i).to() - cuts.get(i).from() - marks.get(i).length;
    }
    byte[] out = new byte[length];
    int at = 0;
    int to = 0;
    for (int i = 0; i < cuts.size(); i++) {
      Cut cut = cuts.get(i);
      System.arraycopy(utf8, at, out, to, cut.from() - at);
      to += cut.from() - at;
      System.arraycopy(marks.get(i), 0, out, to, marks.get(i).length);
      to += marks.get(i).length;
      at = cut.to();
    }
    System.arraycopy(utf8, at, out, to, utf8.length - at);
    return out;
  }

  // UTF-16 characters in well-formed UTF-8 bytes: one per lead byte, two for a four-byte one.
  static int chars(byte[] utf8, int from, int to) {
    int n = 0;
    for (int i = from; i < to; i++) {
      int b = utf8[i] & 0xff;
      if (b < 0x80 || b >= 0xc0) {
        n += b >= 0xf0 ? 2 : 1;
      }
    }
    return n;
  }
}
