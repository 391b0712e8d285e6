package io.jobstream.enrich.salary;

import io.jobstream.enrich.text.PostingLines;
import io.jobstream.enrich.text.WordSet;
import io.jobstream.model.EnrichedPosting.Salary;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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

  // Headings of the other jobs a board lists under a posting; their pay is not this job's.
  private static final Pattern OTHER_JOBS =
      Pattern.compile(
          "(?i)\\W{0,3}(?:(?:more|other|similar|related|recommended|featured|latest) (?:jobs|openings|positions|roles|listings|postings|opportunities)"
              + "|(?:jobs? )?you (?:might|may) (?:also )?(?:like|be interested in)|people (?:also )?(?:viewed|applied)"
              + "|jobs like this)\\b.{0,40}");
  // Every OTHER_JOBS heading holds one of these tokens.
  private static final WordSet OTHER_JOBS_WORDS =
      WordSet.of("more", "other", "similar", "related", "recommended", "featured", "latest", "you", "people", "jobs");

  private SalaryParser() {}

  /** Pay from a field that names it (front matter {@code salary}); null when it holds no sum. */
  public static Salary parsePhrase(String phrase, String country) {
    if (phrase == null) {
      return null;
    }
    Matcher m = Money.PATTERN.matcher(phrase);
    int candidates = 0;
    while (m.find() && candidates++ < MAX_CANDIDATES) {
      Money money = Money.of(m, Currencies.dollarFor(country));
      PayContext ctx = new PayContext(phrase, money, "Salary");
      Salary s = build(phrase, money, ctx, currency(money, ctx, Currencies.localFor(country)));
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
   * heading before it, a stated period, or the shape of pay (a range, "k", "+", a currency
   * code), and never with words of other money around it.
   */
  public static Salary find(List<String> lines, String country) {
    return find(lines, country, null);
  }

  /**
   * As {@link #find(List, String)}, knowing the job's {@code title} (may be null), so that pay
   * stated for other workers ("our canvassers start at $20/hour") is told from this job's pay.
   */
  public static Salary find(List<String> lines, String country, String title) {
    return find(PostingLines.of(lines), country, title);
  }

  /** As {@link #find(List, String, String)}, over lines whose pre-checks are shared. */
  public static Salary find(PostingLines lines, String country, String title) {
    String dollar = Currencies.dollarFor(country);
    String local = Currencies.localFor(country);
    Salary best = null;
    Double floor = null;
    int bestScore = 0;
    String previous = null;
    int candidates = 0;
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      if (line.length() <= 60 && OTHER_JOBS_WORDS.anyIn(line) && OTHER_JOBS.matcher(line).matches()) {
        break;
      }
      if (!hasCurrencyMark(lines, i) && !(lines.mentions(i, PostingLines.Words.DIGIT) && PayContext.hasPayWord(line))) {
        previous = line;
        continue;
      }
      Matcher m = Money.SCAN.matcher(line);
      for (int next = 0; Money.SCAN.find(m, line, next) && candidates++ < MAX_CANDIDATES; next = m.end()) {
        Money money = Money.of(m, dollar);
        PayContext ctx = new PayContext(line, money, previous);
        int score = score(money, ctx, title);
        if (score > 0 && money.high() == null && (money.plus() || ctx.from())) {
          floor = money.low();
        }
        if (score > bestScore) {
          Salary s = build(line, money, ctx, currency(money, ctx, local));
          if (s != null) {
            best = s;
            bestScore = score;
          }
        }
      }
      previous = line;
    }
    return floor != null && best != null ? openEnded(best, floor) : best;
  }

  // "Salary: $95,000 / year" above "From $95,000, depending on experience": the sum is a floor.
  private static Salary openEnded(Salary s, double floor) {
    if (s.min() == null || s.min() != floor || s.max() == null || !s.max().equals(s.min())) {
      return s;
    }
    return new Salary(s.min(), null, s.currency(), s.period(), s.annualMin(), null, s.text(), s.notes());
  }

  private static int score(Money money, PayContext ctx, String title) {
    boolean period = ctx.periodAfter() != null || money.unit() != null;
    boolean payWord = ctx.hasPayWord();
    boolean range = money.high() != null;
    // The schema requires a currency; a bare number counts only when it is plainly pay
    // ("Salary: 28,000 - 32,000 per annum" on a UK page) and takes the local currency.
    if (money.currency() == null && !(ctx.labelled() && (range || ctx.rateAfter() || money.thousands()))) {
      return 0;
    }
    boolean shape = range || money.plus() || money.thousands() || money.explicitCode();
    if (!(payWord || period || shape)) {
      return 0;
    }
    // Checked last as the dearest; every check only decides between this job's pay and none.
    if (ctx.isOtherMoney() || isOtherWorkers(ctx.otherWorkers(), title)) {
      return 0;
    }
    return 1 + (payWord ? 2 : 0) + (period ? 1 : 0) + (range ? 1 : 0);
  }

  // "Canvassers start at $20/hour" is other workers' pay, unless the job is a canvasser's.
  private static boolean isOtherWorkers(String workers, String title) {
    if (workers == null) {
      return false;
    }
    String one = workers.toLowerCase(Locale.ROOT).replaceFirst("s$", "");
    return title == null || !title.toLowerCase(Locale.ROOT).contains(one);
  }

  private static String currency(Money money, PayContext ctx, String local) {
    if (money.currency() == null) {
      return local;
    }
    String named = ctx.codeBefore();
    return !money.explicitCode() && named != null && money.currency().length() == 3
        && "USD".equals(money.currency()) ? named : money.currency();
  }

  private static Salary build(String line, Money money, PayContext ctx, String currency) {
    Matcher pm = ctx.periodAfter();
    Period period = pm != null ? Period.fromWord(pm.group(1))
        : money.unit() != null ? Period.fromWord(money.unit()) : ctx.periodBefore();
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

  // Pay must carry a currency mark, so lines without one need no regex at all. A line with one
  // mentions the CURRENCY family (its marks, lower-cased), which most lines answer without a scan.
  private static boolean hasCurrencyMark(PostingLines lines, int i) {
    if (!lines.mentions(i, PostingLines.Words.CURRENCY)) {
      return false;
    }
    String line = lines.get(i);
    return line.indexOf('$') >= 0 || line.indexOf('£') >= 0 || line.indexOf('€') >= 0
        || line.contains("USD") || line.contains("CAD") || line.contains("GBP") || line.contains("EUR")
        || line.contains("AUD");
  }

  private static String fmt(double d) {
    return d == Math.rint(d) ? String.valueOf((long) d) : String.valueOf(d);
  }
}
