package io.jobstream.enrich.page;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A page whose long style sheets and scripts are cut short before it is parsed. Real pages
 * inline up to a megabyte of CSS and script, which the parser would copy into the document
 * only for cleaning to drop; parsing them costs a fifth of the parse of such a page. Each cut
 * body keeps its first {@value #KEEP_BYTES} bytes or so (enough for the removal audit's sample),
 * and the characters cut from it are remembered so the audit still counts them.
 *
 * <p>The bodies are found by a small reading of the markup that knows where {@code <style>}
 * cannot start: in comments, attribute values, titles, text areas, scripts, SVG and MathML. A
 * JSON-LD script is never cut, nor a script with an HTML comment in it (where parsers differ
 * on its end); after one of those, or markup the reading cannot follow, nothing more is cut.
 * Only pages of at least {@value #MIN_PAGE} bytes are read; a smaller page is parsed as it is.
 * Immutable once built.
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

  /** One cut: the body now reads {@code kept}, and the bytes from {@code from} to {@code to} are gone. */
  private record Cut(int from, int to, String kept) {}

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
    List<Cut> cuts = new Reading(utf8).cuts();
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
     * The characters cut from the style or script whose body now reads {@code data}, or 0. Each
     * cut is claimed once, in page order, so two bodies that open alike are each counted.
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

  /**
   * One pass over the markup as an HTML tokenizer would see it, far enough to tell real style and
   * script bodies. The bytes are held as a Latin-1 string, one character per byte, for its fast
   * searches; UTF-8 sequences become characters above 127, which no markup character is.
   */
  private static final class Reading {
    // Elements whose content is read as text up to their end tag (title to plaintext), or as
    // foreign markup (svg, math), where a <style> is not a style sheet; nothing is cut inside.
    private static final String[] SPECIAL = {
        "style", "script", "title", "textarea", "xmp", "iframe", "noembed", "noframes", "noscript",
        "svg", "math", "plaintext"};
    private final byte[] utf8;
    private final String s;
    private final int n;
    private final List<Cut> cuts = new ArrayList<>();
    private static final int NOT_SEARCHED = -2;
    // The next "<!--", "--!>", '"' and '\'' found so far (-1: none up to the end).
    private int commentOpen = NOT_SEARCHED;
    private int bangClose = NOT_SEARCHED;
    private int doubleQuote = NOT_SEARCHED;
    private int singleQuote = NOT_SEARCHED;

    Reading(byte[] utf8) {
      this.utf8 = utf8;
      this.s = new String(utf8, StandardCharsets.ISO_8859_1);
      this.n = s.length();
    }

    List<Cut> cuts() {
      int i = 0;
      while (i >= 0 && i < n) {
        i = next(i);
      }
      return cuts;
    }

    // Reads from the '<' at or after i; returns where to go on, or -1 to stop.
    private int next(int from) {
      int lt = s.indexOf('<', from);
      if (lt < 0 || lt + 1 >= n) {
        return -1;
      }
      char c = s.charAt(lt + 1);
      if (c == '!') {
        return s.startsWith("<!--", lt) ? commentEnd(lt + 4) : after('>', lt + 2);
      }
      if (c == '?') {
        return after('>', lt + 2);
      }
      if (c == '/') {
        return isAsciiLetter(lt + 2) ? tagEnd(lt + 2) : after('>', lt + 2);
      }
      if (!isAsciiLetter(lt + 1)) {
        return lt + 1;
      }
      int nameEnd = lt + 1;
      while (nameEnd < n && !endsTagName((char) utf8[nameEnd])) {
        nameEnd++;
      }
      int end = tagEnd(nameEnd);
      if (end < 0) {
        return -1;
      }
      String name = special(lt + 1, nameEnd);
      if (name == null) {
        return end;
      }
      return switch (name) {
        case "style" -> body(end, "style");
        case "script" -> isJsonLd(lt, end) ? closeOf(end, "script") : script(end);
        case "plaintext" -> -1;
        default -> closeOf(end, name);
      };
    }

    // The name of a tag whose content is not markup (or is not HTML), as written in SPECIAL; else null.
    private String special(int from, int to) {
      int length = to - from;
      for (String name : SPECIAL) {
        if (name.length() == length && s.regionMatches(true, from, name, 0, length)) {
          return name;
        }
      }
      return null;
    }

    private int script(int start) {
      int close = closeTag(start, "script");
      if (close < 0) {
        return -1;
      }
      commentOpen = nextAt(commentOpen, "<!--", start);
      if (commentOpen >= 0 && commentOpen < close) {
        // Escaped script text: where it ends depends on the parser's reading of nested tags.
        return -1;
      }
      return body(start, "script");
    }

    // The body from start to its end tag: cut when long; returns where to go on.
    private int body(int start, String name) {
      int close = closeTag(start, name);
      if (close < 0) {
        return -1;
      }
      int keepTo = keptEnd(start, close);
      if (close - keepTo >= MIN_CUT) {
        String kept = new String(utf8, start, keepTo - start, StandardCharsets.UTF_8);
        cuts.add(new Cut(keepTo, close, kept));
      }
      return close + 2;
    }

    // Where the kept part of a body ends: past its leading white space and KEEP_BYTES more, just
    // after a printable ASCII character, so that the cut falls between two UTF-8 sequences and a
    // strip() of the kept part takes nothing from its end: the audit samples the same opening.
    private int keptEnd(int start, int close) {
      int i = start;
      while (i < close && s.charAt(i) <= ' ') {
        i++;
      }
      i += KEEP_BYTES;
      while (i < close && !(s.charAt(i - 1) > ' ' && s.charAt(i - 1) < 0x7f)) {
        i++;
      }
      return Math.min(i, close);
    }

    private boolean isJsonLd(int lt, int end) {
      return s.substring(lt, end).toLowerCase(Locale.ROOT).contains("ld+json");
    }

    // The index just past the end tag of name after start, or -1 when there is none.
    private int closeOf(int start, String name) {
      int close = closeTag(start, name);
      return close < 0 ? -1 : close + 2;
    }

    // The '<' of the first "</name" after start followed by a tag-name end, or -1.
    private int closeTag(int start, String name) {
      for (int i = s.indexOf("</", start); i >= 0; i = s.indexOf("</", i + 2)) {
        int after = i + 2 + name.length();
        if (after < n && s.regionMatches(true, i + 2, name, 0, name.length()) && endsTagName(s.charAt(after))) {
          return i;
        }
      }
      return -1;
    }

    // Past a tag's closing '>', from the end of its name: a quoted attribute value may hold
    // '>'. Searched, not stepped through: most tags are a '>' with no quote before it, or a few
    // quoted values.
    private int tagEnd(int from) {
      int i = from;
      while (true) {
        int gt = s.indexOf('>', i);
        if (gt < 0) {
          return -1;
        }
        doubleQuote = nextAt(doubleQuote, '"', i);
        singleQuote = nextAt(singleQuote, '\'', i);
        int quote = doubleQuote < 0 ? singleQuote : singleQuote < 0 ? doubleQuote : Math.min(doubleQuote, singleQuote);
        if (quote < 0 || quote > gt) {
          return gt + 1;
        }
        if (opensValue(i, quote)) {
          int close = s.indexOf(s.charAt(quote), quote + 1);
          if (close < 0) {
            return -1;
          }
          i = close + 1;
        } else {
          i = quote + 1;
        }
      }
    }

    // Whether the quote at q opens an attribute value: '=' and spaces before it, after from.
    private boolean opensValue(int from, int q) {
      for (int i = q - 1; i >= from; i--) {
        byte c = utf8[i];
        if (c == '=') {
          return true;
        }
        if (!isSpace((char) c)) {
          return false;
        }
      }
      return false;
    }

    private int commentEnd(int from) {
      if (s.startsWith(">", from) || s.startsWith("->", from)) {
        return s.indexOf('>', from) + 1;
      }
      int end = s.indexOf("-->", from);
      bangClose = nextAt(bangClose, "--!>", from);
      if (bangClose >= 0 && (end < 0 || bangClose < end)) {
        return bangClose + 4;
      }
      return end < 0 ? -1 : end + 3;
    }

    // The next `what` at or after from, given the last answer `known` for an earlier from: a
    // search runs again only once the reading has passed the last one found, so the searches
    // for rare strings cost one pass over the page in all.
    private int nextAt(int known, String what, int from) {
      if (known == NOT_SEARCHED || known >= 0 && known < from) {
        return s.indexOf(what, from);
      }
      return known;
    }

    private int nextAt(int known, char what, int from) {
      if (known == NOT_SEARCHED || known >= 0 && known < from) {
        return s.indexOf(what, from);
      }
      return known;
    }

    private int after(char c, int from) {
      int at = s.indexOf(c, from);
      return at < 0 ? -1 : at + 1;
    }

    private boolean isAsciiLetter(int i) {
      if (i >= n) {
        return false;
      }
      char c = s.charAt(i);
      return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
    }

    private static boolean endsTagName(char c) {
      return isSpace(c) || c == '/' || c == '>';
    }

    private static boolean isSpace(char c) {
      return c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r';
    }
  }
}
