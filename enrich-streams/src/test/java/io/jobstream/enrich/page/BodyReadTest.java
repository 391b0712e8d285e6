package io.jobstream.enrich.page;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/**
 * {@link BodyDecoder#read} keeps well-formed UTF-8 as bytes for the parser; it must accept,
 * refuse and decode exactly as {@link BodyDecoder#decode} does, and {@link Utf8#scan} must call
 * well-formed exactly what the JDK's strict decoder accepts.
 */
class BodyReadTest {
  // Pieces of every kind of UTF-8 sequence, good and bad, glued at random.
  private static final List<byte[]> PIECES =
      List.of(bytes("<p>Field Organizer</p>"), bytes(" "), bytes("\n"), bytes("caf\u00e9"), bytes("\u00a0"),
          bytes("\u20ac45,000"), bytes("\uD83D\uDE00"), bytes("\uFFFD"), new byte[] {0}, new byte[] {(byte) 0xc2},
          new byte[] {(byte) 0xc0, (byte) 0x80}, new byte[] {(byte) 0xe0, (byte) 0x80, (byte) 0x80},
          new byte[] {(byte) 0xed, (byte) 0xa0, (byte) 0x80}, new byte[] {(byte) 0xf4, (byte) 0x90, (byte) 0x80, (byte) 0x80},
          new byte[] {(byte) 0xf5}, new byte[] {(byte) 0x80}, new byte[] {(byte) 0xa0}, bytes("\u3000"),
          bytes("<meta charset=\"iso-8859-1\">"), bytes("abcdefgh"), bytes("--- \n"),
          bytes("<p>Benefits</p>".repeat(600)), bytes(" ".repeat(9000)));

  @Provide
  Arbitrary<byte[]> bodies() {
    return Arbitraries.of(PIECES).list().ofMaxSize(40).map(list -> {
      int n = list.stream().mapToInt(p -> p.length).sum();
      ByteBuffer buffer = ByteBuffer.allocate(n);
      list.forEach(buffer::put);
      return buffer.array();
    });
  }

  @Property(tries = 3000)
  void shouldCallWellFormedWhatTheStrictDecoderAccepts(@ForAll("bodies") byte[] body) {
    Utf8.Scan scan = Utf8.scan(body);
    assertThat(scan.wellFormed()).isEqualTo(strictlyDecodes(body));
    if (scan.wellFormed()) {
      assertThat(scan.hasNul()).isEqualTo(contains(body, (byte) 0));
      assertThat(scan.hasNoBreakSpace()).isEqualTo(new String(body, StandardCharsets.UTF_8).indexOf('\u00a0') >= 0);
    }
  }

  @Property(tries = 3000)
  void shouldReadAsDecodeDoes(@ForAll("bodies") byte[] body) {
    String expected;
    try {
      expected = BodyDecoder.decode(body, null);
    } catch (IllegalArgumentException refused) {
      assertThatThrownBy(() -> BodyDecoder.read(body, null)).hasMessage(refused.getMessage());
      return;
    }
    Body read = BodyDecoder.read(body, null);
    assertThat(read.text()).isEqualTo(expected);
    assertThat(expected).startsWith(read.head());
  }

  @Test
  void shouldKeepALargeUtf8PageAsBytesWithNoBreakSpacesMadeSpaces() throws Exception {
    String page = "<html><body><p>Pay:\u00a0$60,000\u2013$70,000</p>" + "<p>Caf\u00e9 team.</p>".repeat(1000) + "</body></html>";
    Body read = BodyDecoder.read(bytes(page), StandardCharsets.UTF_8);
    assertThat(read.utf8()).isNotNull();
    assertThat(new String(read.utf8().readAllBytes(), StandardCharsets.UTF_8)).isEqualTo(page.replace('\u00a0', ' '));
    assertThat(read.text()).isEqualTo(BodyDecoder.decode(bytes(page), StandardCharsets.UTF_8));
  }

  @Test
  void shouldLeaveOtherCharsetsToTheDecoder() {
    byte[] latin = ("<meta charset=\"iso-8859-1\"><p>Caf\u00e9</p>" + " ".repeat(9000)).getBytes(StandardCharsets.ISO_8859_1);
    assertThat(BodyDecoder.read(latin, null).utf8()).isNull();
    assertThat(BodyDecoder.read(latin, null).text()).contains("Caf\u00e9");
  }

  private static boolean strictlyDecodes(byte[] body) {
    try {
      StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(body));
      return true;
    } catch (CharacterCodingException e) {
      return false;
    }
  }

  private static boolean contains(byte[] b, byte value) {
    for (byte x : b) {
      if (x == value) {
        return true;
      }
    }
    return false;
  }

  private static byte[] bytes(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }
}
