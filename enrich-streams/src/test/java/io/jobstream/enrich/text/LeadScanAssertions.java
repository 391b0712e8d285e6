package io.jobstream.enrich.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Matcher;

/** Checks a {@link LeadScan} against {@link Matcher#find()} on one text, match by match. */
public final class LeadScanAssertions {
  private LeadScanAssertions() {}

  /** Asserts that {@code scan} finds in {@code text} exactly the matches its pattern's find() does. */
  public static void assertSameMatches(LeadScan scan, String text) {
    Matcher expected = scan.pattern().matcher(text);
    Matcher actual = scan.matcher(text);
    int from = 0;
    while (true) {
      boolean found = expected.find();
      assertThat(scan.find(actual, text, from)).as(text).isEqualTo(found);
      if (!found) {
        return;
      }
      assertThat(actual.start()).as(text).isEqualTo(expected.start());
      assertThat(actual.group()).as(text).isEqualTo(expected.group());
      from = actual.end();
    }
  }
}
