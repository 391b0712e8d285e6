package io.jobstream.enrich.salary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.jobstream.model.EnrichedPosting.Salary;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * Properties of the salary parser: any well-formed range in any accepted notation parses back
 * to its numbers, currency and period; adversarial text of a megabyte finishes quickly (every
 * pattern linear-time; the timeout is generous, this is not a speed test).
 */
class SalaryParserPropertiesTest {
  private static final Duration GENEROUS = Duration.ofSeconds(20);

  /** A currency as a posting may write it: mark before each amount, code before or after. */
  record Mark(String before, String eachAmount, String after, String iso) {}

  /** A period as a posting may write it, or none (then inferred from magnitude). */
  record PeriodWord(String text, String period, boolean hourly) {}

  record Range(long low, long high, boolean hourly, boolean k, boolean commas, boolean cents) {}

  @Property(tries = 400)
  void shouldParseAnyWellFormedRangeBack(
      @ForAll("ranges") Range r, @ForAll("marks") Mark mark, @ForAll("separators") String sep,
      @ForAll("periods") PeriodWord period, @ForAll("labels") String label) {
    if (period.period() != null && period.hourly() != r.hourly()) {
      return; // "$25 per year" and "$80,000 an hour" are not well-formed pay.
    }
    String phrase = label + mark.before() + mark.eachAmount() + amount(r.low(), r) + sep + mark.eachAmount()
        + amount(r.high(), r) + mark.after() + period.text();
    Salary s = SalaryParser.find(List.of(phrase), "US");
    assertThat(s).as(phrase).isNotNull();
    assertThat(s.min()).as(phrase).isEqualTo(value(r.low(), r));
    assertThat(s.max()).as(phrase).isEqualTo(value(r.high(), r));
    assertThat(s.currency()).as(phrase).isEqualTo(mark.iso());
    assertThat(s.period()).as(phrase).isEqualTo(period.period() != null ? period.period() : r.hourly() ? "HOUR" : "YEAR");
  }

  @Property(tries = 8)
  void shouldFinishQuicklyOnAMegabyteOfMoneyNoise(@ForAll("noise") String text) {
    assertTimeoutPreemptively(GENEROUS, () -> {
      SalaryParser.find(List.of(text), "US");
      SalaryParser.parsePhrase(text, "GB");
    });
  }

  @Property(tries = 12)
  void shouldFinishQuicklyOnARepeatedUnit(@ForAll("units") String unit, @ForAll @IntRange(min = 0, max = 2) int prefix) {
    String text = List.of("", "Salary: ", "Pay range: $").get(prefix) + unit.repeat(1_000_000 / unit.length());
    assertTimeoutPreemptively(GENEROUS, () -> {
      SalaryParser.find(List.of(text), "US");
      SalaryParser.parsePhrase(text, "US");
    });
  }

  @Provide
  Arbitrary<Range> ranges() {
    Arbitrary<Boolean> hourly = Arbitraries.of(true, false);
    return hourly.flatMap(h -> {
      if (h) {
        Arbitrary<Long> low = Arbitraries.longs().between(1500, 20000); // cents
        Arbitrary<Long> width = Arbitraries.longs().between(25, 8000);
        return Combinators.combine(low, width, Arbitraries.of(true, false))
            .as((l, w, cents) -> cents ? new Range(l, l + w, true, false, false, true)
                : new Range(l / 100 * 100, (l + w) / 100 * 100 + 100, true, false, false, false));
      }
      Arbitrary<Long> low = Arbitraries.longs().between(20, 300); // thousands
      Arbitrary<Long> width = Arbitraries.longs().between(1, 80);
      return Combinators.combine(low, width, Arbitraries.of(true, false), Arbitraries.of(true, false))
          .as((l, w, k, commas) -> new Range(l * 1000, (l + w) * 1000, false, k, commas, false));
    });
  }

  @Provide
  Arbitrary<Mark> marks() {
    return Arbitraries.of(
        new Mark("", "$", "", "USD"),
        new Mark("", "US$", "", "USD"),
        new Mark("USD ", "", "", "USD"),
        new Mark("USD ", "$", "", "USD"),
        new Mark("", "$", " USD", "USD"),
        new Mark("", "C$", "", "CAD"),
        new Mark("", "CA$", "", "CAD"),
        new Mark("CAD ", "", "", "CAD"),
        new Mark("CAD ", "$", "", "CAD"),
        new Mark("", "$", " CAD", "CAD"),
        new Mark("", "A$", "", "AUD"),
        new Mark("AUD ", "", "", "AUD"),
        new Mark("", "$", " AUD", "AUD"),
        new Mark("", "£", "", "GBP"),
        new Mark("GBP ", "", "", "GBP"),
        new Mark("", "€", "", "EUR"),
        new Mark("EUR ", "", "", "EUR"));
  }

  @Provide
  Arbitrary<String> separators() {
    return Arbitraries.of("-", " - ", "–", " – ", "—", " to ", "  -  ");
  }

  @Provide
  Arbitrary<PeriodWord> periods() {
    return Arbitraries.of(
        new PeriodWord("", null, false),
        new PeriodWord(" per year", "YEAR", false),
        new PeriodWord("/yr", "YEAR", false),
        new PeriodWord(" a year", "YEAR", false),
        new PeriodWord(" annually", "YEAR", false),
        new PeriodWord(" per annum", "YEAR", false),
        new PeriodWord(" per hour", "HOUR", true),
        new PeriodWord("/hr", "HOUR", true),
        new PeriodWord(" an hour", "HOUR", true),
        new PeriodWord(" hourly", "HOUR", true));
  }

  @Provide
  Arbitrary<String> labels() {
    return Arbitraries.of("", "Salary: ", "Pay range: ", "Compensation is ", "The salary range for this role is ");
  }

  @Provide
  Arbitrary<String> noise() {
    Arbitrary<String> piece = Arbitraries.of("1", "9", "0", ",", ".", "-", "–", "$", "£", "€", "k", "K", " ", "to ",
        "USD", "CAD", "+", "/hr", "per year ", "C$", "A$", "(", ")", "salary ");
    return piece.list().ofSize(1000).map(l -> String.join("", l).repeat(1 + 1_000_000 / Math.max(1, String.join("", l).length())));
  }

  @Provide
  Arbitrary<String> units() {
    return Arbitraries.of("1", "1,", "1.", "12,345,", "1.000.", "$1-", "$1 to ", "1k", "$", "-", "£1–£", "USD 1 ",
        "1 per hour to ", "$1,000,000.00", "€1.234.567,", "1/hr - ");
  }

  private static String amount(long v, Range r) {
    if (r.hourly()) {
      return r.cents() ? String.format(Locale.ROOT, "%d.%02d", v / 100, v % 100) : String.valueOf(v / 100);
    }
    if (r.k()) {
      return (v / 1000) + "k";
    }
    return r.commas() ? String.format(Locale.ROOT, "%,d", v) : String.valueOf(v);
  }

  private static double value(long v, Range r) {
    return r.hourly() ? (r.cents() ? v / 100.0 : v / 100) : v;
  }
}
