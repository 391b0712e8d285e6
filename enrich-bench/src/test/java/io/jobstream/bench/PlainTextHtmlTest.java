package io.jobstream.bench;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

class PlainTextHtmlTest {
  @Test
  void shouldPutEachNonBlankLineInItsOwnParagraph() {
    String html = PlainTextHtml.wrap("Field Organizer\n\n  Cleveland, OH  \r\nApply by Dec 4\n");

    assertThat(Jsoup.parse(html).select("body > p").eachText())
        .containsExactly("Field Organizer", "Cleveland, OH", "Apply by Dec 4");
  }

  @Test
  void shouldEscapeMarkupInTheText() {
    String html = PlainTextHtml.wrap("Pay: <$50,000 & benefits>");

    assertThat(Jsoup.parse(html).select("p").text()).isEqualTo("Pay: <$50,000 & benefits>");
  }
}
