package io.jobstream.enrich.page;

import io.jobstream.enrich.page.StyleScriptReading.Cut;
import java.util.List;

/**
 * A page whose long style sheets and scripts are cut short before it is parsed. Real pages
 * inline up to a megabyte of CSS and script, which the parser would copy into the document
 * only for cleaning to drop; parsing them costs a fifth of the parse of such a page. Each cut
 * body keeps its first {@value #KEEP_BYTES} bytes or so (enough for the removal audit's sample),
 * and the characters cut from it are remembered so the audit still counts them.
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

  /** A fresh reckoning of the cuts, for one reader of the parsed document. */
  public Claims claims() {
    return new Claims();
  }

  /** Hands out each cut's count once. Not thread-safe: one reader uses it. */
  public final class Claims {
    private final boolean[] claimed = new boolean[cuts.size()];

    private Claims() {}

    /**
     * The characters cut from the style or script whose body now reads {@code data}, or 0. No two
     * cuts keep the same text, so a body is known by it; each cut is handed out once.
     */
    public int charsCutFrom(String data) {
      for (int i = 0; i < claimed.length; i++) {
        Cut cut = cuts.get(i);
        if (!claimed[i] && cut.kept().equals(data)) {
          claimed[i] = true;
          // Counted only now: the style sheets in the head, most of what is cut, are never asked for.
          return chars(page, cut.from(), cut.to());
        }
      }
      return 0;
    }
  }

  private static byte[] shortened(byte[] utf8, List<Cut> cuts) {
    int length = utf8.length;
    for (Cut cut : cuts) {
      length -= cut.to() - cut.from();
    }
    byte[] out = new byte[length];
    int at = 0;
    int to = 0;
    for (Cut cut : cuts) {
      System.arraycopy(utf8, at, out, to, cut.from() - at);
      to += cut.from() - at;
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
