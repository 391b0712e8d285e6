package io.jobstream.enrich.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/**
 * {@link Substrings} must answer exactly what {@code String.contains} answers for each family,
 * on text made of the words, their overlaps and prefixes, and characters no word holds.
 */
class SubstringsTest {
  // Words of one family end inside words of another ("posted" holds "ted", "she" holds "he"), so
  // a match found only through a failure link must still be reported.
  private static final List<List<String>> FAMILIES = List.of(
      List.of("year"),
      List.of("post", "posted"),
      List.of("ph.d", "b.a."),
      List.of("she", "his"),
      List.of("$", "usd", "\u00a3", "\u20ac"),
      List.of("aaab"),
      List.of("ted", "he", "hers"),
      List.of("ab"));
  private static final Substrings SCAN = Substrings.of(FAMILIES);

  private static final List<String> PIECES =
      List.of("year", "yea", "YE", "r", "S", "post", "Pos", "ted", "TE", "ph", "PH", ".", "d", "b", "A", "aa", "he",
          "sh", "Is", "rs", " ", "$", "us", "USD", "\u00a3", "\u20ac", "\u00e9", "\u00c9", "\u0130", "\u212a", "\u0307",
          "\u00df", "\uD835\uDC00", "x");

  @Provide
  Arbitrary<String> texts() {
    return GeneratedText.from(PIECES, 12);
  }

  @Property(tries = 5000)
  void shouldFindWhatContainsFinds(@ForAll("texts") String text) {
    assertThat(SCAN.in(text)).as(text).isEqualTo(bruteForce(text));
  }

  @Property(tries = 5000)
  void shouldReadTextAsItsLowerCasedCopy(@ForAll("texts") String text) {
    assertThat(SCAN.inLowerCased(text)).as(text).isEqualTo(SCAN.in(text.toLowerCase(Locale.ROOT)));
  }

  @Test
  void shouldReadTheCharactersThatLowerCaseIntoAscii() {
    Substrings scan = Substrings.of(List.of(List.of("week"), List.of("id")));
    assertThat(scan.inLowerCased("WEE\u212a")).isEqualTo(1L);
    assertThat(scan.inLowerCased("\u0130D")).isZero(); // "i", a combining dot, then "d"
    assertThat(scan.inLowerCased("\u0130")).isZero();
    assertThatThrownBy(() -> Substrings.of(List.of(List.of("r\u00e9sum\u00e9")))).isInstanceOf(IllegalArgumentException.class);
  }

  private static long bruteForce(String text) {
    long found = 0;
    for (int f = 0; f < FAMILIES.size(); f++) {
      for (String w : FAMILIES.get(f)) {
        if (text.contains(w)) {
          found |= 1L << f;
        }
      }
    }
    return found;
  }

  @Test
  void shouldFindWordsInsideOtherWordsAndAcrossOverlaps() {
    assertThat(SCAN.in("ushers")).isEqualTo(1L << 3 | 1L << 6);
    assertThat(SCAN.in("a Ph.D. holder")).isZero(); // the scan reads the text as given: callers lower-case it
    assertThat(SCAN.in("a ph.d. holder")).isEqualTo(1L << 2);
    assertThat(SCAN.in("aaaab")).isEqualTo(1L << 5 | 1L << 7);
    assertThat(SCAN.in("repostedyear")).isEqualTo(1L | 1L << 1 | 1L << 6);
    assertThat(SCAN.in("\u00a330,000")).isEqualTo(1L << 4);
    assertThat(SCAN.in("")).isZero();
  }

  @Test
  void shouldTakeUpToSixtyFourFamilies() {
    List<List<String>> many = IntStream.range(0, 64).mapToObj(i -> List.of("w" + i + ";")).toList();
    assertThat(Substrings.of(many).in("w63; w0;")).isEqualTo(Long.MIN_VALUE | 1L);
    List<List<String>> tooMany = IntStream.range(0, 65).mapToObj(i -> List.of("w" + i)).toList();
    assertThatThrownBy(() -> Substrings.of(tooMany)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Substrings.of(List.of(List.of("")))).isInstanceOf(IllegalArgumentException.class);
    List<String> arrows = IntStream.range(0, 9).mapToObj(i -> String.valueOf((char) (0x2190 + i))).toList();
    assertThat(Substrings.of(List.of(arrows.subList(0, 8))).in("\u2197")).isEqualTo(1L);
    assertThatThrownBy(() -> Substrings.of(List.of(arrows))).isInstanceOf(IllegalArgumentException.class);
  }
}
