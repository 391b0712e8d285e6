package io.jobstream.enrich.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DatasetsTest {
  @Test
  void shouldReadQuotedCsvFieldsWithCommasQuotesAndLineBreaks() {
    List<Map<String, String>> rows = Csv.read("a,b,c\r\n1,\"x, \"\"y\"\"\nz\",3\n4,5\n");
    assertThat(rows).hasSize(2);
    assertThat(rows.get(0)).containsEntry("b", "x, \"y\"\nz").containsEntry("c", "3");
    assertThat(rows.get(1)).containsEntry("c", "");
  }

  @Test
  void shouldAgreeWithGlassdoorOnYearlyThousandsAndHourlyRows() {
    Datasets.Report r = Datasets.glassdoor(List.of(
        Map.of("Salary Estimate", "$53K-$91K (Glassdoor est.)", "hourly", "0", "min_salary", "53", "max_salary", "91"),
        Map.of("Salary Estimate", "$17-$24 Per Hour(Glassdoor est.)", "hourly", "1", "min_salary", "17", "max_salary", "24"),
        Map.of("Salary Estimate", "$53K-$91K (Glassdoor est.)", "hourly", "0", "min_salary", "50", "max_salary", "91")));
    assertThat(r.rows()).isEqualTo(3);
    assertThat(r.agree()).isEqualTo(2);
    assertThat(r.classes()).containsOnlyKeys("amounts differ");
    assertThat(r.toText()).contains("2/3 agree");
  }

  @Test
  void shouldAgreeWithAdzunaUsingItsOwnAnnualisation() {
    Datasets.Report r = Datasets.adzuna(List.of(
        Map.of("SalaryRaw", "20000 - 30000/annum 20-30K", "SalaryNormalized", "25000"),
        Map.of("SalaryRaw", "7.00 to 9.00 per hour", "SalaryNormalized", "15360"),
        Map.of("SalaryRaw", "Competitive", "SalaryNormalized", "30000")));
    assertThat(r.rows()).isEqualTo(3);
    assertThat(r.agree()).isEqualTo(2);
    assertThat(r.classes().get("not parsed").count()).isEqualTo(1);
    assertThat(Datasets.adzunaPerYear("HOUR")).isEqualTo(1920);
  }
}
