package io.jobstream.enrich.page;

import static org.assertj.core.api.Assertions.assertThat;

import io.jobstream.enrich.SharedData;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** {@link ElementWalk#firstByTag} finds the element {@code selectFirst(tag)} finds, from any root. */
class ElementWalkTest {
  private static final List<String> TAGS = List.of("h1", "h2", "p", "a", "li", "title", "body", "script", "nosuchtag");

  private static void assertSameAsSelectFirst(Document doc, List<String> mismatches) {
    List<Element> roots = new ArrayList<>(List.of(doc));
    if (doc.body() != null) {
      roots.add(doc.body());
      roots.addAll(doc.body().children());
    }
    for (Element root : roots) {
      for (String tag : TAGS) {
        if (ElementWalk.firstByTag(root, tag) != root.selectFirst(tag) && mismatches.size() < 5) {
          mismatches.add(tag + " under <" + root.normalName() + "> of " + doc.location());
        }
      }
    }
  }

  @Test
  void shouldFindWhatSelectFirstFinds() throws IOException {
    List<String> mismatches = new ArrayList<>();
    for (String html : List.of(
        "<h1>a</h1><h1>b</h1>", "<div><div><p>x</p></div><h1>deep</h1></div><h1>late</h1>", "<p>no heading",
        "text only", "", "<ul><li><a>1</a></li><li>2</li></ul><div><h2>s</h2><h1><h1>nested</h1></h1></div>")) {
      assertSameAsSelectFirst(Jsoup.parse(html), mismatches);
    }
    List<Path> files = SharedData.htmlPagesOfBothCorpora();
    assertThat(files).hasSizeGreaterThan(50);
    for (Path file : files) {
      assertSameAsSelectFirst(Jsoup.parse(BodyDecoder.decode(Files.readAllBytes(file), null), file.toString()), mismatches);
    }
    assertThat(mismatches).isEmpty();
  }
}
