package io.jobstream.enrich.clean;

import static io.jobstream.enrich.text.LeadScanAssertions.assertSameMatches;
import static org.assertj.core.api.Assertions.assertThat;

import io.jobstream.enrich.text.LeadScan;
import java.util.List;
import java.util.regex.Matcher;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/**
 * The lead-character scans of the line rules find exactly what {@link Matcher#find()} finds, and
 * the masthead pre-check passes every line {@link LineRules#MASTHEAD} matches. Checked on text
 * built from the patterns' own words in every casing, glued with ids, punctuation and letters
 * outside ASCII.
 */
class LineScansTest {
  private static final List<String> PIECES =
      List.of("ref", "REF", "Ref", "job", "Job", "JOB", " id", " ID", "listing", "posting", "req", "requisition",
          "tracking", "number", "#", ":", ".", " ", "  ", "X1y2Z3", "43007", "LCN-88", "_", "é", "\u212A", "\u0301",
          "please", "PLEASE", "share", "Share", "widely", "with your", "this posting", "feel free to", "circulate",
          "forward", "spread", "spreading", "the word", "forwarding", "from", "grateful if you could", "sharing",
          "a", "an", "vacancy", "pass", "it", "on", "do", "!", "?",
          "board", "example", "com", "-", "\u2013", "Jobs since 1998", "x");

  @Provide
  Arbitrary<String> texts() {
    return Arbitraries.of(PIECES).list().ofMaxSize(12).map(l -> String.join("", l));
  }

  @Property(tries = 4000)
  void leadScansShouldFindWhatFindFinds(@ForAll("texts") String text) {
    assertSameMatches(LineRules.LABELLED_ID_SCAN, text);
    assertSameMatches(LineRules.SHARE_ASK_SCAN, text);
  }

  @Property(tries = 4000)
  void mastheadPreCheckShouldPassEveryMasthead(@ForAll("texts") String text) {
    if (LineRules.MASTHEAD.matcher(text).matches()) {
      assertThat(LineRules.mayBeMasthead(text)).as(text).isTrue();
    }
  }

  @Test
  void mastheadPreCheckShouldPassMastheads() {
    for (String line : List.of("BOARD.EXAMPLE - Jobs since 1998", "jobs-board.org \u2014 the sector's board", "ab.cd -- x y z")) {
      assertThat(LineRules.MASTHEAD.matcher(line).matches()).as(line).isTrue();
      assertThat(LineRules.mayBeMasthead(line)).as(line).isTrue();
    }
    assertThat(LineRules.mayBeMasthead("See www.board.example - Jobs since 1998")).isFalse();
  }
}
