package io.jobstream.enrich.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GoldSetTest {
  @TempDir Path dir;

  @Test
  void shouldResolveCorpusPagesBesideTheGoldFolder() throws Exception {
    Files.createDirectories(dir.resolve("corpus/gold"));
    Files.createDirectories(dir.resolve("corpus/pages/ats"));
    Files.writeString(dir.resolve("corpus/pages/ats/a.html"), "<html><body>x</body></html>");
    Path gold = dir.resolve("corpus/gold/ats.json");
    Files.writeString(gold, "{\"postings\": [{\"file\": \"ats/a.html\", \"contentType\": \"text/html\", \"title\": \"A\"}]}");
    GoldSet set = GoldSet.load(gold);
    assertThat(set.pagesDir()).isEqualTo(dir.resolve("corpus/pages").toAbsolutePath().normalize());
    assertThat(set.errors()).isEmpty();
    assertThat(set.entries()).singleElement().satisfies(e -> {
      assertThat(e.file()).isEqualTo("ats/a.html");
      assertThat(e.path()).isEqualTo(dir.resolve("corpus/pages/ats/a.html").toAbsolutePath().normalize());
      assertThat(e.contentType()).isEqualTo("text/html");
      assertThat(e.expected().get("title").asText()).isEqualTo("A");
    });
    assertThat(set.isSeeds()).isFalse();
  }

  @Test
  void shouldResolveSeedsGoldToTheSeedsFolder() {
    assertThat(GoldSet.pagesDirFor(Path.of("../shared/gold/seeds.json")))
        .isEqualTo(Path.of("../shared/seeds").toAbsolutePath().normalize());
  }

  @Test
  void shouldReportMissingPagesAsErrors() throws Exception {
    Files.createDirectories(dir.resolve("x/gold"));
    Files.createDirectories(dir.resolve("x/pages"));
    Files.writeString(dir.resolve("x/pages/here.txt"), "Organizer");
    Path gold = dir.resolve("x/gold/g.json");
    Files.writeString(gold, "{\"postings\": [{\"file\": \"here.txt\"}, {\"file\": \"gone.txt\"}, {\"title\": \"no file\"}]}");
    GoldSet set = GoldSet.load(gold);
    assertThat(set.entries()).extracting(GoldEntry::file).containsExactly("here.txt");
    assertThat(set.entries().get(0).contentType()).isNull();
    assertThat(set.errors()).hasSize(2);
    assertThat(set.errors().get(0)).contains("gone.txt").contains("not found");
    assertThat(set.errors().get(1)).contains("no \"file\"");
  }

  @Test
  void shouldLoadTheRealSeedsGoldWithEveryPage() throws Exception {
    Path seeds = Path.of("../../shared/gold/seeds.json");
    org.junit.jupiter.api.Assumptions.assumeTrue(Files.exists(seeds));
    GoldSet set = GoldSet.load(seeds);
    assertThat(set.errors()).isEmpty();
    assertThat(set.entries()).hasSize(5);
    assertThat(set.isSeeds()).isTrue();
  }
}
