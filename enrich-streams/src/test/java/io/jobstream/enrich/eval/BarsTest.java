package io.jobstream.enrich.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class BarsTest {
  private static List<Check> checks(String field, int right, int wrong) {
    List<Check> out = new ArrayList<>();
    for (int i = 0; i < right + wrong; i++) {
      out.add(Check.of("f" + i, field, i < right, "e", "a"));
    }
    return out;
  }

  private static EvalReport report(List<Check>... groups) {
    List<Check> all = new ArrayList<>();
    for (List<Check> g : groups) {
      all.addAll(g);
    }
    return EvalReport.of("corpus", 100, all, List.of());
  }

  @Test
  void shouldPassTheCorpusBarsAtTheirThresholds() {
    EvalReport r = report(checks("mustKeep", 99, 1), checks("mustRemove", 10, 0), checks("salary", 98, 2),
        checks("roleType", 92, 8), checks("seniority", 88, 12), checks("workplace", 92, 8),
        checks("location.region", 95, 5), checks("title", 1, 9));
    assertThat(Bars.corpus(r)).isEmpty();
  }

  @Test
  void shouldListEachFailedCorpusBarWithActualAndRequired() {
    List<Check> salary = new ArrayList<>(checks("salary", 99, 0));
    salary.add(new Check("x", "salary", false, "null", "20-20 USD/HOUR", true));
    EvalReport r = report(checks("mustKeep", 98, 2), checks("mustRemove", 99, 1), salary, checks("roleType", 91, 9));
    List<Bars.Failed> failed = Bars.corpus(r);
    assertThat(failed).extracting(Bars.Failed::bar).containsExactly(
        "mustKeep >= 99%", "mustRemove >= 100%", "pay reported where none stated = 0", "roleType >= 92%");
    assertThat(failed.get(0).actual()).isEqualTo("98.0% (98/100)");
    assertThat(failed.get(0).toString()).contains("corpus").contains("98.0%");
  }

  @Test
  void shouldRequireEveryScoredFieldRightOnTheSeeds() {
    assertThat(Bars.seeds(report(checks("title", 5, 0), checks("mustKeep", 13, 0)))).isEmpty();
    assertThat(Bars.seeds(report(checks("title", 4, 1), checks("mustKeep", 13, 0))))
        .extracting(Bars.Failed::bar).containsExactly("title = 100%");
  }

  @Test
  void shouldFailWhenPagesAreMissing() {
    EvalReport r = EvalReport.of("c", 0, List.of(), List.of("g.json: a.html: page not found"));
    assertThat(Bars.corpus(r)).extracting(Bars.Failed::bar).contains("every page found and enriched");
  }
}
