package io.jobstream.enrich.clean;

import static io.jobstream.enrich.text.LeadScanAssertions.assertSameMatches;
import static org.assertj.core.api.Assertions.assertThat;

import io.jobstream.enrich.text.GeneratedText;
import java.util.List;
import java.util.regex.Matcher;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/**
 * The lead-character scans of the line rules find exactly what {@link Matcher#find()} finds, the
 * masthead pre-check passes every line {@link LineRules#MASTHEAD} matches, and a line's marks hold
 * the family of every fragment pre-check it passes. Checked on text
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
    return GeneratedText.from(PIECES, 12);
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

  private static final List<String> FRAGMENT_PIECES =
      List.of("saw", "SAW", "Saw", "found this", "FOUND THIS", "reference", "REFERENCE", "register", "REGISTERED",
          "limited by", "LIMITED BY", "\u00a9", "copyright", "COPYRIGHT", "(c)", "(C)", "rights reserved", "RIGHTS RESERVED",
          "cookie", "COOKIES", " > ", ">", "\u203a", "\u00bb", "share", "SHARE", "circulate", "forward", "spread", "pass",
          "PASS", "\u0130", "\u212a", "\u00e9", " ", "x", "s", "h", "are");

  @Provide
  Arbitrary<String> fragmentTexts() {
    return GeneratedText.from(FRAGMENT_PIECES, 8);
  }

  // LineCleaner asks a pre-check only when the line's marks hold its family: no line any
  // pre-check passes may lack the mark.
  @Property(tries = 4000)
  void marksShouldHoldTheFamilyOfEveryPreCheckALinePasses(@ForAll("fragmentTexts") String line) {
    long marks = LineRules.marks(line);
    assertThat(!LineRules.mayBeAttribution(line) || (marks & LineRules.ATTRIBUTION_MARK) != 0).as(line).isTrue();
    assertThat(!LineRules.mayBeRegistration(line) || (marks & LineRules.REGISTRATION_MARK) != 0).as(line).isTrue();
    assertThat(!LineRules.mayBeCopyright(line) || (marks & LineRules.COPYRIGHT_MARK) != 0).as(line).isTrue();
    assertThat(!line.contains("ookie") || (marks & LineRules.COOKIE_MARK) != 0).as(line).isTrue();
    assertThat(!LineRules.mayBeBreadcrumb(line) || (marks & LineRules.BREADCRUMB_MARK) != 0).as(line).isTrue();
    assertThat(!LineRules.mayBeShareAsk(line) || (marks & LineRules.SHARE_ASK_MARK) != 0).as(line).isTrue();
  }

  @Test
  void marksShouldTellLinesWithoutAnyFragment() {
    assertThat(LineRules.marks("We are hiring a field organizer in Dayton, Ohio.")).isZero();
    assertThat(LineRules.marks("Copyright \u00a9 2026 Board. All Rights Reserved.")).isEqualTo(LineRules.COPYRIGHT_MARK);
    assertThat(LineRules.marks("Home \u203a Jobs \u203a Please SHARE")).isEqualTo(LineRules.BREADCRUMB_MARK | LineRules.SHARE_ASK_MARK);
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
