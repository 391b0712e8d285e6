package io.jobstream.enrich.extract;

import static org.assertj.core.api.Assertions.assertThat;

import io.jobstream.model.EnrichedPosting.Apply;
import java.util.List;
import org.junit.jupiter.api.Test;

class ApplyInfoTest {

  @Test
  void shouldTakeTheAddressAndLinkOfTheLineThatSaysHowToApply() {
    Apply apply = ApplyInfo.from(List.of(
        "Questions about the role? Write to info@example.org.",
        "Our newsletter: https://example.org/news",
        "To apply, SEND a resume to hiring@example.org or fill in https://example.org/jobs/17/apply."));
    assertThat(apply.email()).isEqualTo("hiring@example.org");
    assertThat(apply.url()).isEqualTo("https://example.org/jobs/17/apply");
  }

  @Test
  void shouldFallBackToAnyAddressWhenNoLineSaysHowToApply() {
    Apply apply = ApplyInfo.from(List.of("Field Organizer", "Questions: info@example.org"));
    assertThat(apply.email()).isEqualTo("info@example.org");
    assertThat(apply.url()).isNull();
  }
}
