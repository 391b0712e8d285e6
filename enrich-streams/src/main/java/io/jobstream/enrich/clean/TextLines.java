package io.jobstream.enrich.clean;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits plain text or Markdown into trimmed, non-empty lines with runs of spaces collapsed;
 * Markdown emphasis, heading marks and link syntax are reduced to their words.
 */
final class TextLines {
  private TextLines() {}

  /** Lines of {@code text}; Markdown syntax is stripped when {@code markdown} is true. */
  static List<String> of(String text, boolean markdown) {
    List<String> out = new ArrayList<>();
    int pos = 0;
    while (pos <= text.length()) {
      int eol = text.indexOf('\n', pos);
      int end = eol < 0 ? text.length() : eol;
      String line = collapse(text, pos, end);
      if (markdown) {
        line = stripMarkdown(line);
      }
      if (!line.isEmpty()) {
        out.add(line);
      }
      if (eol < 0) {
        break;
      }
      pos = eol + 1;
    }
    return out;
  }

  private static String collapse(String text, int from, int to) {
    StringBuilder sb = new StringBuilder(to - from);
    boolean space = false;
    int i = from;
    while (i < to) {
      char c = text.charAt(i);
      if (isSpace(c)) {
        space = sb.length() > 0;
        i++;
        continue;
      }
      if (isInvisible(c)) {
        i++;
        continue;
      }
      // A word at a time: one copy, not a check and an append per character.
      int end = i + 1;
      while (end < to && !isSpace(text.charAt(end)) && !isInvisible(text.charAt(end))) {
        end++;
      }
      if (space) {
        sb.append(' ');
        space = false;
      }
      sb.append(text, i, end);
      i = end;
    }
    return sb.toString();
  }

  /**
   * Characters that show nothing and carry no meaning a reader or a search needs: the soft
   * hyphen (a hint where a word may break), the word joiner and the byte-order mark. The
   * zero-width joiners, which shape emoji and some scripts, are not among them.
   */
  static boolean isInvisible(char c) {
    return c == '\u00ad' || c == '\u2060' || c == '\ufeff';
  }

  private static boolean isSpace(char c) {
    return Character.isWhitespace(c) || c == '\u00a0' || c == '\u200b';
  }

  private static String stripMarkdown(String line) {
    String s = line;
    int hashes = 0;
    while (hashes < s.length() && hashes < 6 && s.charAt(hashes) == '#') {
      hashes++;
    }
    if (hashes > 0 && hashes < s.length() && s.charAt(hashes) == ' ') {
      s = s.substring(hashes + 1);
    }
    if (s.startsWith("* ") || s.startsWith("+ ")) {
      s = "- " + s.substring(2);
    }
    s = s.replace("**", "").replace("__", "");
    if (s.startsWith("_") && s.endsWith("_") && s.length() > 2) {
      s = s.substring(1, s.length() - 1);
    }
    s = s.replace("_ _", " ");
    return stripLinks(s).strip();
  }

  // [text](url) -> text (url); scanned by hand so that odd bracket soups stay linear.
  private static String stripLinks(String s) {
    StringBuilder sb = new StringBuilder(s.length());
    int i = 0;
    int close = -1;
    while (true) {
      int mid = s.indexOf("](", i);
      if (mid >= 0 && close < mid) {
        close = s.indexOf(')', mid);
      }
      if (mid < 0 || close < 0) {
        break;
      }
      int open = mid - 1;
      while (open >= i && s.charAt(open) != '[') {
        open--;
      }
      if (open < i) {
        sb.append(s, i, mid + 2);
        i = mid + 2;
        continue;
      }
      sb.append(s, i, open).append(s, open + 1, mid);
      String url = s.substring(mid + 2, close);
      if (!url.isBlank() && !url.startsWith("#")) {
        sb.append(" (").append(url).append(')');
      }
      i = close + 1;
    }
    return sb.append(s, i, s.length()).toString();
  }
}
