package io.jobstream.enrich.classify;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * {@link PhraseIndex} must report what trying every phrase's regex at every word start would:
 * the same phrases, in the same order, with the same matched text.
 */
class PhraseIndexTest {
  private static final Map<String, String> PHRASES = new LinkedHashMap<>();

  static {
    PHRASES.put("organizing", "organi[sz]ers?|canvass\\w*|base[- ]building|field|field director");
    PHRASES.put("data", "data|data science|analysts?|research\\w*");
    PHRASES.put("benefits", "401\\(?k\\)?|health,? dental|paid time off|pto");
  }

  private static final PhraseIndex INDEX = new PhraseIndex(PHRASES);

  @Property(tries = 500)
  void shouldFindWhatEveryRegexTriedAtEveryWordStartFinds(@ForAll("texts") String text) {
    List<String> found = new ArrayList<>();
    INDEX.scan(text, (label, phrase) -> found.add(label + "=" + phrase));
    assertThat(found).isEqualTo(naive(text));
    List<String> byIndex = new ArrayList<>();
    List<String> labels = new ArrayList<>(PHRASES.keySet());
    INDEX.scanIndexed(text, (label, phrase) -> byIndex.add(labels.get(label) + "=" + phrase));
    assertThat(byIndex).isEqualTo(found);
  }

  // The reference: at each word start (a letter or digit after anything else), each phrase in
  // declaration order, as its own regex followed by \b.
  private static List<String> naive(String text) {
    List<String> out = new ArrayList<>();
    for (int i = 0; i + 1 < text.length(); i++) {
      if (!Character.isLetterOrDigit(text.charAt(i)) || i > 0 && Character.isLetterOrDigit(text.charAt(i - 1))) {
        continue;
      }
      for (Map.Entry<String, String> e : PHRASES.entrySet()) {
        for (String alt : e.getValue().split("\\|")) {
          Matcher m = Pattern.compile(alt + "\\b").matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
          m.region(i, text.length());
          if (m.lookingAt()) {
            out.add(e.getKey() + "=" + m.group());
          }
        }
      }
    }
    return out;
  }

  @Provide
  Arbitrary<String> texts() {
    return Arbitraries.of(
            "organizer", "organisers", "canvassing", "base-building", "base building", "field", "field director",
            "data", "data science", "analyst", "researchers", "401(k)", "401k", "health, dental", "paid time off",
            "pto", " ", "  ", ",", ".", "-", "_", "(", "x", "Field", "DATA", "é", "ß", "\u0301", "\uD835\uDC00", "9",
            "datum", "fields", "\n")
        .list().ofMaxSize(16).map(parts -> String.join("", parts));
  }
}
