package io.jobstream.stack;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * A deterministic stream of hostile raw records (binary bytes, lying or unknown charsets, pages
 * over the size limit, 10,000-deep HTML, empty and null values, null and non-UTF-8 keys, absurd
 * and backtracking-bait numbers, SQL and script injection) mixed with good pages. The same seed
 * always yields the same records, so a failure can be replayed exactly.
 */
final class HostileRecords {
  /** Raw bytes over the 5 MiB topic limit: the broker refuses them at the door. */
  static final int OVERSIZE_BYTES = 6 * 1024 * 1024;
  static final String SQL_INJECTION = "'); DROP TABLE postings;--";
  static final String SCRIPT_INJECTION = "<script>alert(1)</script>";
  static final String IMG_INJECTION = "<img src=x onerror=alert(1)>";
  private static final Charset CP1252 = Charset.forName("windows-1252");

  /** One raw record: key and value may be null; {@code kind} names what makes it hostile. */
  record Item(String kind, byte[] key, byte[] value, Map<String, String> headers) {
    int size() {
      return value == null ? 0 : value.length;
    }

    Item withHeader(String name, String value) {
      Map<String, String> h = new LinkedHashMap<>(headers);
      h.put(name, value);
      return new Item(kind, key, this.value, h);
    }
  }

  private final SplittableRandom random;
  private int serial;

  HostileRecords(long seed) {
    this.random = new SplittableRandom(seed);
  }

  /**
   * {@code count} records; {@code oversize} of them are 6 MB pages (kept few: they are slow to
   * send) and one is just over 5 MiB but under the topic's limit, so that Streams must refuse it.
   */
  List<Item> generate(int count, int oversize) {
    List<Item> out = new ArrayList<>(count);
    for (int i = 0; i < oversize; i++) {
      out.add(oversize());
    }
    out.add(justOverPageLimit());
    while (out.size() < count) {
      out.add(next());
    }
    // Spread the big ones through the run instead of sending them first.
    for (int i = out.size() - 1; i > 0; i--) {
      int j = random.nextInt(i + 1);
      Item t = out.get(i);
      out.set(i, out.get(j));
      out.set(j, t);
    }
    return out;
  }

  private Item next() {
    int n = serial++;
    return switch (n % 24) {
      case 0, 1, 2, 3, 4 -> good(n);
      case 5 -> item("binary", url(n), randomBytes(200 + random.nextInt(2000)), "application/octet-stream");
      case 6 -> item("cp1252-labelled-utf8", url(n), page(n, "Caf\u00e9 organizer \u2013 r\u00e9sum\u00e9 \u201cwelcome\u201d")
          .getBytes(CP1252), "text/html; charset=utf-8");
      case 7 -> item("utf8-labelled-cp1252", url(n), page(n, "Organisateur \u00e0 Montr\u00e9al \u2014 \u20ac40\u00a0000")
          .getBytes(StandardCharsets.UTF_8), "text/html; charset=windows-1252");
      case 8 -> item("unknown-charset", url(n), utf8(page(n, "Field organizer")), unknownCharset(n));
      case 9 -> item("invalid-utf8", url(n), invalidUtf8(n), "text/html; charset=utf-8");
      // Deep and backtracking pages are costly to parse by design: a few dozen make the point.
      case 10 -> n % 480 == 10 ? item("deep-html", url(n), utf8(deepHtml(10_000)), "text/html") : good(n);
      case 11 -> item("empty", url(n), new byte[0], "text/html");
      case 12 -> item("null-value", url(n), null, null);
      case 13 -> new Item("null-key", null, utf8(page(n, "Organizer without a URL " + n)), Map.of());
      case 14 -> new Item("non-utf8-key", new byte[] {(byte) 0xC3, (byte) 0x28, (byte) n, (byte) 0xFF},
          utf8(page(n, "Organizer")), Map.of("content-type", "text/html"));
      case 15 -> item("absurd-pay", url(n), utf8(page(n, absurdPay(n))), "text/html; charset=utf-8");
      case 16 -> n % 96 != 16 ? good(n) : item("backtracking", url(n), utf8(backtracking(n)), "text/plain; charset=utf-8");
      case 17 -> item("sql-injection", url(n), utf8(titled(n, SQL_INJECTION)), "text/html; charset=utf-8");
      case 18 -> item("script-injection", url(n), utf8(titled(n, "Organizer " + SCRIPT_INJECTION)), "text/html");
      case 19 -> item("img-injection", url(n), utf8(titled(n, "Organizer " + IMG_INJECTION)), "text/html");
      case 20 -> item("utf16-labelled-utf8", url(n), page(n, "Organizer").getBytes(StandardCharsets.UTF_16LE),
          "text/html; charset=utf-8");
      case 21 -> item("bad-headers", url(n), utf8(page(n, "Organizer")), "\u0000;;charset=\"\"")
          .withHeader("fetched-at", "not-a-date").withHeader("source", "");
      case 22 -> item("markdown-front-matter", url(n), utf8("---\ntitle: [unclosed\nsalary: {{{\n---\n# Organizer\n"
          + "$".repeat(5_000) + "\n"), "text/markdown");
      default -> item("control-chars", url(n), controlChars(n), "text/plain");
    };
  }

  private Item good(int n) {
    String body = "<html><head><title>Field Organizer " + n + "</title></head><body><h1>Field Organizer " + n
        + "</h1><p>Example Workers Union is hiring a field organizer in Columbus, OH.</p>"
        + "<p>Salary: $60,000 - $70,000 per year.</p><p>Apply at jobs@example.org.</p></body></html>";
    return item("good", url(n), utf8(body), "text/html; charset=utf-8");
  }

  private Item oversize() {
    int n = serial++;
    byte[] body = new byte[OVERSIZE_BYTES];
    for (int i = 0; i < body.length; i++) {
      body[i] = (byte) ('a' + random.nextInt(26));
    }
    return item("oversize-6mb", url(n), body, "text/plain");
  }

  private Item justOverPageLimit() {
    int n = serial++;
    byte[] body = new byte[5 * 1024 * 1024 + 1];
    for (int i = 0; i < body.length; i++) {
      body[i] = (byte) ('a' + random.nextInt(26));
    }
    return item("over-page-limit", url(n), body, "text/plain");
  }

  private static String page(int n, String text) {
    return "<html><body><h1>Job " + n + "</h1><p>" + text + "</p></body></html>";
  }

  private static String titled(int n, String title) {
    return "<html><head><title>" + title + "</title></head><body><h1>" + title + "</h1><p>Job " + n
        + ". We are hiring. " + title + "</p><p onclick=\"alert(2)\">Duties: organize.</p>"
        + "<iframe src=\"javascript:alert(3)\"></iframe><style>p{}</style></body></html>";
  }

  private static String deepHtml(int depth) {
    return "<html><body>" + "<div>".repeat(depth) + "Deep organizer job" + "</div>".repeat(depth) + "</body></html>";
  }

  private String absurdPay(int n) {
    List<String> phrases = List.of("Salary: $99999999999999999999 per hour", "Pay: -$5 per hour",
        "Salary: $1e308 - $1e309 annually", "Pay: $0.0000000001/hr", "$9,999,999,999,999,999,999.99 - $1 per year",
        "Salary: $NaN - $Infinity", "Compensation: " + "9".repeat(400) + " USD per month",
        "Pay range: $70,000 - $-70,000 per week");
    return phrases.get((n / 24) % phrases.size());
  }

  private String backtracking(int n) {
    return switch ((n / 96) % 6) {
      case 0 -> "Salary: $" + "1,".repeat(50_000);
      case 1 -> "Salary " + "-".repeat(100_000) + " per hour";
      case 2 -> "$".repeat(30_000) + "1".repeat(30_000);
      case 3 -> "Pay: " + "$1 - ".repeat(20_000) + "per";
      case 4 -> "\u00a3\u20ac$\u00a5".repeat(20_000) + "9".repeat(10_000) + "k";
      default -> "Salary: " + "1 ".repeat(50_000) + "x";
    };
  }

  private byte[] invalidUtf8(int n) {
    byte[] head = utf8("<html><body><h1>Job " + n + "</h1><p>Organizer ");
    byte[] junk = {(byte) 0xC0, (byte) 0xAF, (byte) 0xED, (byte) 0xA0, (byte) 0x80, (byte) 0x80, (byte) 0xFE,
        (byte) 0xF8, (byte) 0x88, (byte) 0x80, (byte) 0xE2, (byte) 0x82};
    byte[] tail = utf8("</p></body></html>");
    byte[] out = new byte[head.length + junk.length + tail.length];
    System.arraycopy(head, 0, out, 0, head.length);
    System.arraycopy(junk, 0, out, head.length, junk.length);
    System.arraycopy(tail, 0, out, head.length + junk.length, tail.length);
    return out;
  }

  private byte[] controlChars(int n) {
    StringBuilder sb = new StringBuilder("Organizer " + n + "\n");
    for (int i = 0; i < 500; i++) {
      sb.append((char) random.nextInt(32)).append('\u202e').append('\ufeff').append("\ud83d\ude00");
    }
    return utf8(sb.toString());
  }

  private String unknownCharset(int n) {
    List<String> names = List.of("text/html; charset=x-klingon-9000", "text/html; charset=", "text/html; charset=\"utf-8",
        "text/html; charset=utf-8; charset=ebcdic", "text/html; charset=../../etc/passwd", "garbage/;;;;");
    return names.get((n / 24) % names.size());
  }

  private byte[] randomBytes(int length) {
    byte[] b = new byte[length];
    random.nextBytes(b);
    return b;
  }

  private static byte[] url(int n) {
    return utf8("https://hostile.example.org/jobs/" + n);
  }

  private static Item item(String kind, byte[] key, byte[] value, String contentType) {
    Map<String, String> headers = new LinkedHashMap<>();
    if (contentType != null) {
      headers.put("content-type", contentType);
    }
    return new Item(kind, key, value, headers);
  }

  private static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }
}
