package io.jobstream.bench;

import java.util.Locale;

/** Number formatting for tables: always {@link Locale#ROOT}, so a decimal point is a point on every machine. */
final class Format {
  private Format() {}

  static String num(String format, Object... args) {
    return String.format(Locale.ROOT, format, args);
  }
}
