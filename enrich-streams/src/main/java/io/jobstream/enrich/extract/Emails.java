package io.jobstream.enrich.extract;

/** Email addresses found by scanning around each '@' (bounded both ways, so linear). */
final class Emails {
  private static final int MAX_LOCAL = 64;
  private static final int MAX_DOMAIN = 253;
  private static final int MAX_TRIES = 1000;

  private Emails() {}

  /** The first plausible address in {@code text}, or null. */
  static String first(String text) {
    int at = text.indexOf('@');
    for (int tries = 0; at >= 0 && tries < MAX_TRIES; tries++) {
      int start = at;
      while (start > 0 && at - start < MAX_LOCAL && isLocal(text.charAt(start - 1))) {
        start--;
      }
      int end = at + 1;
      while (end < text.length() && end - at < MAX_DOMAIN && isDomain(text.charAt(end))) {
        end++;
      }
      while (start < at && text.charAt(start) == '.') {
        start++;
      }
      while (end > at + 1 && ".-".indexOf(text.charAt(end - 1)) >= 0) {
        end--;
      }
      String local = text.substring(start, at);
      String domain = text.substring(at + 1, end);
      int dot = domain.lastIndexOf('.');
      if (!local.isEmpty() && dot > 0 && domain.length() - dot > 2 && isAlpha(domain.substring(dot + 1))) {
        return local + "@" + domain;
      }
      at = text.indexOf('@', at + 1);
    }
    return null;
  }

  private static boolean isLocal(char c) {
    return Character.isLetterOrDigit(c) && c < 128 || "._%+-".indexOf(c) >= 0;
  }

  private static boolean isDomain(char c) {
    return Character.isLetterOrDigit(c) && c < 128 || c == '.' || c == '-';
  }

  private static boolean isAlpha(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (!Character.isLetter(s.charAt(i))) {
        return false;
      }
    }
    return true;
  }
}
