package io.jobstream.enrich.salary;

import static org.assertj.core.api.Assertions.assertThat;

import io.jobstream.model.EnrichedPosting.Salary;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class SalaryParserTest {

  private static Salary find(String... lines) {
    return SalaryParser.find(List.of(lines), "US");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "Salary: $92,500 – $94,500 | 92500 | 94500 | USD | YEAR",
        "Compensation: $80,000 - 90,000 | 80000 | 90000 | USD | YEAR",
        "The current salary range is $80,000 - $90,000 and is based on qualifications | 80000 | 90000 | USD | YEAR",
        "Compensation range is based on experience $66,012 – $98,124 (*plus 6% bilingual differential) annually. | 66012 | 98124 | USD | YEAR",
        "Pay: $25/hr | 25 | 25 | USD | HOUR",
        "Salary $60k-$70k | 60000 | 70000 | USD | YEAR",
        "Salary: £30,000 per annum | 30000 | 30000 | GBP | YEAR",
        "Pay rate: $23 – $25 per hour | 23 | 25 | USD | HOUR",
        "Salary is $7,500/month | 7500 | 7500 | USD | MONTH",
        "Salary: €45.000 to €50.000 | 45000 | 50000 | EUR | YEAR",
        "Base salary A$100,000 to A$120,000 | 100000 | 120000 | AUD | YEAR",
        "The salary is CA$70,000 a year | 70000 | 70000 | CAD | YEAR",
        "Starting salary is $50-70,000 annually | 50000 | 70000 | USD | YEAR",
        "Weekly pay: $900 weekly | 900 | 900 | USD | WEEK",
        "Day rate: $400 per day | 400 | 400 | USD | DAY",
        "Pay: $26 - $30 per hour, with mileage reimbursed at the federal rate. | 26 | 30 | USD | HOUR",
      })
  void shouldParseStatedPay(String line, double min, double max, String currency, String period) {
    Salary s = find(line);
    assertThat(s).isNotNull();
    assertThat(s.min()).isEqualTo(min);
    assertThat(s.max()).isEqualTo(max);
    assertThat(s.currency()).isEqualTo(currency);
    assertThat(s.period()).isEqualTo(period);
  }

  @Test
  void shouldAnnualiseByThePeriodRule() {
    Salary s = find("Pay: $25/hr");
    assertThat(s.annualMin()).isEqualTo(25.0 * 2080);
    assertThat(find("Salary is $7,500/month").annualMax()).isEqualTo(90000.0);
  }

  @Test
  void shouldReadSalaryUnderHeading() {
    Salary s = find("Salary", "$65,000", "Benefits");
    assertThat(s.min()).isEqualTo(65000.0);
    assertThat(s.max()).isEqualTo(65000.0);
    assertThat(s.period()).isEqualTo("YEAR");
  }

  @Test
  void shouldKeepDifferentialAsNote() {
    Salary s = find("Compensation range is based on experience $66,012 – $98,124 (*plus 6% bilingual differential) annually.");
    assertThat(s.notes()).contains("plus 6% bilingual differential");
    assertThat(s.text()).startsWith("$66,012 – $98,124");
  }

  @Test
  void shouldReadOpenEndedAmounts() {
    Salary upTo = find("This role pays up to $40K, plus benefits");
    assertThat(upTo.min()).isNull();
    assertThat(upTo.max()).isEqualTo(40000.0);
    Salary from = find("Salary: $50,000+ depending on experience");
    assertThat(from.min()).isEqualTo(50000.0);
    assertThat(from.max()).isNull();
    assertThat(from.notes()).contains("experience");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "In recent years, we’ve won a $20/hour standard for thousands of low-wage workers.",
        "We provide up to 10% employer retirement contributions and a 401(k) match.",
        "SEIU 503 is an organization of more than 72,000 Oregonians.",
        "Fellows receive a $2,000 monthly stipend.",
        "Fellows receive a $2,000 stipend, paid monthly.",
        "A personal development budget of $500 per annum.",
        "$100 Monthly Cell Phone Bill Reimbursement",
        "We have raised nearly $100 million in funding.",
        "Competitive salary depends on experience.",
        "Salary: DOE",
        "Our grants program awarded $25M to over 350 grantees.",
        "Pay: $1.00 - $2.00 per year",
      })
  void shouldNotTakeOtherMoneyForPay(String line) {
    assertThat(find(line)).isNull();
  }

  @Test
  void shouldParseFrontMatterPhraseAndStructuredSalary() {
    Salary fm = SalaryParser.parsePhrase("$92,500  – $94,500", "US");
    assertThat(fm.min()).isEqualTo(92500.0);
    assertThat(fm.max()).isEqualTo(94500.0);
    Salary ld = SalaryParser.fromStructured(130000.0, 160000.0, "AUD", "YEAR");
    assertThat(ld.currency()).isEqualTo("AUD");
    assertThat(ld.annualMax()).isEqualTo(160000.0);
  }

  @Test
  void shouldIgnoreThePayOfOtherJobsListedUnderThePosting() {
    assertThat(find("Competitive salary, DOE.", "You might also like", "HVAC Technician", "Phoenix, AZ", "$28 - $36 an hour"))
        .isNull();
  }

  @Test
  void shouldIgnorePayOtherWorkersAlreadyGetUnlessItIsThisJob() {
    String line = "Our entry-level canvassers start at $20/hour.";
    assertThat(SalaryParser.find(java.util.List.of(line), "US", "Canvass Director")).isNull();
    assertThat(SalaryParser.find(java.util.List.of(line), "US", "Canvasser").min()).isEqualTo(20.0);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "$85K to $95K | 85000 | 95000 | USD | YEAR",
        "$18 - $22 | 18 | 22 | USD | HOUR",
        "Salary: CAD $88,000 | 88000 | 88000 | CAD | YEAR",
        "$95K–$105K CAD | 95000 | 105000 | CAD | YEAR",
        "Salary range (CAD): $76,400 – $89,900 | 76400 | 89900 | CAD | YEAR",
        "Pay: $21/hr - $24/hr | 21 | 24 | USD | HOUR",
        "Day rate of $350 | 350 | 350 | USD | DAY",
        "GBP 60,000 p.a. | 60000 | 60000 | GBP | YEAR",
      })
  void shouldReadCodesKNotationAndBareRanges(String line, double min, double max, String currency, String period) {
    Salary s = find(line);
    assertThat(s.min()).isEqualTo(min);
    assertThat(s.max()).isEqualTo(max);
    assertThat(s.currency()).isEqualTo(currency);
    assertThat(s.period()).isEqualTo(period);
  }

  @Test
  void shouldGiveUnmarkedUkAmountsThePoundAndIgnoreADurationInHours() {
    assertThat(SalaryParser.parsePhrase("28,000 - 32,000 per annum", "GB").currency()).isEqualTo("GBP");
    assertThat(find("The internship runs for 12 weeks starting in January, at 15 hours per week.")).isNull();
    assertThat(find("per diem of $65 per day while traveling")).isNull();
  }
}
