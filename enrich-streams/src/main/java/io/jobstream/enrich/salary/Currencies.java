package io.jobstream.enrich.salary;

import java.util.Locale;

/** Currency marks to ISO 4217 codes. */
final class Currencies {
  private Currencies() {}

  /** The ISO code of a symbol or code; a bare "$" means {@code dollar}; null for null. */
  static String iso(String mark, String dollar) {
    if (mark == null) {
      return null;
    }
    String m = mark.strip().toUpperCase(Locale.ROOT);
    return switch (m) {
      case "$" -> dollar;
      case "US$" -> "USD";
      case "CA$", "C$" -> "CAD";
      case "A$", "AU$" -> "AUD";
      case "£" -> "GBP";
      case "€" -> "EUR";
      case "USD", "CAD", "GBP", "EUR", "AUD" -> m;
      default -> null;
    };
  }

  /** The currency of an amount written with no mark at all, for a posting in {@code country}. */
  static String localFor(String country) {
    if (country == null) {
      return "USD";
    }
    return switch (country.toUpperCase(Locale.ROOT)) {
      case "GB", "UK", "UNITED KINGDOM", "ENGLAND", "SCOTLAND", "WALES" -> "GBP";
      case "IE", "DE", "FR", "NL", "ES", "IT", "BE", "AT", "PT", "FI", "IRELAND", "GERMANY", "FRANCE" -> "EUR";
      default -> dollarFor(country);
    };
  }

  /** What a bare "$" most likely means for a posting in {@code country} (ISO code or name). */
  static String dollarFor(String country) {
    if (country == null) {
      return "USD";
    }
    String c = country.toUpperCase(Locale.ROOT);
    if (c.equals("CA") || c.equals("CANADA")) {
      return "CAD";
    }
    if (c.equals("AU") || c.equals("AUSTRALIA")) {
      return "AUD";
    }
    return "USD";
  }
}
