package io.jobstream.enrich.eval;

import static io.jobstream.enrich.eval.Postings.salary;
import static io.jobstream.enrich.eval.Postings.simple;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.jobstream.model.EnrichedPosting;
import java.util.List;
import org.junit.jupiter.api.Test;

class ScoringTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  private static JsonNode gold(String json) throws Exception {
    return JSON.readTree(json.replace('\'', '"'));
  }

  private static Check only(List<Check> checks, String field) {
    List<Check> c = checks.stream().filter(x -> x.field().equals(field)).toList();
    assertThat(c).hasSize(1);
    return c.get(0);
  }

  private static List<Check> score(String goldJson, EnrichedPosting p) throws Exception {
    return Scoring.score("p.html", gold(goldJson), p, null);
  }

  @Test
  void shouldAcceptAnyValueOfAGoldList() throws Exception {
    EnrichedPosting p = simple("Caucus Organizer", null, "");
    assertThat(only(score("{'title': ['Union Caucus Organizer', 'Caucus Organizer']}", p), "title").right()).isTrue();
    assertThat(only(score("{'seniority': ['entry', 'senior']}", p), "seniority").right()).isFalse();
    assertThat(only(score("{'seniority': ['entry', 'mid']}", p), "seniority").right()).isTrue();
  }

  @Test
  void shouldCompareTitlesIgnoringCaseAndATrailingPunctuation() throws Exception {
    EnrichedPosting p = simple("field organizer.", null, "");
    assertThat(only(score("{'title': '  Field Organizer '}", p), "title").right()).isTrue();
    assertThat(only(score("{'title': 'Field Organiser'}", p), "title").right()).isFalse();
  }

  @Test
  void shouldCompareOtherStringsExactlyAfterTrimming() throws Exception {
    EnrichedPosting p = simple("Field Organizer", null, "");
    assertThat(only(score("{'workplace': ' onsite '}", p), "workplace").right()).isTrue();
    assertThat(only(score("{'roleType': 'Organizing'}", p), "roleType").right()).isFalse();
    assertThat(only(score("{'location': {'region': 'OH', 'city': 'cleveland'}}", p), "location.region").right()).isTrue();
    assertThat(only(score("{'location': {'region': 'OH', 'city': 'cleveland'}}", p), "location.city").right()).isFalse();
  }

  @Test
  void shouldCompareApplyEmailIgnoringCase() throws Exception {
    EnrichedPosting p = simple("Field Organizer", null, "");
    assertThat(only(score("{'applyEmail': 'jobs@example.org'}", p), "applyEmail").right()).isTrue();
  }

  @Test
  void shouldNotScoreFieldsLeftOut() throws Exception {
    List<Check> checks = score("{'file': 'p.html', 'title': 'Field Organizer'}", simple("Field Organizer", null, ""));
    assertThat(checks).extracting(Check::field).containsExactly("title");
  }

  @Test
  void shouldScoreSalaryExactlyOnAllFourParts() throws Exception {
    String g = "{'salary': {'min': 52000, 'max': 58000, 'currency': 'USD', 'period': 'YEAR'}}";
    assertThat(only(score(g, simple("T", salary(52000.0, 58000.0, "USD", "YEAR"), "")), "salary").right()).isTrue();
    assertThat(only(score(g, simple("T", salary(52000.0, 58000.0, "CAD", "YEAR"), "")), "salary").right()).isFalse();
    assertThat(only(score(g, simple("T", salary(52000.0, null, "USD", "YEAR"), "")), "salary").right()).isFalse();
    Check none = only(score(g, simple("T", null, "")), "salary");
    assertThat(none.right()).isFalse();
    assertThat(none.payWhereNone()).isFalse();
  }

  @Test
  void shouldMatchAnOpenRangeWhenGoldMaxIsNull() throws Exception {
    String g = "{'salary': {'min': 90000, 'max': null, 'currency': 'USD', 'period': 'YEAR'}}";
    assertThat(only(score(g, simple("T", salary(90000.0, null, "USD", "YEAR"), "")), "salary").right()).isTrue();
  }

  @Test
  void shouldCountNullSalaryAgainstNullGoldAsRight() throws Exception {
    Check c = only(score("{'salary': null}", simple("T", null, "")), "salary");
    assertThat(c.right()).isTrue();
    assertThat(c.payWhereNone()).isFalse();
  }

  @Test
  void shouldReportPayWhereNoneIsStatedAsASeparateMiss() throws Exception {
    Check c = only(score("{'salary': null}", simple("T", salary(20.0, 20.0, "USD", "HOUR"), "")), "salary");
    assertThat(c.right()).isFalse();
    assertThat(c.payWhereNone()).isTrue();
    EvalReport r = EvalReport.of("x", 1, List.of(c), List.of());
    assertThat(r.payWhereNone()).isEqualTo(1);
    assertThat(r.toText(true)).contains("pay where none stated");
  }

  @Test
  void shouldFindMustKeepPhrasesIgnoringCaseAndWhitespace() throws Exception {
    EnrichedPosting p = simple("T", null, "We   build\nPOWER with\u00a0tenants.\nApply now");
    List<Check> checks = score("{'mustKeep': ['we build power with tenants', 'organize the building']}", p);
    assertThat(checks).extracting(Check::right).containsExactly(true, false);
  }

  @Test
  void shouldRequireMustRemovePhrasesToBeAbsent() throws Exception {
    EnrichedPosting p = simple("T", null, "Duties\nSIMILAR   jobs\nBilling Manager");
    List<Check> checks = score("{'mustRemove': ['Similar Jobs', 'Form CC-305']}", p);
    assertThat(checks).extracting(Check::right).containsExactly(false, true);
  }

  @Test
  void shouldCountEveryFieldAsAMissWhenEnrichmentFailed() throws Exception {
    List<Check> checks = Scoring.score("p.html", gold("{'title': 'T', 'salary': null, 'mustRemove': ['x']}"), null, "boom");
    assertThat(checks).hasSize(3).noneMatch(Check::right).allMatch(c -> c.actual().contains("boom"));
    assertThat(checks).noneMatch(Check::payWhereNone);
  }

  @Test
  void shouldTallyFieldsIntoTheReport() throws Exception {
    List<Check> checks = score("{'title': 'T', 'mustKeep': ['a', 'b']}", simple("T", null, "a"));
    EvalReport r = EvalReport.of("x", 1, checks, List.of());
    assertThat(r.field("title")).isEqualTo(new FieldScore("title", 1, 1));
    assertThat(r.field("mustKeep").percent()).isEqualTo(50.0);
    assertThat(r.misses()).hasSize(1);
    assertThat(r.toJson(true).get("misses").get(0).get("expected").asText()).isEqualTo("b");
  }
}
