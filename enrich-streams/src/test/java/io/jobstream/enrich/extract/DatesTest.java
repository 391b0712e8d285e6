package io.jobstream.enrich.extract;

import static io.jobstream.enrich.text.LeadScanAssertions.assertSameMatches;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class DatesTest {

  @Test
  void shouldReadALabelAloneOnItsLine() {
    List<String> lines = List.of("Posted:", "Nov. 18, 2026", "Application Deadline:", "Dec. 16, 2026");
    assertThat(Dates.posted(lines).value()).isEqualTo("2026-11-18");
    assertThat(Dates.closing(lines).value()).isEqualTo("2026-12-16");
  }

  @Test
  void shouldReadTheDateAnApplicationIsDueBy() {
    assertThat(Dates.closing(List.of("Send a resume and cover letter to jobs@example.org by December 20, 2026.")).value())
        .isEqualTo("2026-12-20");
    assertThat(Dates.closing(List.of("Apply with a CV in English by 31 August 2026 via people@example.org.")).value())
        .isEqualTo("2026-08-31");
    assertThat(Dates.closing(List.of("Applications will be accepted until April 10, 2026.")).value()).isEqualTo("2026-04-10");
    assertThat(Dates.closing(List.of("The union was founded by 40 workers in May 1, 1990 meetings."))).isNull();
  }

  @Test
  void shouldReadAnEmailDateHeaderAsPosted() {
    assertThat(Dates.posted(List.of("From: HR <hr@example.org>", "Date: Mon, 12 Jan 2026 09:14:33 -0600")).value())
        .isEqualTo("2026-01-12");
  }

  @Test
  void shouldReadALongLabelLineWhoseDateIsOnTheNextLine() {
    // The label line holds digits but no year; the year is on the line below.
    List<String> lines = List.of("Applications for the 2 open organizer positions will be reviewed until", "March 3, 2027");
    assertThat(Dates.closing(lines).value()).isEqualTo("2027-03-03");
    assertThat(Dates.closing(List.of("Applications for the 2 open organizer positions will be reviewed until", "soon"))).isNull();
  }

  // The label patterns are tried only at the words their labels start with.
  @Property(tries = 1000)
  void labelScansFindWhatTheirPatternsFind(@ForAll("labelLines") String line) {
    assertSameMatches(Dates.POSTED, line);
    assertSameMatches(Dates.CLOSING, line);
  }

  @Provide
  Arbitrary<String> labelLines() {
    return Arbitraries.of(
            "Posted on", "posted", "Date Posted", "date", "Date:", "posting date", "Published on", "LISTED", "Closing Date",
            "application deadline", "Deadline to apply", "apply by", "Applications are due by", "closes on", "open until",
            "Expires", "review of applications begins", "received by", "accepted until", "reviewed until",
            "final deadline is", "submitted by", "no later than", "reposted", "_date", "undated", "2026", "March 3,", ":",
            " ", "  ", "-", "é", "\u0301")
        .list().ofMaxSize(8).map(parts -> String.join(" ", parts));
  }
}
