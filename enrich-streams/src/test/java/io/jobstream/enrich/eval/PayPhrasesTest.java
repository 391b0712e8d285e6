package io.jobstream.enrich.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PayPhrasesTest {
  @TempDir Path dir;

  @Test
  void shouldReadTheTableWithDashAsNone() throws Exception {
    Path tsv = dir.resolve("p.tsv");
    Files.writeString(tsv, "phrase\tmin\tmax\tcurrency\tperiod\n"
        + "starting at $52,000 per year\t52000\t-\tUSD\tYEAR\n72,000 members\t-\t-\t-\t-\n\n");
    List<PayPhrases.Row> rows = PayPhrases.read(tsv);
    assertThat(rows).containsExactly(
        new PayPhrases.Row("starting at $52,000 per year", 52000.0, null, "USD", "YEAR"),
        new PayPhrases.Row("72,000 members", null, null, null, null));
    assertThat(rows.get(1).notPay()).isTrue();
  }

  @Test
  void shouldScorePayAndNotPayRowsSeparately() {
    PayPhrases.Report r = PayPhrases.score(List.of(
        new PayPhrases.Row("Salary: $65,000 - $75,000", 65000.0, 75000.0, "USD", "YEAR"),
        new PayPhrases.Row("Salary: $65,000 - $75,000", 1.0, 2.0, "USD", "YEAR"),
        new PayPhrases.Row("72,000 members", null, null, null, null)));
    assertThat(r.pay()).isEqualTo(new FieldScore("pay parsed exactly", 2, 1));
    assertThat(r.notPay()).isEqualTo(new FieldScore("not-pay ignored", 1, 1));
    assertThat(r.misses()).singleElement().satisfies(m -> assertThat(m.expected()).isEqualTo("1-2 USD/YEAR"));
    assertThat(r.toText(true)).contains("pay parsed exactly").contains("1-2 USD/YEAR");
  }
}
