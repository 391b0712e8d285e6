package io.jobstream.enrich.page;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * One pass over a page's markup as an HTML tokenizer reads it, far enough to tell its real style
 * and script bodies, and which of them are long enough to cut. It follows only markup it reads
 * exactly as jsoup does; at anything else (an attribute jsoup would read by its error rules, a
 * control character in a tag name, CDATA, MathML, a template, a noscript before the body, SVG
 * holding more than drawing elements, a select holding more than options, attributes on an end
 * tag, a script holding {@code <!--}) it stops, and nothing after that point is cut. Where
 * jsoup's reading depends on how much of the page it has read (a title or text area without its
 * end tag, a very long character reference, a very long end-tag name in a body; after a stop,
 * any of these anywhere in the rest of the page), it cuts nothing at all. Linear in the page.
 *
 * <p>The bytes are held as a Latin-1 string, one character per byte, for its fast searches; UTF-8
 * sequences become characters above 127, which no markup character is.
 */
final class StyleScriptReading {
  /** A body to cut: bytes {@code from} to {@code to} go. */
  record Cut(int from, int to) {}

  // Raw text (or escapable raw text) elements: their content is text up to their end tag.
  private static final String[] RAW = {"title", "textarea", "xmp", "iframe", "noembed", "noframes"};
  // Where the reading stops: elements whose content jsoup reads by rules this reading does not
  // follow (in a template, a <col> makes jsoup ignore style and script tags).
  private static final String[] STOP = {"math", "frameset", "plaintext", "template"};
  // A numeric character reference longer than jsoup's look-ahead is read differently wherever its
  // buffer happens to end, which cuts before it would move.
  private static final int LONG_REFERENCE = 500;
  // An end tag's name this long in a body may outrun jsoup's look-ahead (see closeTag).
  private static final int LONG_NAME = 1000;
  // SVG elements that hold only drawing elements or text; an icon is made of these.
  private static final String[] DRAWING = {
      "svg", "g", "path", "circle", "rect", "line", "polyline", "polygon", "ellipse", "use", "defs", "symbol",
      "clippath", "mask", "lineargradient", "radialgradient", "stop", "pattern", "image", "text", "tspan", "filter",
      "fegaussianblur", "feoffset", "feblend", "fecolormatrix", "feflood", "fecomposite", "femerge", "femergenode",
      "marker"};
  // SVG elements whose content jsoup reads as HTML: allowed only when it is plain text.
  private static final String[] SVG_TEXT = {"title", "desc"};
  private static final String[] OPTIONS = {"option", "optgroup", "hr"};

  private final byte[] utf8;
  private final String s;
  private final int n;
  private final int minCut;
  private final int keepBytes;
  private final List<Cut> cuts = new ArrayList<>();
  // The next "<!--" found so far (-1: none up to the end), so that scripts ask only once per comment.
  private int commentOpen = -2;
  // Set by startTag: whether the tag just read ended with "/>".
  private boolean selfClosing;
  // Whether a <body> tag was read: before one, a <noscript> may be read by jsoup's rules for
  // the head, where it takes a <script> or <title> tag in it as text.
  private boolean body;
  // Set when jsoup's reading of the page may depend on how much of it jsoup has read, which a cut
  // anywhere before would move: at a '<' and a letter in a title or text area, jsoup breaks out
  // to markup once it has read the whole page and finds no "</title" or "</TITLE" ahead; an
  // end-tag name in a body is read in pieces at its buffer ends (see closeTag).
  private boolean noCuts;

  private StyleScriptReading(byte[] utf8, int keepBytes, int minCut) {
    this.utf8 = utf8;
    this.s = new String(utf8, StandardCharsets.ISO_8859_1);
    this.n = s.length();
    this.keepBytes = keepBytes;
    this.minCut = minCut;
  }

  /**
   * The bodies of {@code utf8} to cut, in page order: each style or script body of which at
   * least {@code minCut} bytes would go after the first {@code keepBytes} or so are kept.
   */
  static List<Cut> of(byte[] utf8, int keepBytes, int minCut) {
    StyleScriptReading reading = new StyleScriptReading(utf8, keepBytes, minCut);
    int i = 0;
    while (i < reading.n) {
      int next = reading.next(i);
      if (next < 0) {
        // Stopped: past here the reading cannot tell markup from a body, so any title may be
        // one without its end tag, and any long end-tag name may lie in a body.
        reading.noCuts |= reading.mayOpenTextElement(i) || reading.hasLongEndTagName(i);
        break;
      }
      i = next;
    }
    return reading.noCuts || reading.hasLongReference() ? List.of() : reading.cuts;
  }

  // Reads from the '<' at or after from; returns where to go on, or -1 to stop.
  private int next(int from) {
    int lt = s.indexOf('<', from);
    if (lt < 0 || lt + 1 >= n) {
      return -1;
    }
    char c = s.charAt(lt + 1);
    if (c == '!') {
      if (s.startsWith("<!--", lt)) {
        return commentEnd(lt + 4);
      }
      // jsoup reads <![CDATA[ anywhere, not only in foreign content.
      return s.startsWith("[CDATA[", lt + 2) ? -1 : after('>', lt + 2);
    }
    if (c == '?') {
      return after('>', lt + 2);
    }
    if (c == '/') {
      return isAsciiLetter(lt + 2) ? endTag(lt + 2) : s.startsWith(">", lt + 2) ? lt + 3 : after('>', lt + 2);
    }
    if (!isAsciiLetter(lt + 1)) {
      return lt + 1;
    }
    int nameEnd = nameEnd(lt + 1);
    int end = hasControl(lt + 1, nameEnd) ? -1 : startTag(nameEnd);
    if (end < 0) {
      return -1;
    }
    if (is(lt + 1, nameEnd, "style")) {
      return body(end, closeTag(end, "style"), "style", true);
    }
    if (is(lt + 1, nameEnd, "script")) {
      return script(lt, end);
    }
    if (is(lt + 1, nameEnd, "svg")) {
      return selfClosing ? end : svg(end);
    }
    if (is(lt + 1, nameEnd, "select")) {
      return select(end);
    }
    for (String raw : RAW) {
      if (is(lt + 1, nameEnd, raw)) {
        return body(end, closeTag(end, raw), raw, false);
      }
    }
    for (String stop : STOP) {
      if (is(lt + 1, nameEnd, stop)) {
        return -1;
      }
    }
    if (is(lt + 1, nameEnd, "noscript") && !body) {
      return -1;
    }
    body |= is(lt + 1, nameEnd, "body");
    return end;
  }

  private int script(int lt, int end) {
    int close = closeTag(end, "script");
    if (close < 0) {
      return -1;
    }
    if (commentOpen == -2 || commentOpen >= 0 && commentOpen < end) {
      commentOpen = s.indexOf("<!--", end);
    }
    if (commentOpen >= 0 && commentOpen < close) {
      // Escaped script text: where it ends depends on the parser's reading of nested tags.
      return -1;
    }
    // A JSON-LD script stays whole; so does any whose type may spell "json" another way: with an
    // entity, or with a letter jsoup's case-blind comparison takes for an ASCII one ("\u017f").
    String tag = s.substring(lt, end);
    boolean data = tag.indexOf('&') >= 0 || !isAscii(tag) || tag.toLowerCase(Locale.ROOT).contains("json");
    return body(end, close, "script", !data);
  }

  // The body from start to its end tag at close (from closeTag), cut when it may be and is long;
  // returns where to go on.
  private int body(int start, int close, String name, boolean mayCut) {
    boolean text = name.equals("title") || name.equals("textarea");
    if (close < 0) {
      // A title or text area without its end tag, or with one jsoup might read otherwise.
      noCuts |= text;
      return -1;
    }
    if (text && !s.startsWith(name, close + 2) && !s.startsWith(name.toUpperCase(Locale.ROOT), close + 2)) {
      // An end tag in mixed case ("</Title>") is one jsoup's look-ahead does not see.
      int lt = s.indexOf('<', start);
      noCuts |= lt >= 0 && lt < close;
    }
    // A cut is recorded before its end tag is read; should that read stop the reading, the cut
    // still stands, as jsoup ends the body at the same place.
    if (mayCut && close - start > keepBytes + minCut) {
      int keepTo = keptEnd(start, close);
      if (close - keepTo >= minCut) {
        cuts.add(new Cut(keepTo, close));
      }
    }
    return endTag(close + 2);
  }

  // Where the kept part of a body ends: keepBytes past its first printable ASCII character, just
  // after a printable one that leaves the tokenizer reading plain text (not a letter or digit, as
  // "</d" would run into the end tag after the cut; not '<', '/', '!' or '-'). Whatever opens
  // the body (spaces of any kind), the kept part holds hundreds of characters after it, and
  // strip() takes nothing from its end: the audit samples the same opening as from the whole body.
  private int keptEnd(int start, int close) {
    int i = start;
    while (i < close && !isPrintableAscii(s.charAt(i))) {
      i++;
    }
    i += keepBytes;
    while (i < close && !endsPlainText(s.charAt(i - 1))) {
      i++;
    }
    return Math.min(i, close);
  }

  private static boolean endsPlainText(char c) {
    return isPrintableAscii(c) && !(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9')
        && c != '<' && c != '/' && c != '!' && c != '-';
  }

  // Whether "&#" opens a run of digits longer than jsoup reads in one look.
  private boolean hasLongReference() {
    for (int i = s.indexOf("&#"); i >= 0; i = s.indexOf("&#", i + 2)) {
      int j = i + 2;
      if (j < n && (s.charAt(j) == 'x' || s.charAt(j) == 'X')) {
        j++;
      }
      int from = j;
      while (j < n && isHexDigit(s.charAt(j))) {
        j++;
      }
      if (j - from >= LONG_REFERENCE) {
        return true;
      }
    }
    return false;
  }

  private static boolean isHexDigit(char c) {
    return c >= '0' && c <= '9' || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F';
  }

  private static boolean isAscii(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) >= 0x80) {
        return false;
      }
    }
    return true;
  }

  // Whether a "</" and a letter at or after from open a name of LONG_NAME characters or more.
  private boolean hasLongEndTagName(int from) {
    int i = s.indexOf("</", from);
    while (i >= 0) {
      int end = i + 2;
      if (isAsciiLetter(end)) {
        while (end < n && !endsTagName(s.charAt(end))) {
          end++;
        }
        if (end - i - 2 >= LONG_NAME) {
          return true;
        }
      }
      i = s.indexOf("</", end);
    }
    return false;
  }

  // Whether a title or text area may open at or after from ("<title" in any case).
  private boolean mayOpenTextElement(int from) {
    for (int i = s.indexOf('<', from); i >= 0; i = s.indexOf('<', i + 1)) {
      if (s.regionMatches(true, i + 1, "title", 0, 5) || s.regionMatches(true, i + 1, "textarea", 0, 8)) {
        return true;
      }
    }
    return false;
  }

  // The '<' of the next start or end tag at or after from, past comments and text, in content
  // read tag by tag (svg, select); -1 at anything else (other markup declarations, bogus
  // comments, the page's end).
  private int nextTagIn(int from) {
    int i = from;
    while (true) {
      int lt = s.indexOf('<', i);
      if (lt < 0 || lt + 1 >= n) {
        return -1;
      }
      char c = s.charAt(lt + 1);
      if (c == '!') {
        if (!s.startsWith("<!--", lt)) {
          return -1;
        }
        i = commentEnd(lt + 4);
        if (i < 0) {
          return -1;
        }
      } else if (c == '/' && isAsciiLetter(lt + 2) || isAsciiLetter(lt + 1)) {
        return lt;
      } else if (c == '/' || c == '?') {
        return -1;
      } else {
        i = lt + 1;
      }
    }
  }

  // An <svg> holding only drawing elements, text and comments, read to its end tag.
  private int svg(int start) {
    List<String> open = new ArrayList<>();
    open.add("svg");
    for (int i = start; i >= 0; ) {
      int lt = nextTagIn(i);
      if (lt < 0) {
        return -1;
      }
      if (s.charAt(lt + 1) == '/') {
        int nameEnd = nameEnd(lt + 2);
        if (!is(lt + 2, nameEnd, open.get(open.size() - 1))) {
          return -1;
        }
        open.remove(open.size() - 1);
        i = endTag(lt + 2);
        if (open.isEmpty()) {
          return i;
        }
        continue;
      }
      int nameEnd = nameEnd(lt + 1);
      if (hasControl(lt + 1, nameEnd)) {
        return -1;
      }
      String name = oneOf(lt + 1, nameEnd, DRAWING);
      String text = name == null ? oneOf(lt + 1, nameEnd, SVG_TEXT) : null;
      i = startTag(nameEnd);
      if (name == null && text == null || i < 0) {
        return -1;
      }
      if (text != null && !selfClosing) {
        // Text only: the next tag must be its end tag.
        int close = s.indexOf('<', i);
        if (close < 0 || !s.startsWith("</", close) || !is(close + 2, nameEnd(close + 2), text)) {
          return -1;
        }
        i = endTag(close + 2);
      } else if (!selfClosing) {
        open.add(name);
      }
    }
    return -1;
  }

  // A <select> holding only options, option groups, rules, text and comments, read to its end tag.
  private int select(int start) {
    for (int i = start; i >= 0; ) {
      int lt = nextTagIn(i);
      if (lt < 0) {
        return -1;
      }
      if (s.charAt(lt + 1) == '/') {
        int nameEnd = nameEnd(lt + 2);
        boolean closesSelect = is(lt + 2, nameEnd, "select");
        if (!closesSelect && oneOf(lt + 2, nameEnd, OPTIONS) == null) {
          return -1;
        }
        i = endTag(lt + 2);
        if (closesSelect) {
          return i;
        }
        continue;
      }
      int nameEnd = nameEnd(lt + 1);
      if (hasControl(lt + 1, nameEnd) || oneOf(lt + 1, nameEnd, OPTIONS) == null) {
        return -1;
      }
      i = startTag(nameEnd);
    }
    return -1;
  }

  // The '<' of the end tag that closes a raw text, RCDATA or script body starting at start, found
  // as jsoup finds it; -1 when there is none, or when jsoup's finding could differ. jsoup reads a
  // "</" and a letter as an end tag whose name runs to the next space, '/' or '>' (over any '<':
  // "</x</style>" holds no end tag for the style), and compares that name with equalsIgnoreCase,
  // for which "\u0131" is an 'i' and "\u017f" an 's': such a name stops the reading. A name of
  // LONG_NAME characters or more is read in pieces at jsoup's buffer ends, so where it ends
  // depends on where the buffer ends: then nothing is cut at all.
  private int closeTag(int start, String name) {
    int i = start;
    while (true) {
      int lt = s.indexOf("</", i);
      if (lt < 0) {
        return -1;
      }
      if (!isAsciiLetter(lt + 2)) {
        i = lt + 2;
        continue;
      }
      int nameEnd = lt + 2;
      boolean ascii = true;
      while (nameEnd < n && !endsTagName(s.charAt(nameEnd))) {
        ascii &= s.charAt(nameEnd) < 0x80;
        nameEnd++;
      }
      if (nameEnd - lt - 2 >= LONG_NAME) {
        noCuts = true;
        return -1;
      }
      if (nameEnd == n) {
        return -1;
      }
      if (!ascii && StyleScriptCuts.chars(utf8, lt + 2, nameEnd) == name.length()) {
        return -1;
      }
      if (nameEnd - lt - 2 == name.length() && s.regionMatches(true, lt + 2, name, 0, name.length())) {
        return lt;
      }
      i = nameEnd;
    }
  }

  // Past an end tag whose name starts at from; -1 unless the name is followed by '>' (spaces allowed).
  private int endTag(int from) {
    int i = nameEnd(from);
    while (i < n && isSpace(s.charAt(i))) {
      i++;
    }
    return i < n && s.charAt(i) == '>' ? i + 1 : -1;
  }

  // Whether a tag name holds a control character. jsoup's tokenizer keeps one in the name (only
  // tab, line feed, form feed, carriage return and space end it), then trims it from the element's
  // name: "<style\u000b>" opens a style, which a plain "</style>" does not close.
  private boolean hasControl(int from, int to) {
    for (int i = from; i < to; i++) {
      if (s.charAt(i) < ' ') {
        return true;
      }
    }
    return false;
  }

  // Where a tag name starting at from ends. It also ends at '<' here, where jsoup would read on
  // ("div<p"): every tag reader then stops the reading, as '<' starts no attribute and no '>'.
  private int nameEnd(int from) {
    int i = from;
    while (i < n && !endsTagName(s.charAt(i)) && s.charAt(i) != '<') {
      i++;
    }
    return i;
  }

  // States of a start tag's attributes, as the HTML tokenizer names them.
  private static final int BEFORE_NAME = 0;
  private static final int NAME = 1;
  private static final int AFTER_NAME = 2;
  private static final int BEFORE_VALUE = 3;
  private static final int UNQUOTED = 4;
  private static final int AFTER_QUOTED = 5;
  private static final int SELF_CLOSING = 6;

  /**
   * Past a start tag's closing '>', from the end of its name, reading its attributes as the
   * tokenizer does; sets {@link #selfClosing}. -1 at a parse error (a quote or '=' where no value
   * can start, a value run into the next attribute) or when the page ends first.
   */
  private int startTag(int from) {
    int state = BEFORE_NAME;
    for (int i = from; i < n; i++) {
      char c = s.charAt(i);
      boolean space = isSpace(c);
      switch (state) {
        case BEFORE_NAME -> {
          if (c == '>') {
            return done(i, false);
          }
          state = space ? BEFORE_NAME : c == '/' ? SELF_CLOSING : c == '=' ? -1 : NAME;
          if (state == NAME && isOdd(c)) {
            return -1;
          }
        }
        case NAME, AFTER_NAME -> {
          if (c == '>') {
            return done(i, false);
          }
          if (c == '=') {
            state = BEFORE_VALUE;
          } else if (c == '/') {
            state = SELF_CLOSING;
          } else if (space) {
            state = AFTER_NAME;
          } else if (isOdd(c)) {
            return -1;
          } else {
            state = NAME;
          }
        }
        case BEFORE_VALUE -> {
          if (isOdd(c) && c != '"' && c != '\'' || c == '=' || c == '`') {
            return -1;
          }
          if (c == '"' || c == '\'') {
            i = s.indexOf(c, i + 1);
            if (i < 0) {
              return -1;
            }
            state = AFTER_QUOTED;
          } else if (c == '>') {
            return done(i, false);
          } else if (!space) {
            state = UNQUOTED;
          }
        }
        case UNQUOTED -> {
          if (c == '>') {
            return done(i, false);
          }
          if (space) {
            state = BEFORE_NAME;
          } else if (isOdd(c) || c == '=' || c == '`') {
            return -1;
          }
        }
        case AFTER_QUOTED -> {
          if (c == '>') {
            return done(i, false);
          }
          state = space ? BEFORE_NAME : c == '/' ? SELF_CLOSING : -1;
        }
        case SELF_CLOSING -> {
          return c == '>' ? done(i, true) : -1;
        }
        default -> {
          return -1;
        }
      }
      if (state < 0) {
        return -1;
      }
    }
    return -1;
  }

  private int done(int gt, boolean selfClosed) {
    selfClosing = selfClosed;
    return gt + 1;
  }

  // After "<!--": past the comment's end as the tokenizer finds it ("-->", "--!>", or at once
  // for "<!-->" and "<!--->"), or -1. Each "--" is looked at once, so this is linear.
  private int commentEnd(int from) {
    if (s.startsWith(">", from)) {
      return from + 1;
    }
    if (s.startsWith("->", from)) {
      return from + 2;
    }
    for (int i = s.indexOf("--", from); i >= 0; i = s.indexOf("--", i + 1)) {
      if (s.startsWith(">", i + 2)) {
        return i + 3;
      }
      if (s.startsWith("!>", i + 2)) {
        return i + 4;
      }
    }
    return -1;
  }

  private int after(char c, int from) {
    int at = s.indexOf(c, from);
    return at < 0 ? -1 : at + 1;
  }

  private boolean is(int from, int to, String name) {
    return to - from == name.length() && s.regionMatches(true, from, name, 0, name.length());
  }

  private String oneOf(int from, int to, String[] names) {
    for (String name : names) {
      if (is(from, to, name)) {
        return name;
      }
    }
    return null;
  }

  private boolean isAsciiLetter(int i) {
    if (i >= n) {
      return false;
    }
    char c = s.charAt(i);
    return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
  }

  // Characters that make an attribute name or unquoted value a parse error.
  private static boolean isOdd(char c) {
    return c == '"' || c == '\'' || c == '<';
  }

  private static boolean isPrintableAscii(char c) {
    return c > ' ' && c < 0x7f;
  }

  private static boolean endsTagName(char c) {
    return isSpace(c) || c == '/' || c == '>';
  }

  private static boolean isSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r';
  }
}
