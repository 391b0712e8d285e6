package io.jobstream.enrich.salary;

import java.util.Locale;

/** A pay period and how many of it make a year (the BRIEF's annualisation rule). */
public enum Period {
  HOUR(2080),
  DAY(260),
  WEEK(52),
  MONTH(12),
  YEAR(1);

  private final int perYear;

  Period(int perYear) {
    this.perYear = perYear;
  }

  /** {@code amount} per this period, as a yearly amount; null stays null. */
  public Double annualise(Double amount) {
    return amount == null ? null : amount * perYear;
  }

  /** The period a word names ("hourly", "hr", "annum", "monthly"...), or null. */
  public static Period fromWord(String word) {
    String w = word.toLowerCase(Locale.ROOT);
    if (w.startsWith("h") || w.startsWith("ph") || w.startsWith("p/h")) {
      return HOUR;
    }
    if (w.startsWith("d")) {
      return DAY;
    }
    if (w.startsWith("w")) {
      return WEEK;
    }
    if (w.startsWith("mo")) {
      return MONTH;
    }
    if (w.startsWith("y") || w.startsWith("a") || w.startsWith("p")) {
      return YEAR;
    }
    return null;
  }

  /** The period an amount with no stated period most likely has, from its size. */
  public static Period fromMagnitude(double amount) {
    if (amount < 300) {
      return HOUR;
    }
    if (amount < 2000) {
      return WEEK;
    }
    return amount < 15000 ? MONTH : YEAR;
  }
}
