package io.jobstream.enrich.text;

import static io.jobstream.enrich.text.LeadScanAssertions.assertSameMatches;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/**
 * The pre-checks that let extractors skip regexes must never change a result: a {@link LeadScan}
 * finds exactly what {@link Matcher#find()} finds, and a {@link WordSet} passes every text its
 * regex matches. Checked on text built from the words the patterns look for, in every casing,
 * glued with punctuation, digits, accented letters, combining marks and surrogate pairs.
 */
class ScanPreChecksTest {
  private static final Pattern ENTRY =
      Pattern.compile("(?i)\\bentry[- ]level\\b|\\b(?:no|without) (?:[\\w-]+ ){0,2}experience|\\bwe(?:'ll| will)? train\\b");
  private static final LeadScan ENTRY_SCAN = LeadScan.wordsIgnoringCase(ENTRY, "enw");
  private static final LeadScan ENTRY_WORDS_SCAN =
      LeadScan.firstWordIn(ENTRY, WordSet.of("entry", "no", "without", "experience", "we"));
  private static final Pattern MONEY = Pattern.compile("(?<![\\w$])(?:USD ?)?\\$?\\d{2,3}(?:,\\d{3})*k?");
  private static final LeadScan MONEY_SCAN = LeadScan.of(MONEY, "U$0123456789");
  // "USD $5": the first digit comes at most five characters after the start.
  private static final LeadScan MONEY_NEAR_DIGITS = LeadScan.of(MONEY, "U$0123456789", "0123456789", 5);
  private static final Pattern PAY = Pattern.compile("(?i)\\b(?:salary|wages?|earn(?:s|ing)?|day rate|reimburs\\w*|401\\(?k\\)?)\\b");
  private static final WordSet PAY_WORDS = WordSet.of("salary", "wage", "wages", "earn", "earns", "earning", "rate", "reimburs*", "401*");

  private static final List<String> PIECES =
      List.of("entry", "Entry", "ENTRY", "level", "-", " ", " ", "  ", "no", "No", "without", "experience", "we", "We'll",
          "will", "train", "training", "salary", "SALARY", "Salary", "wage", "wages", "earn", "earning", "day", "rate",
          "reimbursed", "401", "(k)", "k", "USD", "$", "95", "120", ",000", "k", "_", ".", ",", "é", "É", "\u0301",
          "\u0130", "\u212A", "\uD835\uDC00", "x", "re", "4", "\n");

  @Provide
  Arbitrary<String> texts() {
    return GeneratedText.from(PIECES, 14);
  }

  @Property(tries = 3000)
  void leadScanShouldFindWhatFindFinds(@ForAll("texts") String text) {
    assertSameMatches(ENTRY_SCAN, text);
    assertSameMatches(ENTRY_WORDS_SCAN, text);
    assertSameMatches(MONEY_SCAN, text);
    assertSameMatches(MONEY_NEAR_DIGITS, text);
  }

  @Property(tries = 3000)
  void wordSetShouldPassEveryTextTheRegexMatches(@ForAll("texts") String text) {
    if (PAY.matcher(text).find()) {
      assertThat(PAY_WORDS.anyIn(text)).as(text).isTrue();
    }
  }

  @Test
  void shouldTellWordsFromPartsOfWords() {
    assertThat(PAY_WORDS.anyIn("Our SALARY range")).isTrue();
    assertThat(PAY_WORDS.anyIn("salaryman")).isFalse();
    assertThat(PAY_WORDS.anyIn("mileage reimbursement")).isTrue();
    assertThat(PAY_WORDS.anyIn("a 401k plan")).isTrue();
    assertThat(PAY_WORDS.anyIn("wageless hours")).isFalse();
  }

  @Test
  void shouldRefuseWordsItCannotLookUp() {
    assertThatThrownBy(() -> WordSet.of("Salary")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> LeadScan.ignoringCase(MONEY, "é")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> LeadScan.of(MONEY, "$", "٣", 3)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> LeadScan.of(MONEY, "$", "3", -1)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void shouldSplitWordsWhereTheRunningJdksWordBoundaryFalls() {
    // Java 17 and 18 take "é" for a word character in \b; from Java 19 on it is not one.
    assertThat(WordSet.WIDE_WORD_BOUNDARY).isEqualTo(Runtime.version().feature() <= 18);
    // Either way the scans find what find() finds where a boundary may fall after "é".
    Pattern manager = Pattern.compile("(?i)\\bmanager\\b");
    for (String text : List.of("émanager", "Éte\u0301manager", "1\u0663manager", "é manager")) {
      assertSameMatches(LeadScan.wordsIgnoringCase(manager, "m"), text);
      assertSameMatches(LeadScan.firstWordIn(manager, WordSet.of("manager")), text);
      if (manager.matcher(text).find()) {
        assertThat(WordSet.of("manager").anyIn(text)).as(text).isTrue();
      }
    }
  }

  @Test
  void shouldFindOnlyFromTheStartOfAWord() {
    String text = "renewed: we will train you";
    Matcher m = ENTRY_WORDS_SCAN.matcher(text);
    assertThat(ENTRY_WORDS_SCAN.find(m, text, 4)).isTrue();
    assertThat(m.group()).isEqualTo("we will train");
    assertThat(ENTRY_WORDS_SCAN.find(m, text, 12)).isFalse();
  }
}
