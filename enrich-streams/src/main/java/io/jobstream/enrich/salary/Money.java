package io.jobstream.enrich.salary;

import io.jobstream.enrich.text.LeadScan;
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
 * @param explicitCode whether an ISO code or a country-marked dollar ("C$", "US$") names the currency
 * @param thousands whether an amount was written with a k ("$60k")
 * @param unit a period word written inside a range ("$21/hr - $24/hr"), or null
 */
record Money(int start, int end, double low, Double high, String currency, boolean plus,
    boolean explicitCode, boolean thousands, String unit) {
  private static final String CODES = "USD|CAD|GBP|EUR|AUD";
  private static String cur(String s) {
    return "(?:(?<code" + s + ">" + CODES + ")\\s?)?(?<sym" + s + ">(?:US|CA|AU|C|A)?\\$|£|€)?\\s?";
  }

  // Thousands with commas, or with dots as in much of Europe ("€45.000"), or plain digits.
  private static String num(String s) {
    return "(?<n" + s + ">\\d{1,3}(?:,\\d{3})+|\\d{1,3}(?:\\.\\d{3})+(?![\\d,])|\\d++)(?<d" + s + ">\\.\\d{1,2})?"
        + "(?: ?(?<k" + s + ">[kK])(?![A-Za-z]))?";
  }

  private static final String SEP = "\\s{0,3}(?:-|–|—|to|and)\\s{0,3}";
  // "$21/hr - $24/hr": a period word after the first amount, only when a second amount follows.
  private static final String UNIT_A =
      "(?:(?:\\s?(?:/|per |an? )\\s?(?<unitA>hours?|hr|hrs|years?|yr|annum|days?|weeks?|wk|months?|mo)|\\s?(?<unitH>ph|p/hr?))\\b"
          + "(?=" + SEP + "[$£€\\dUCAEG]))?";

  /** Amount, optional range, optional trailing code; no nested unbounded quantifiers, so linear. */
  static final Pattern PATTERN =
      Pattern.compile(
          "(?<![\\w.,$£€])" + cur("A") + num("A") + "(?<plusA>\\+)?" + UNIT_A
              + "(?:" + SEP + cur("B") + num("B") + ")?"
              + "(?:\\s?(?<codeT>" + CODES + ")\\b)?(?<plus>\\+)?");

  /**
   * {@link #PATTERN} tried only where a match can start: a currency code or symbol, a digit,
   * or the optional space before the digits; and only within reach of a digit, as its amount's
   * first digit comes at most eight characters in ("USD US$ 5": a code, a space, a symbol, a space).
   */
  static final LeadScan SCAN = LeadScan.of(PATTERN, "UCGEA$£€ \t\n\u000B\f\r0123456789", "0123456789", 8);

  /** Reads the match {@code m} of {@link #PATTERN}; {@code dollar} is what "$" means here. */
  static Money of(Matcher m, String dollar) {
    boolean k1 = m.group("kA") != null;
    boolean k2 = m.group("kB") != null;
    double low = number(m.group("nA"), m.group("dA")) * (k1 ? 1000 : 1);
    Double high = null;
    if (m.group("nB") != null) {
      high = number(m.group("nB"), m.group("dB")) * (k2 ? 1000 : 1);
      // "$60-70k" and "$50-70,000": the thousands mark on the upper bound covers both.
      if (!k1 && low < 1000 && high >= 1000 && low * 1000 <= high * 1.5) {
        low *= 1000;
      }
    }
    String code = first(m.group("codeA"), m.group("codeB"), m.group("codeT"));
    String sym = m.group("symA") != null ? m.group("symA") : m.group("symB");
    String symIso = Currencies.iso(sym, dollar);
    boolean explicit = code != null || sym != null && sym.length() > 1;
    String currency = code != null ? code : symIso;
    return new Money(m.start(), m.end(), low, high, currency, m.group("plus") != null || m.group("plusA") != null && high == null,
        explicit, k1 || k2, m.group("unitA") != null ? m.group("unitA") : m.group("unitH") != null ? "hour" : null);
  }

  private static String first(String... values) {
    for (String v : values) {
      if (v != null) {
        return v;
      }
    }
    return null;
  }

  private static double number(String digits, String decimals) {
    String n = digits.replace(",", "").replace(".", "") + (decimals == null ? "" : decimals);
    return Double.parseDouble(n);
  }
}
