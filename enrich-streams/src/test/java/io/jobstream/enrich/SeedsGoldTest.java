package io.jobstream.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.jobstream.model.EnrichedPosting;
import io.jobstream.model.RawPage;
import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every seed posting enriches to its gold record in {@code shared/gold/seeds.json}. */
class SeedsGoldTest {
  private static final Enricher ENRICHER = new Enricher();

  static Stream<Arguments> seeds() throws IOException {
    JsonNode gold = new ObjectMapper().readTree(SharedData.path("gold/seeds.json").toFile());
    List<Arguments> out = new ArrayList<>();
    gold.path("postings").forEach(p -> out.add(Arguments.of(p.path("file").asText(), p)));
    return out.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("seeds")
  void shouldMatchGold(String file, JsonNode gold) throws IOException {
    byte[] body = Files.readAllBytes(SharedData.path("seeds/" + file));
    EnrichedPosting p = ENRICHER.enrich(new RawPage(null, body, gold.path("contentType").asText(null), null, null));

    assertAnyOf(gold, "title", p.title());
    assertAnyOf(gold, "organization", p.organization());
    assertAnyOf(gold, "workplace", p.workplace());
    assertAnyOf(gold, "employmentType", p.employmentType());
    assertAnyOf(gold, "roleType", p.roleType().primary());
    assertAnyOf(gold, "seniority", p.seniority());
    assertAnyOf(gold, "postedDate", p.postedDate());
    assertAnyOf(gold, "closingDate", p.closingDate());
    assertAnyOf(gold, "applyEmail", p.apply() == null ? null : p.apply().email());
    assertLocation(gold.path("location"), p.location());
    assertSalary(gold.path("salary"), p);

    String clean = p.cleanText().toLowerCase(Locale.ROOT);
    gold.path("mustKeep").forEach(k -> assertThat(clean).as("kept: %s", k.asText()).contains(k.asText().toLowerCase(Locale.ROOT)));
    gold.path("mustRemove").forEach(r -> assertThat(clean).as("removed: %s", r.asText()).doesNotContain(r.asText().toLowerCase(Locale.ROOT)));
  }

  private static void assertAnyOf(JsonNode gold, String field, String actual) {
    JsonNode expected = gold.get(field);
    if (expected == null) {
      return;
    }
    List<String> allowed = new ArrayList<>();
    if (expected.isArray()) {
      expected.forEach(e -> allowed.add(e.asText()));
    } else {
      allowed.add(expected.asText());
    }
    assertThat(actual).as(field).isIn(allowed);
  }

  private static void assertLocation(JsonNode expected, EnrichedPosting.Location actual) {
    if (expected.isMissingNode()) {
      return;
    }
    assertThat(actual).as("location").isNotNull();
    assertAnyOf(expected, "city", actual.city());
    assertAnyOf(expected, "region", actual.region());
    assertAnyOf(expected, "country", actual.country());
  }

  private static void assertSalary(JsonNode expected, EnrichedPosting p) {
    if (expected.isNull()) {
      assertThat(p.salary()).as("salary").isNull();
      assertThat(p.salaryStated()).isFalse();
      return;
    }
    assertThat(p.salary()).as("salary").isNotNull();
    assertThat(p.salaryStated()).isTrue();
    assertThat(p.salary().min()).as("salary.min").isEqualTo(expected.path("min").asDouble());
    assertThat(p.salary().max()).as("salary.max").isEqualTo(expected.path("max").asDouble());
    assertThat(p.salary().currency()).isEqualTo(expected.path("currency").asText());
    assertThat(p.salary().period()).isEqualTo(expected.path("period").asText());
  }
}
