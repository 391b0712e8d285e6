package io.jobstream.enrich.clean;

import static org.assertj.core.api.Assertions.assertThat;

import io.jobstream.enrich.SharedData;
import io.jobstream.enrich.page.BodyDecoder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * {@link MeasuredText} gives what {@link Removals} takes from {@code el.text()}, element by
 * element: the count (0 for blank text) and the opening of the stripped text, for openings
 * shorter and longer than the text.
 */
class MeasuredTextTest {
  private static final int[] OPENINGS = {1, 7, Removals.OPENING_CHARS};

  private static List<String> mismatches(String name, Document doc) {
    List<String> out = new ArrayList<>();
    for (Element el : doc.getAllElements()) {
      String text = el.text();
      String stripped = text.strip();
      int count = text.isBlank() ? 0 : text.length();
      for (int chars : OPENINGS) {
        MeasuredText measured = MeasuredText.of(el, chars);
        String opening = stripped.substring(0, Math.min(chars, stripped.length()));
        if ((measured.counted() != count || !measured.strippedOpening().equals(opening)) && out.size() < 5) {
          out.add(name + ": <" + el.normalName() + "> expected " + count + " \"" + opening + "\" got "
              + measured.counted() + " \"" + measured.strippedOpening() + "\" for " + el.outerHtml());
        }
      }
      if (MeasuredText.of(el, 0).counted() != count && out.size() < 5) {
        out.add(name + ": <" + el.normalName() + "> count without opening differs for " + el.outerHtml());
      }
    }
    return out;
  }

  @Test
  void shouldMatchTextOnNastyMarkup() {
    String[] pages = {
      "<p>  a  <b>b</b>c <i> d </i>  </p><div>e</div>f<br>g<br><br> h",
      "<div><pre>  keep \n  this  </pre> after <textarea> x\n </textarea></div>",
      "<pre><b><i><u><s><em><span>deep</span>  in  </em></s></u></i></b></pre><pre>\n</pre>",
      "<div><pre><div><div><div><div><div><div>seven deep   text</div></div></div></div></div></div></pre></div>",
      "<p>&nbsp;&nbsp;x&nbsp;&nbsp;</p><p>&#8203;&#173;</p><p>a&#8203; &#173; b</p><p>&nbsp;</p>",
      "<p>&#1;&#2; a &#3; b &#4;</p><p>&#x2003;&#x2003;</p><p>&#x2003;x&#x2003;</p><p> &#1; </p>",
      "<p>&#x2003;&#1;&#x2003;</p><p>&#x2003; &#x2003;</p><pre>&#x2003;&#1;&#x2003;</pre><pre> &#1; </pre>",
      "<p>\uD83D\uDE00 smile \uD83D\uDE00</p><p>\uD800 lone \uDC00</p>",
      "<svg><![CDATA[  raw  cdata  ]]><text> t </text></svg><math><![CDATA[x]]></math>",
      "<ul><li>one<li>two<li> three </ul>tail<span>inline</span><table><tr><td>a<td>b</table>",
      "<div><!-- comment --> text <script>var x = 1;</script><style>p{}</style> more</div>",
      "<span>a</span><div></div><span>b</span><div> </div> <p></p>c",
      "<br><br>x<br>", "<div><br></div>", "<p>\t\n\r\f</p>", "",
      "<form><label>Name <input name=n></label><select><option>A<option>B</select><button>Go</button></form>",
      "<div>x<div>y</div>z<p>w</p><img src=a>v</div>",
      "<p>&#x2003;&#1;x&#x2003;&#1;</p><pre>&#x2003;\n&#1;\ny\n&#1;</pre><pre>&#x3000;&#x3000;&#2;&#x3000;z&#x2028;&#3;&#x2003;</pre>",
      "<pre>&#x2003; &#x2003;\n\t&#x2003;</pre><p>&#x2003;</p><pre>\n\n&#x1c;&#x1f;a&#x1c;</pre>",
    };
    List<String> bad = new ArrayList<>();
    for (String html : pages) {
      bad.addAll(mismatches(html, Jsoup.parse(html)));
    }
    assertThat(bad).isEmpty();
  }

  @Test
  void shouldMatchTextOnEveryElementOfTheCorpus() throws IOException {
    List<Path> files = SharedData.htmlPagesOfBothCorpora();
    assertThat(files).hasSizeGreaterThan(50);
    List<String> bad = new ArrayList<>();
    for (Path file : files) {
      bad.addAll(mismatches(file.toString(), Jsoup.parse(BodyDecoder.decode(Files.readAllBytes(file), null))));
    }
    assertThat(bad).isEmpty();
  }
}
