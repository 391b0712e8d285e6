package io.jobstream.enrich.page;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.jobstream.enrich.clean.CleanText;
import io.jobstream.enrich.clean.Cleaner;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import org.jsoup.Jsoup;
import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/**
 * Cutting long style and script bodies before the parse must change nothing but those bodies:
 * the same document otherwise, the same clean text and the same removal audit, counts included.
 */
class StyleScriptCutsTest {
  private static final String CSS = ".job-card{color:#333;content:'caf\u00e9 \u20ac \uD83D\uDE00'}\n".repeat(160);
  private static final String JS = "window.dataLayer=window.dataLayer||[];if(a<b){track('view')}\n".repeat(150);
  private static final String FILLER = "<p>" + "We organise tenants across the county. ".repeat(420) + "</p>";

  // Markup in every context where "<style" or "<script" is not a tag, the tags themselves, and
  // openings and closings of the elements whose content jsoup reads by other rules, glued in
  // any order so that each piece lands inside any of them.
  private static final List<String> PIECES = List.of(
      "<style>" + CSS + "</style>",
      "<STYLE media=\"screen\">" + CSS + "</STYLE >",
      "<Style>" + CSS + "</style>",
      "<style>" + "\u3000".repeat(800) + "a{}" + CSS + "</style>",
      "<script>" + JS + "</script>",
      "<script type=\"application/ld+json\">{\"@type\":\"JobPosting\",\"title\":\"Organizer\",\"d\":\"" + "x".repeat(7000) + "\"}</script>",
      "<script type=\"application/ld&#43;json\">{\"@type\":\"JobPosting\",\"title\":\"Organizer\",\"d\":\"" + "x".repeat(7000) + "\"}</script>",
      "<script><!-- " + JS + "</script>",
      "<!-- <style>" + CSS + "</style> -->",
      "<!--> <style>", "<!---> <p>after an empty comment</p>", "<!-- a --!><p>after a bang</p>", "<!-- a -- b --->",
      "<![CDATA[><style>]]>", "</style x=\"<script>\">", "</a=\"x>\" y='><style>'>", "<b a=\"1\"=\"<style>\">",
      "<div title=\"<style>\">quoted</div>", "<div data-x='a>b <style>'>single</div>", "<div a = \"x>y\" b=c'd>unquoted</div>",
      "<div =\"x>\" y='><style>'>", "<div <style>", "<style<p>", "<p a=<style>>",
      "</p class=\">\">", "</>", "</ 3>", "<?xml version=\"1.0\"?>", "<!DOCTYPE html>", "a < b and c<3 <",
      "<title><style></title>", "<title>", "</title>", "<textarea><style>" + "t".repeat(5000) + "</textarea>", "<iframe>", "</iframe>",
      "<svg><title>Close</title><path d=\"M0 0\"/></svg>", "<svg/>", "<svg>", "</svg>", "<g>", "<path>", "<foreignObject>",
      "<math>", "<mi>", "</math>", "<select>", "<option>Full time", "</select>", "<template>", "</template>",
      "<object>", "</object>", "<noscript>", "</noscript>", "<head>", "</head>", "<body>", "<table><tr><td>", "</table>",
      "<p>Field Organizer, caf\u00e9 \u00e0 Montr\u00e9al</p>", "<li>Pay: $22/hour</li>", "<nav><a href=/>Home</a></nav>",
      "<footer><style>" + CSS + "</style>Footer</footer>",
      "<form><label>Gender</label><style>" + CSS + "</style><input></form>",
      "<script>" + "a".repeat(2045) + "</div>" + JS + "</script>", "<style>" + "a".repeat(2045) + "</b>" + CSS + "</style>",
      "</scr\u0131pt>", "</t\u0131tle>", "<noframes>a</noframe\u017f>", "<xmp>", "</xmp>", "<template><col>",
      "<script type=\"application/ld+j\u017fon\">{\"@type\":\"JobPosting\",\"title\":\"Organizer\",\"d\":\"" + "x".repeat(7000) + "\"}</script>",
      "<p>&#" + "1".repeat(3000) + "</p>", "<a href=\"x&#x" + "a".repeat(3000) + "\">link</a>",
      "<style>" + CSS.substring(0, 3000) + "/*jobstream-cut-0-0*/</style>",
      "<style>" + CSS, "<script>" + JS, "</style>", "</script>", "</title>", "</x", "</li", "</br", "s.split(\"</li\")", "</a" + "b.".repeat(700) + ">", "</b> caf\u00e9",
      "<style\u000b>", "<script\u000b>", "<select\u000b>", "<title\u000b>", "<svg\u000b>", "<noscript\u000b>", "<plaintext\u0001>",
      "<math></math>", "</b" + "\u2039".repeat(1500), "/script>",
      "<plaintext>", "<style>unclosed " + CSS);

  @Provide
  Arbitrary<String> pages() {
    // A long style opens the page, so that a cut comes before whatever the pieces do to the
    // reading; the filler goes last, so that pieces also land in the head.
    // Glued with nothing between, a piece can end another's tag name ("</x" + "</style>").
    return Combinators.combine(Arbitraries.of(PIECES).list().ofMaxSize(16), Arbitraries.of("", "\n"))
        .as((pieces, glue) -> "<style>" + CSS + "</style>" + String.join(glue, pieces) + FILLER);
  }

  @Property(tries = 1000)
  void shouldChangeNothingButTheCutBodies(@ForAll("pages") String page) {
    boolean cut = assertSameReading(page.getBytes(StandardCharsets.UTF_8));
    // Most pages stop the reading somewhere; enough of them must still be cut for the check to bite.
    Statistics.label("cut").collect(cut);
    Statistics.label("cut").coverage(checker -> checker.check(true).percentage(p -> p >= 40));
  }

  @Test
  void shouldCutLongBodiesAndCountThemInTheAudit() {
    String page = FILLER + "<div><style>" + CSS + "</style><script>" + JS + "</script><p>Organizer</p></div>";
    StyleScriptCuts cuts = cutsOf(page.getBytes(StandardCharsets.UTF_8));

    assertThat(cuts.count()).isEqualTo(2);
    assertThat(cuts.html().length).isLessThan(page.getBytes(StandardCharsets.UTF_8).length - CSS.length());
    CleanText clean = Cleaner.html(parse(cuts.html()), cuts);
    assertThat(clean.removed()).anySatisfy(r -> {
      assertThat(r.kind()).isEqualTo("script_style");
      assertThat(r.chars()).isEqualTo(CSS.length() + JS.length());
    });
  }

  @Test
  void shouldKeepJsonLdWhole() {
    String ld = "{\"@context\":\"https://schema.org\",\"@type\":\"JobPosting\",\"title\":\"Tenant Organizer\","
        + "\"description\":\"" + "Knock doors. ".repeat(900) + "\"}";
    String page = "<html><head><script type=\"application/ld+json\">" + ld + "</script></head><body>" + FILLER + "</body></html>";
    StyleScriptCuts cuts = cutsOf(page.getBytes(StandardCharsets.UTF_8));

    assertThat(cuts.count()).isZero();
    assertThat(JobPostingLd.read(parse(page.getBytes(StandardCharsets.UTF_8))).title()).isEqualTo("Tenant Organizer");
  }

  @Test
  void shouldStopCuttingWhereTheReadingCannotFollowTheParser() {
    for (String stop : List.of("<script><!-- var s = '<script>'; </script>", "<![CDATA[ x ]]>", "<math>", "<select><style>",
        "<svg><foreignObject>", "</p class=x>", "<div =x>", "<div a=\"1\"b>", "<template>", "<script>a</scr\u0131pt>")) {
      String page = FILLER + "<style>" + CSS + "</style>" + stop + "<style>" + CSS.replace("job", "role") + "</style>";
      assertThat(cutsOf(page.getBytes(StandardCharsets.UTF_8)).count()).as(stop).isEqualTo(1);
    }
  }

  @Test
  void shouldCountEachOfTwoBodiesThatOpenAlike() {
    // The head's copy is never walked: the body's must not be taken for it, nor the other way.
    String page = "<html><head><style>" + CSS + "</style></head><body>" + FILLER + "<style>" + CSS + CSS + "</style></body></html>";
    assertThat(cutsOf(page.getBytes(StandardCharsets.UTF_8)).count()).isEqualTo(2);
    assertSameReading(page.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void shouldNotTakeAPagesOwnCommentForTheMarkOfACut() {
    String page = FILLER + "<style>" + CSS + "</style><div><style>a{}/*jobstream-cut-0-0*/</style></div>";
    StyleScriptCuts cuts = cutsOf(page.getBytes(StandardCharsets.UTF_8));
    assertThat(cuts.charsCutFrom("a{}/*jobstream-cut-0-0*/")).isZero();
    assertSameReading(page.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void shouldReadAPageOfManyCommentsAndAttributesInLinearTime() {
    String page = FILLER + "<!--a--!>".repeat(100_000) + "<div" + " a=\"b\"".repeat(150_000) + ">x</div>";
    Body body = BodyDecoder.read(page.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8);
    // Quadratic reading took 10 s here; linear takes milliseconds. A generous bound, not a timing.
    assertTimeoutPreemptively(Duration.ofSeconds(5), () -> StyleScriptCuts.of(body));
  }

  @Test
  void shouldLeaveSmallPagesAsTheyAre() {
    String page = "<style>" + "a{}".repeat(2000) + "</style><p>Organizer</p>";
    assertThat(page.length()).isLessThan(StyleScriptCuts.MIN_PAGE);
    assertThat(cutsOf(page.getBytes(StandardCharsets.UTF_8))).isSameAs(StyleScriptCuts.NONE);
  }

  @Test
  void shouldCountCharactersNotBytes() {
    byte[] text = "a\u00e9\u20ac\uD83D\uDE00".getBytes(StandardCharsets.UTF_8);
    assertThat(StyleScriptCuts.chars(text, 0, text.length)).isEqualTo("a\u00e9\u20ac\uD83D\uDE00".length());
  }

  @Test
  void shouldReadTheRealPagesAsBeforeTheCuts() throws IOException {
    Path real = Files.exists(Path.of("../../shared/corpus")) ? Path.of("../../shared/corpus") : Path.of("../shared/corpus");
    List<Path> pages;
    try (Stream<Path> files = Files.walk(real)) {
      pages = files.filter(f -> f.toString().endsWith(".html") || f.toString().endsWith(".htm")).sorted().toList();
    }
    assertThat(pages).hasSizeGreaterThanOrEqualTo(12);
    int cut = 0;
    for (Path page : pages) {
      byte[] bytes = Files.readAllBytes(page);
      assertSameReading(bytes);
      cut += cutsOf(bytes).count();
    }
    // Real pages inline long style sheets and scripts: the cuts are not a corner case.
    assertThat(cut).isGreaterThanOrEqualTo(10);
  }

  // Whether the page was cut at all.
  private static boolean assertSameReading(byte[] page) {
    Body body = BodyDecoder.read(page, StandardCharsets.UTF_8);
    StyleScriptCuts cuts = StyleScriptCuts.of(body);
    if (cuts == StyleScriptCuts.NONE) {
      return false;
    }
    Document whole = parse(body.utf8Bytes());
    Document cutDoc = parse(cuts.html());
    CleanText expected = Cleaner.html(whole);
    CleanText actual = Cleaner.html(cutDoc, cuts);
    assertThat(actual.lines()).isEqualTo(expected.lines());
    assertThat(actual.removed()).isEqualTo(expected.removed());
    // Beyond the cleaning: the same tree, once every script and style body is set aside.
    assertThat(withoutData(cutDoc)).isEqualTo(withoutData(whole));
    return true;
  }

  private static StyleScriptCuts cutsOf(byte[] page) {
    return StyleScriptCuts.of(BodyDecoder.read(page, StandardCharsets.UTF_8));
  }

  private static Document parse(byte[] utf8) {
    try {
      return Jsoup.parse(new ByteArrayInputStream(utf8), "UTF-8", "");
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }

  private static String withoutData(Document doc) {
    Document copy = doc.clone();
    copy.select("*").forEach(el -> el.dataNodes().forEach(d -> d.setWholeData("")));
    return copy.outerHtml();
  }
}
