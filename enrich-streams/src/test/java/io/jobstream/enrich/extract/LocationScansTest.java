package io.jobstream.enrich.extract;

import static io.jobstream.enrich.text.LeadScanAssertions.assertSameMatches;

import io.jobstream.enrich.text.GeneratedText;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The scans {@link Location} reads place phrases with try their patterns only at some positions;
 * they must find exactly what the patterns' own find() does, on phrases made of state and country
 * names, their first words, separators, and characters that move word boundaries.
 */
class LocationScansTest {
  private static final List<String> PIECES =
      List.of("New", "York", "new york", "NEW YORK", "Jersey", "Washington", " D.C", " DC", "Texas", "District",
          " of Columbia", "North", "Carolina", "West", "Virginia", "Georgia", "US", "USA", "U.S.", "U.S.A.", "United",
          " States", " Kingdom", "UK", "Canada", "Australia", "New Zealand", "Ireland", "Germany", " ", ", ", " - ",
          " \u00b7 ", " | ", " or ", " and ", " with ", "(", ". ", "; ", "'s", "er", "_", "\u00e9", "\u0301", "x", "9");

  @Provide
  Arbitrary<String> phrases() {
    return GeneratedText.from(PIECES, 10);
  }

  @Property(tries = 4000)
  void scansShouldFindWhatTheirPatternsFind(@ForAll("phrases") String phrase) {
    assertSameMatches(Location.STATE_NAME_SCAN, phrase);
    assertSameMatches(Location.COUNTRY_WORD_SCAN, phrase);
    assertSameMatches(Location.PHRASE_END_SCAN, phrase);
  }
}
