package io.jobstream.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.jobstream.enrich.Enricher;
import io.jobstream.enrich.eval.Check;
import io.jobstream.enrich.eval.GoldEntry;
import io.jobstream.enrich.eval.Scoring;
import io.jobstream.model.EnrichedPosting;
import io.jobstream.model.RawPage;
import java.nio.file.Files;
import java.util.List;
import org.junit.jupiter.api.Test;

class PhraseTallyTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void shouldMatchPhrasesIgnoringCaseAndWhitespaceRuns() throws Exception {
    JsonNode gold = JSON.readTree("{\"mustKeep\":[\"Apply by  December 4\"],\"mustRemove\":[\"Cookie settings\"]}");
    PhraseTally tally = new PhraseTally();

    tally.add(gold, "APPLY BY\n\tdecember 4. Thanks.");

    assertThat(tally.keepPassed()).isEqualTo(1);
    assertThat(tally.removePassed()).isEqualTo(1);
    assertThat(tally.combined()).isEqualTo(1.0);
  }

  @Test
  void shouldFailEveryCheckOfAPageTheExtractorFailedOn() throws Exception {
    JsonNode gold = JSON.readTree("{\"mustKeep\":[\"a\"],\"mustRemove\":[\"b\",\"c\"]}");
    PhraseTally tally = new PhraseTally();

    tally.add(gold, null);

    assertThat(tally.failures()).isEqualTo(1);
    assertThat(tally.keepPassed() + tally.removePassed()).isZero();
    assertThat(tally.keepTotal() + tally.removeTotal()).isEqualTo(3);
  }

  @Test
  void shouldCountTheSamePhraseChecksAsTheEvaluator() throws Exception {
    // Guards the comparison's fairness: jobstream's tally here must equal what `eval` reports.
    GoldEntry entry = LabelledSet.project().entries().get(0);
    byte[] body = Files.readAllBytes(entry.path());
    EnrichedPosting posting = new Enricher().enrich(new RawPage(null, body, entry.contentType(), null, null));
    List<Check> phraseChecks = Scoring.score(entry.file(), entry.expected(), posting, null).stream()
        .filter(c -> c.field().equals("mustKeep") || c.field().equals("mustRemove"))
        .toList();

    PhraseTally tally = new PhraseTally();
    tally.add(entry.expected(), new JobstreamText().text(body, entry.contentType()));

    assertThat(tally.keepTotal() + tally.removeTotal()).isEqualTo(phraseChecks.size());
    assertThat(tally.keepPassed() + tally.removePassed()).isEqualTo(phraseChecks.stream().filter(Check::right).count());
  }
}
