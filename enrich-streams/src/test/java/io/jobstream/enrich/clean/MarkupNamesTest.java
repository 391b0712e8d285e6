package io.jobstream.enrich.clean;

import static org.assertj.core.api.Assertions.assertThat;

import io.jobstream.enrich.SharedData;
import io.jobstream.enrich.page.BodyDecoder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Entities;
import org.junit.jupiter.api.Test;

/**
 * {@link MarkupNames} reads in one pass what jsoup's attribute look-ups give, and
 * {@link HtmlBoilerplate#fragmentsOfNames} finds, without building the names string, the
 * fragments that string holds.
 */
class MarkupNamesTest {
  // Pieces of attribute values: fragments in either case, near misses, separators, and
  // characters whose lower case is not themselves or not one character long.
  private static final List<String> PIECES =
      List.of("similar", "SIMILAR", "Jobs", "eeo", "self", "-", "_", " ", "nav", "NaV", "foot", "er", "sign",
          "up", "top", "desk", "x", "btn", "apply", "\u0130", "\u212a", "\u00e9", "Cookie", "utility",
          "a".repeat(120), "related_jobs", "donat", "e");

  @Provide
  Arbitrary<String> values() {
    return Arbitraries.of(PIECES).list().ofMaxSize(12).map(list -> String.join("", list));
  }

  @Property(tries = 3000)
  void shouldFindTheFragmentsOfTheNamesString(@ForAll("values") String id, @ForAll("values") String cls,
      @ForAll("values") String aria, @ForAll("values") String data, @ForAll("values") String more) {
    Element el = element("id", id, "class", cls, "aria-label", aria, "data-testid", data, "data-section", more);
    MarkupNames marks = MarkupNames.of(el);
    assertLookUpsAgree(el, marks);
    long quick = HtmlBoilerplate.fragmentsOfNames(marks);
    if (quick != -1) {
      assertThat(quick).isEqualTo(HtmlBoilerplate.fragments(HtmlBoilerplate.names(marks)));
    } else {
      assertThat(id + cls + aria + data + more).matches("(?s).*[^\\x00-\\x7f].*");
    }
  }

  @Test
  void shouldReadWhatLookUpsGiveOnEveryElementOfTheCorpus() throws IOException {
    List<Path> files = new ArrayList<>();
    for (Path root : List.of(Path.of("../corpus/pages"), SharedData.path("corpus"))) {
      try (Stream<Path> s = Files.walk(root)) {
        s.filter(p -> p.toString().endsWith(".html")).sorted().forEach(files::add);
      }
    }
    assertThat(files).hasSizeGreaterThan(50);
    int elements = 0;
    for (Path file : files) {
      Document doc = Jsoup.parse(BodyDecoder.decode(Files.readAllBytes(file), null));
      for (Element el : doc.getAllElements()) {
        MarkupNames marks = MarkupNames.of(el);
        assertLookUpsAgree(el, marks);
        long quick = HtmlBoilerplate.fragmentsOfNames(marks);
        if (quick != -1) {
          assertThat(quick).as(file + ": " + el.cssSelector()).isEqualTo(HtmlBoilerplate.fragments(HtmlBoilerplate.names(marks)));
        }
        elements++;
      }
    }
    assertThat(elements).isGreaterThan(10_000);
  }

  @Test
  void shouldReadUpperCaseAttributeNamesAsTheParserLowersThem() {
    Element el = Jsoup.parse("<div ID=a CLASS=' Share-Bar ' HIDDEN Data-UI=x Role=Navigation>t</div>").selectFirst("div");
    assertThat(MarkupNames.of(el)).isEqualTo(new MarkupNames("a", "Share-Bar", "", "Navigation", "", true, " x"));
  }

  private static void assertLookUpsAgree(Element el, MarkupNames marks) {
    assertThat(marks.id()).isEqualTo(el.id());
    assertThat(marks.cls()).isEqualTo(el.className());
    assertThat(marks.style()).isEqualTo(el.attr("style"));
    assertThat(marks.role()).isEqualTo(el.attr("role"));
    assertThat(marks.aria()).isEqualTo(el.attr("aria-label"));
    assertThat(marks.hidden()).isEqualTo(el.hasAttr("hidden"));
    StringBuilder data = new StringBuilder();
    for (String name : MarkupNames.DATA_NAMES) {
      if (!el.attr(name).isEmpty()) {
        data.append(' ').append(el.attr(name));
      }
    }
    assertThat(marks.data()).isEqualTo(data.toString());
  }

  // An element parsed from markup, so that attribute names are treated as on a real page.
  private static Element element(String... namesAndValues) {
    StringBuilder html = new StringBuilder("<div");
    for (int i = 0; i < namesAndValues.length; i += 2) {
      html.append(' ').append(namesAndValues[i]).append("=\"").append(Entities.escape(namesAndValues[i + 1])).append('"');
    }
    return Jsoup.parse(html.append(">t</div>").toString()).selectFirst("div");
  }
}
