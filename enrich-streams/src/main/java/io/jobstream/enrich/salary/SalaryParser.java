package io.jobstream.enrich.salary;

import io.jobstream.model.EnrichedPosting.Salary;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;

/**
 * Finds this job's pay. Three entry points by trust: structured data ({@link #fromStructured}),
 * a field that is known to be pay ({@link #parsePhrase}), and free text ({@link #find}), where
 * every sum must pass the context rules of {@link PayContext}. Stateless and thread-safe.
 */
public final class SalaryParser {
  // Beyond these bounds a "salary" is a parsing accident ("$1.00 - $2.00 per year" on Indeed).
  private static final double MIN_ANNUAL = 5000;
  private static final double MAX_ANNUAL = 5_000_000;
  // A posting states its pay in a handful of sums; reading context around thousands of them
  // (a price list, a hostile page) would only cost time.
  private static final int MAX_CANDIDATES = 300;

  private SalaryParser() {}

  /** Pay from a field that names it (front matter {@code salary}); null when it holds no sum. */
  public static Salary parsePhrase(String phrase, String country) {
    if (phrase == null) {
      return null;
    }
    Matcher m = Money.PATTERN.matcher(phrase);
    while (m.find()) {
      Money money = Money.of(m, Currencies.dollarFor(country));
      PayContext ctx = new PayContext(phrase, money, "Salary");
      Salary s = build(phrase, money, ctx, money.currency() == null ? Currencies.dollarFor(country) : money.currency());
      if (s != null) {
        return s;
      }
    }
    return null;
  }

  /** Pay from schema.org {@code baseSalary}; null when no amount is given. */
  public static Salary fromStructured(Double min, Double max, String currency, String unit) {
    if (min == null && max == null) {
      return null;
    }
    Period period = unit == null ? Period.fromMagnitude(max != null ? max : min) : Period.fromWord(unit);
    if (period == null) {
      period = Period.fromMagnitude(max != null ? max : min);
    }
    String cur = currency == null ? null : currency.toUpperCase(Locale.ROOT);
    String text = (min == null ? "" : fmt(min)) + (max != null && !max.equals(min) ? " - " + fmt(max) : "")
        + (cur == null ? "" : " " + cur) + " per " + period.name().toLowerCase(Locale.ROOT);
    return new Salary(min, max, cur, period.name(), period.annualise(min), period.annualise(max), text, null);
  }

  /**
   * The best pay phrase in {@code lines}, or null. A sum counts only with a pay word or pay
   * heading before it, or a stated period, and never with words of other money around it.
   */
  public static Salary find(List<String> lines, String country) {
    String dollar = Currencies.dollarFor(country);
    Salary best = null;
    int bestScore = 0;
    String previous = null;
    int candidates = 0;
    for (String line : lines) {
      if (!hasCurrencyMark(line)) {
        previous = line;
        continue;
      }
      Matcher m = Money.PATTERN.matcher(line);
      while (m.find() && candidates++ < MAX_CANDIDATES) {
        Money money = Money.of(m, dollar);
        PayContext ctx = new PayContext(line, money, previous);
        int score = score(money, ctx);
        if (score > bestScore) {
          Salary s = build(line, money, ctx, money.currency());
          if (s != null) {
            best = s;
            bestScore = score;
          }
        }
      }
      previous = line;
    }
    return best;
  }

  private static int score(Money money, PayContext ctx) {
    boolean period = ctx.periodAfter() != null;
    if (ctx.isOtherMoney() || !(ctx.hasPayWord() || period)) {
      return 0;
    }
    // The schema requires a currency, and a bare number is too often a count or a year.
    if (money.currency() == null) {
      return 0;
    }
    return 1 + (ctx.hasPayWord() ? 2 : 0) + (period ? 1 : 0) + (money.high() != null ? 1 : 0);
  }

  private static Salary build(String line, Money money, PayContext ctx, String currency) {
    Matcher pm = ctx.periodAfter();
    Period period = pm != null ? Period.fromWord(pm.group(1)) : ctx.periodBefore();
    Double min = money.low();
    Double max = money.high() != null ? money.high() : money.low();
    if (money.high() == null && (money.plus() || ctx.from())) {
      max = null;
    } else if (money.high() == null && ctx.upTo()) {
      min = null;
    }
    if (min != null && max != null && min > max) {
      return null;
    }
    if (period == null) {
      period = Period.fromMagnitude(max != null ? max : min);
    }
    double annual = period.annualise(max != null ? max : min);
    if (annual < MIN_ANNUAL || annual > MAX_ANNUAL) {
      return null;
    }
    int end = pm != null ? money.end() + pm.end() : money.end();
    String text = line.substring(money.start(), Math.min(end, line.length())).strip();
    return new Salary(
        min, max, currency, period.name(), period.annualise(min), period.annualise(max), text, ctx.notes());
  }

  // Pay must carry a currency mark, so lines without one need no regex at all.
  private static boolean hasCurrencyMark(String line) {
    return line.indexOf('$') >= 0 || line.indexOf('£') >= 0 || line.indexOf('€') >= 0
        || line.contains("USD") || line.contains("CAD") || line.contains("GBP") || line.contains("EUR")
        || line.contains("AUD");
  }

  private static String fmt(double d) {
    return d == Math.rint(d) ? String.valueOf((long) d) : String.valueOf(d);
  }
}
