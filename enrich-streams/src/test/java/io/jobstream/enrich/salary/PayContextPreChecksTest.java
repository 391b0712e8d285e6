package io.jobstream.enrich.salary;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The cheap checks {@link PayContext} runs before its patterns may only rule out texts a pattern
 * cannot match; {@link PayContext#hasPayWord} skips its regex on ASCII text, so it must answer
 * exactly as the regex does.
 */
class PayContextPreChecksTest {

  @Property(tries = 2000)
  void hasPayWordAnswersAsItsRegexDoes(@ForAll("texts") String text) {
    assertThat(PayContext.hasPayWord(text)).isEqualTo(PayContext.PAY_WORD.matcher(text).find());
  }

  @Property(tries = 3000)
  void everyPreCheckHoldsWhereItsPatternMatches(@ForAll("texts") String text) {
    String lower = text.toLowerCase(Locale.ROOT);
    if (PayContext.NOTE.matcher(text).find()) {
      assertThat(PayContext.mayHoldNote(lower)).as("note in %s", text).isTrue();
    }
    if (PayContext.DOE.matcher(text).find()) {
      assertThat(PayContext.maySayDoe(lower)).as("doe in %s", text).isTrue();
    }
    if (PayContext.OTHER_WORKERS.matcher(text).find()) {
      assertThat(PayContext.mayNameOtherWorkers(text)).as("other workers in %s", text).isTrue();
    }
    if (PayContext.PERIOD_BEFORE.matcher(text).find()) {
      assertThat(PayContext.mayNamePeriod(text)).as("period in %s", text).isTrue();
    }
    if (PayContext.PAY_HEADING.matcher(text).matches()) {
      assertThat(PayContext.mayBeHeading(text)).as("heading %s", text).isTrue();
    }
  }

  @Provide
  Arbitrary<String> texts() {
    return Arbitraries.of(
            "salary", "Salaries", "COMPENSATION", "pay", "Pays", "paid", "wage", "Wages", "rate", "range", "earn",
            "earns", "earning", "starting", "starts", "annual", "annually", "Hourly", "yearly", "Monthly", "weekly",
            "daily", "day rate", "base", "OTE", "budgeted", "payroll", "repay", "rated", "_pay", "9pay",
            "Our", "other", "current", "existing", "all", "most", "many", "canvassers", "Organizers", "nurses",
            "start", "make", "are paid", "receive", "gets", "typically", "currently", "plus", "+", "with", "and",
            "And", "shift differential", "bonuses", "Commission", "equity", "overtime", "premium", "tips", "depends on",
            "depending upon", "based on", "your", "experience", "DOE", "commensurate with", " ", " ", " ", "-", ".",
            "Our canvassers starts", "all current organizers earning", "MOST NURSES MAKES", "other staff attorneys are paid",
            "many field organizers typically", "existing members currentlyx", "with a signing bonus", "plus tips",
            ":", "$", "é", "\u0301", "\u212a", "\u0130", "x")
        .list().ofMaxSize(10).map(parts -> String.join(" ", parts));
  }
}
