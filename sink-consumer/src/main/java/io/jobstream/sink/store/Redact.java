package io.jobstream.sink.store;

import java.util.regex.Pattern;

/** Hides credentials in strings meant for logs and messages. Thread-safe, stateless. */
public final class Redact {
  // password=..., and user:password@ in URL authorities.
  private static final Pattern PASSWORD_PARAM = Pattern.compile("(?i)(password|passwd|pwd|secret)=[^&;]*");
  private static final Pattern USER_INFO = Pattern.compile("//([^/@:]+):[^/@]*@");

  private Redact() {}

  /** A JDBC or other URL with any password replaced by {@code [hidden]}; null stays null. */
  public static String url(String url) {
    if (url == null) {
      return null;
    }
    String out = PASSWORD_PARAM.matcher(url).replaceAll("$1=[hidden]");
    return USER_INFO.matcher(out).replaceAll("//$1:[hidden]@");
  }
}
