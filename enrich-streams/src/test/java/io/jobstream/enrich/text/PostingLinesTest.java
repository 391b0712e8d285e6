package io.jobstream.enrich.text;

import static org.assertj.core.api.Assertions.assertThat;

import io.jobstream.enrich.text.PostingLines.Words;
import java.util.List;
import java.util.Locale;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/**
 * The shared reading of a posting's lines answers each pre-check as the extractors used to ask
 * it of the line themselves: a family is mentioned when the lower-cased line contains one of its
 * words.
 */
class PostingLinesTest {
  private static final List<String> PIECES =
      List.of("Year", "YEARS", "degree", "Ph.D", "GED", "Fluent", "LICENSE", "Posted", "Closing", "Deadline",
          "hybrid", "Remote", "On-site", "Full", "Part-", "time", "Internship", "Temp", "Seasonal", "Fixed",
          "term", "Contract", "2026", "12", " ", ", ", "\u0130", "\u00e9", "\u212A", "x");

  @Provide
  Arbitrary<String> lines() {
    return GeneratedText.from(PIECES, 10);
  }

  @Property(tries = 3000)
  void shouldMentionAFamilyExactlyWhenTheLowerCasedLineContainsOneOfItsWords(@ForAll("lines") String line) {
    PostingLines lines = PostingLines.of(List.of(line));
    String lower = line.toLowerCase(Locale.ROOT);
    for (Words family : Words.values()) {
      boolean expected = family.words().stream().anyMatch(lower::contains);
      assertThat(lines.mentions(0, family)).as(family + " in " + line).isEqualTo(expected);
    }
  }

  @Test
  void shouldTellYearsAndKeepEachLineApart() {
    PostingLines lines = PostingLines.of(List.of("Posted November 3, 2026", "Apply by Dec 12", "HYBRID, 3 days"));
    assertThat(lines.hasYear(0)).isTrue();
    assertThat(lines.hasYear(1)).isFalse();
    assertThat(lines.mentions(0, Words.POSTED)).isTrue();
    assertThat(lines.mentions(1, Words.POSTED)).isFalse();
    assertThat(lines.mentions(1, Words.CLOSING)).isTrue();
    assertThat(lines.mentions(2, Words.HYBRID)).isTrue();
    assertThat(lines.lower(2)).isEqualTo("hybrid, 3 days");
    assertThat(lines.list()).hasSize(3);
  }
}
