package io.jobstream.enrich.page;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * Checks bytes for well-formed UTF-8 without decoding them: the shortest form of every code
 * point, no surrogates, nothing above U+10FFFF, no cut-off sequence. These are the rules of the
 * JDK's strict UTF-8 decoder (and of the Unicode standard), so a body that passes decodes to the
 * same text in every UTF-8 decoder, lenient or strict, streaming or not. The same pass looks for
 * NUL bytes and no-break spaces, which the caller treats apart.
 */
final class Utf8 {
  /** What one pass found; the NUL and no-break-space flags are complete only for a well-formed body. */
  record Scan(boolean wellFormed, boolean hasNul, boolean hasNoBreakSpace) {}

  // Eight bytes at a time through the ASCII stretches, which are most of a page.
  private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
  private static final long HIGH_BITS = 0x8080808080808080L;
  private static final long LOW_BITS = 0x0101010101010101L;

  private Utf8() {}

  /** Where the first no-break space (C2 A0) of well-formed {@code b} at or after {@code from} is, or -1. */
  static int indexOfNoBreakSpace(byte[] b, int from) {
    int n = b.length;
    int i = from;
    while (i + 1 < n) {
      if (i + 8 <= n && ((long) LONGS.get(b, i) & HIGH_BITS) == 0) {
        i += 8;
      } else if (b[i] == (byte) 0xc2 && b[i + 1] == (byte) 0xa0) {
        return i;
      } else {
        i++;
      }
    }
    return -1;
  }

  /** Scans {@code b}. */
  static Scan scan(byte[] b) {
    int n = b.length;
    int i = 0;
    boolean nul = false;
    boolean noBreakSpace = false;
    while (i < n) {
      if (i + 8 <= n) {
        long word = (long) LONGS.get(b, i);
        if ((word & HIGH_BITS) == 0) {
          // All ASCII; a zero byte shows as a high bit in (word - 0x01..) & ~word.
          nul |= ((word - LOW_BITS) & ~word & HIGH_BITS) != 0;
          i += 8;
          continue;
        }
      }
      int c = b[i] & 0xff;
      if (c < 0x80) {
        nul |= c == 0;
        i++;
        continue;
      }
      int need;
      int min = 0x80;
      int max = 0xbf;
      if (c >= 0xc2 && c <= 0xdf) {
        need = 1;
      } else if (c >= 0xe0 && c <= 0xef) {
        need = 2;
        min = c == 0xe0 ? 0xa0 : 0x80; // no overlong three-byte forms
        max = c == 0xed ? 0x9f : 0xbf; // no surrogates
      } else if (c >= 0xf0 && c <= 0xf4) {
        need = 3;
        min = c == 0xf0 ? 0x90 : 0x80; // no overlong four-byte forms
        max = c == 0xf4 ? 0x8f : 0xbf; // nothing above U+10FFFF
      } else {
        return new Scan(false, nul, noBreakSpace);
      }
      if (i + need >= n) {
        return new Scan(false, nul, noBreakSpace); // cut off at the end
      }
      int second = b[i + 1] & 0xff;
      if (second < min || second > max) {
        return new Scan(false, nul, noBreakSpace);
      }
      for (int k = 2; k <= need; k++) {
        int cont = b[i + k] & 0xff;
        if (cont < 0x80 || cont > 0xbf) {
          return new Scan(false, nul, noBreakSpace);
        }
      }
      noBreakSpace |= c == 0xc2 && second == 0xa0;
      i += need + 1;
    }
    return new Scan(true, nul, noBreakSpace);
  }
}
