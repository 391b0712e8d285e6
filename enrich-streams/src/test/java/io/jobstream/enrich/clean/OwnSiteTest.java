package io.jobstream.enrich.clean;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class OwnSiteTest {
  private static final OwnSite BOARD = OwnSite.of(Jsoup.parse("<p>x</p>", "https://jobs.board.example/view/1"));
  private static final OwnSite NO_ADDRESS = OwnSite.of(Jsoup.parse("<p>x</p>"));

  @ParameterizedTest(name = "[{index}] {0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "/cmp/acme/reviews | true | true",
        "salaries?fcountry=AU | true | true",
        "#apply | true | true",
        "'' | true | true",
        "javascript:void(0) | true | true",
        "https://jobs.board.example/career/organizer | true | false",
        "HTTPS://user@JOBS.Board.example:443/a?b | true | false",
        "//jobs.board.example/explorer | true | false",
        "https://handbook.acme.example/benefits | false | false",
        "https://jobs.board.example.evil.example/ | false | false",
        "//cdn.example/x | false | false",
        "mailto:jobs@acme.example | false | false",
        "tel:+15555550100 | false | false",
        "' https://jobs.board.example/a b ' | true | false",
        "c:/not-a-scheme-but-a-letter | false | false",
        "1http://x/ | true | true",
      })
  void shouldTellTheSitesOwnLinksFromLinksOut(String href, boolean onBoard, boolean withoutAddress) {
    assertThat(BOARD.holds(href)).isEqualTo(onBoard);
    assertThat(NO_ADDRESS.holds(href)).isEqualTo(withoutAddress);
  }
}
