package io.jobstream.ingest.page;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class PageUrlsTest {
  /** The shared seeds, relative to this module's directory (where Surefire runs). */
  private static final Path SEEDS = Path.of("../../shared/seeds");

  private static String html(String head) {
    return PageUrls.find(ContentTypes.HTML, ("<html><head>" + head + "</head><body>x</body></html>").getBytes(StandardCharsets.UTF_8), null);
  }

  private static String markdown(String text) {
    return PageUrls.find(ContentTypes.MARKDOWN, text.getBytes(StandardCharsets.UTF_8), null);
  }

  @Test
  void shouldPreferTheCanonicalLinkOverOgUrl() {
    assertThat(html("<meta property=\"og:url\" content=\"https://a.example/og\"><link rel=\"canonical\" href=\"https://a.example/jobs/1\">"))
        .isEqualTo("https://a.example/jobs/1");
  }

  @Test
  void shouldAcceptCanonicalAmongOtherRelTokensAndEntities() {
    assertThat(html("<LINK REL=\"alternate Canonical\" HREF=\" https://a.example/view?jk=1&amp;from=x \">"))
        .isEqualTo("https://a.example/view?jk=1&from=x");
  }

  @Test
  void shouldFallBackToOgUrl() {
    assertThat(html("<meta data-rh=\"true\" property=\"og:url\" content=\"https://jobs.example/93856863\"/>"))
        .isEqualTo("https://jobs.example/93856863");
  }

  @Test
  void shouldIgnoreRelativeUrlsAndFallThrough() {
    assertThat(html("<link rel=canonical href=\"/jobs/1\"><meta property=og:url content=\"https://a.example/2\">"))
        .isEqualTo("https://a.example/2");
    assertThat(html("<link rel=canonical href=\"/jobs/1\">")).isNull();
  }

  @Test
  void shouldFindTheTomlLinkOfTheFirstSeed() throws Exception {
    assumeTrue(Files.isDirectory(SEEDS), "shared seeds not present");
    Path seed;
    try (DirectoryStream<Path> found = Files.newDirectoryStream(SEEDS, "000_*.txt")) {
      seed = found.iterator().next();
    }
    PageFile page = new PageReader(1 << 20).read(seed);
    assertThat(page.contentType()).isEqualTo("text/markdown");
    assertThat(page.url()).isEqualTo("https://cpehn.org/about-us/careers/");
  }

  @Test
  void shouldFindAYamlLinkOrUrl() {
    assertThat(markdown("---\ntitle: 'We''re hiring'\nlink: \"https://union.example/jobs/7\"\n---\nBody")).isEqualTo("https://union.example/jobs/7");
    assertThat(markdown("---\ntags:\n  - link: https://nested.example/\nurl: https://union.example/8 # comment\n---\n")).isEqualTo("https://union.example/8");
  }

  @Test
  void shouldPreferLinkOverUrlInToml() {
    assertThat(markdown("+++\nurl = 'https://b.example/'\nlink = \"https://a.example/\"\n+++\n")).isEqualTo("https://a.example/");
  }

  @Test
  void shouldFindNoneWhenThePageStatesNone() {
    assertThat(markdown("---\ntitle: Field Organizer\n---\nBody")).isNull();
    assertThat(markdown("link = \"https://a.example/\" but no front matter")).isNull();
    assertThat(html("<title>Organizer</title>")).isNull();
    assertThat(PageUrls.find(ContentTypes.PLAIN, "https://a.example/".getBytes(StandardCharsets.UTF_8), null)).isNull();
  }
}
