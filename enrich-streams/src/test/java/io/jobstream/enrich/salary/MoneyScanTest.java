package io.jobstream.enrich.salary;

import static io.jobstream.enrich.text.LeadScanAssertions.assertSameMatches;

import io.jobstream.enrich.text.GeneratedText;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * {@link Money#SCAN} skips every position that is not a lead character within reach of a digit;
 * it must still find exactly the matches {@link Money#PATTERN}'s own find() does, on text made of
 * currency codes and symbols, amounts, range words, spaces and letters that open codes.
 */
class MoneyScanTest {
  private static final List<String> PIECES =
      List.of("USD", "US", "CAD", "CA", "GBP", "EUR", "AUD", "AU", "A", "C", "E", "G", "U", "$", "\u00a3", "\u20ac", "5",
          "12", "95", "120", ",000", ".000", ".5", "k", "K", "+", " ", "  ", "\t", "-", "\u2013", " to ", " and ", "/hr",
          " per hour", "an hour", "x", "Pay", ".", ",", "_", "\u00e9");

  @Provide
  Arbitrary<String> texts() {
    return GeneratedText.from(PIECES, 16);
  }

  @Example
  void shouldFindAmountsBehindTheLongestOpenings() {
    // A code, a space, a country-marked dollar and a space: the first digit eight characters in.
    for (String text : List.of("Pay: USD US$ 5,000 - USD US$ 6,000", "USD\tCA$\t95k", "x USD AU$ 120+ per hour",
        "GBP \u00a3 45.000 to EUR \u20ac 50.000")) {
      assertSameMatches(Money.SCAN, text);
    }
  }

  @Property(tries = 4000)
  void shouldFindWhatThePatternFinds(@ForAll("texts") String text) {
    assertSameMatches(Money.SCAN, text);
  }
}
