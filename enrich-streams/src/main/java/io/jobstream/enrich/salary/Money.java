package io.jobstream.enrich.salary;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One money phrase found in text: an amount or a range with its currency marks. Parsing only;
 * whether it is pay is {@link PayContext}'s call.
 *
 * @param start offset of the phrase in its line
 * @param end offset just past the phrase
 * @param low the first amount
 * @param high the second amount of a range, or null
 * @param currency ISO code from a symbol or code, or null when the phrase has none
 * @param plus whether the amount is followed by "+" (open-ended upwards)
 */
record Money(int start, int end, double low, Double high, String currency, boolean plus) {
  private static final String CUR = "(CA\\$|C\\$|A\\$|AU\\$|US\\$|\\$|£|€|(?:USD|CAD|GBP|EUR|AUD) ?)";
  // Thousands with commas, or with dots as in much of Europe ("€45.000"), or plain digits.
  private static final String NUM = "(\\d{1,3}(?:,\\d{3})+|\\d{1,3}(?:\\.\\d{3})+(?![\\d,])|\\d++)(\\.\\d{1,2})?";
  private static final String K = "(?: ?([kK])(?![A-Za-z]))?";

  /** Amount, optional range, optional trailing code; no nested quantifiers, so linear. */
  static final Pattern PATTERN =
      Pattern.compile(
          "(?<![\\w.,$£€])" + CUR + "?" + NUM + K
              + "(?:\\s{0,3}(?:-|–|—|to|and)\\s{0,3}" + CUR + "?" + NUM + K + ")?"
              + "(?: ?(USD|CAD|GBP|EUR|AUD)\\b)?(\\+)?");

  /** Reads the match {@code m} of {@link #PATTERN}; {@code dollar} is what "$" means here. */
  static Money of(Matcher m, String dollar) {
    boolean k1 = m.group(4) != null;
    boolean k2 = m.group(8) != null;
    double low = number(m.group(2), m.group(3)) * (k1 ? 1000 : 1);
    Double high = null;
    if (m.group(6) != null) {
      high = number(m.group(6), m.group(7)) * (k2 ? 1000 : 1);
      // "$60-70k" and "$50-70,000": the thousands mark on the upper bound covers both.
      if (!k1 && low < 1000 && high >= 1000 && low * 1000 <= high * 1.5) {
        low *= 1000;
      }
    }
    String currency = Currencies.iso(m.group(1), dollar);
    if (currency == null) {
      currency = Currencies.iso(m.group(5), dollar);
    }
    if (currency == null) {
      currency = Currencies.iso(m.group(9), dollar);
    }
    return new Money(m.start(), m.end(), low, high, currency, m.group(10) != null);
  }

  private static double number(String digits, String decimals) {
    String n = digits.replace(",", "").replace(".", "") + (decimals == null ? "" : decimals);
    return Double.parseDouble(n);
  }
}
