package io.jobstream.enrich.text;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;

/** Text for the scanners' property tests: runs of chosen pieces, glued without separators. */
public final class GeneratedText {
  private GeneratedText() {}

  /** Texts of up to {@code maxPieces} of {@code pieces}, each piece any number of times. */
  public static Arbitrary<String> from(List<String> pieces, int maxPieces) {
    return Arbitraries.of(pieces).list().ofMaxSize(maxPieces).map(l -> String.join("", l));
  }
}
