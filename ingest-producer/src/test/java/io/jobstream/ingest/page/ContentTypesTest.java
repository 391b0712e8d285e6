package io.jobstream.ingest.page;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ContentTypesTest {

  private static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void shouldTakeTheTypeFromADecisiveExtension() {
    assertThat(ContentTypes.detect("a/job.HTML", utf8("just words"))).isEqualTo("text/html");
    assertThat(ContentTypes.detect("job.htm", utf8("just words"))).isEqualTo("text/html");
    assertThat(ContentTypes.detect("job.md", utf8("# Organizer"))).isEqualTo("text/markdown");
    assertThat(ContentTypes.detect("job.markdown", utf8("# Organizer"))).isEqualTo("text/markdown");
  }

  @Test
  void shouldSniffMarkupInAFileWithoutTellingExtension() {
    assertThat(ContentTypes.detect("job.txt", utf8("\n  <!DOCTYPE html><html><body>x</body></html>"))).isEqualTo("text/html");
    assertThat(ContentTypes.detect("job", utf8("<!-- saved --><html lang=en>"))).isEqualTo("text/html");
  }

  @Test
  void shouldSniffTomlAndYamlFrontMatterAsMarkdown() {
    assertThat(ContentTypes.detect("000.txt", utf8("+++\ntitle = \"Organizer\"\n+++\nBody"))).isEqualTo("text/markdown");
    assertThat(ContentTypes.detect("post", utf8("---\ntitle: Organizer\n---\nBody"))).isEqualTo("text/markdown");
  }

  @Test
  void shouldCallEverythingElsePlainText() {
    assertThat(ContentTypes.detect("001.txt", utf8("Political Coordinator\n\nLocation: <remote>"))).isEqualTo("text/plain");
    assertThat(ContentTypes.detect("rule.txt", utf8("---\nno closing fence"))).isEqualTo("text/plain");
  }

  @Test
  void shouldAddTheCharsetAnHtmlMetaTagStates() {
    assertThat(ContentTypes.detect("p.html", utf8("<html><head><meta charset=\"Windows-1252\">")))
        .isEqualTo("text/html; charset=windows-1252");
    assertThat(ContentTypes.detect("p.html", utf8("<meta http-equiv=\"Content-Type\" content=\"text/html; charset=ISO-8859-1\">")))
        .isEqualTo("text/html; charset=iso-8859-1");
  }

  @Test
  void shouldAddTheCharsetAByteOrderMarkStates() {
    byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, 'h', 'i'};
    assertThat(ContentTypes.detect("a.txt", bom)).isEqualTo("text/plain; charset=utf-8");
    byte[] utf16 = "\uFEFF<html>".getBytes(StandardCharsets.UTF_16LE);
    assertThat(ContentTypes.detect("a", utf16)).isEqualTo("text/html; charset=utf-16le");
  }

  @Test
  void shouldLeaveTheCharsetOffWhenUnknownOrUnstated() {
    assertThat(ContentTypes.detect("p.html", utf8("<meta charset=\"no-such-charset\"><p>x"))).isEqualTo("text/html");
    assertThat(ContentTypes.detect("p.html", utf8("<p>caf\u00e9</p>"))).isEqualTo("text/html");
    // A meta tag inside Markdown is content, not a declaration.
    assertThat(ContentTypes.detect("p.md", utf8("<meta charset=utf-8>"))).isEqualTo("text/markdown");
  }
}
