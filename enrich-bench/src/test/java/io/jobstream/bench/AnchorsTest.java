package io.jobstream.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The reference extractors run with the jsoup and XML parser versions this build resolves. */
class AnchorsTest {
  private static final String ARTICLE = "<!DOCTYPE html><html><head><title>Field Organizer</title></head><body>"
      + "<nav><a href='/'>Home</a> <a href='/jobs'>Jobs</a></nav><article><h1>Field Organizer</h1>"
      + "<p>Riverbend Tenants Union is hiring a full-time field organizer to identify, recruit and develop"
      + " tenant leaders who can run their own meetings and escalate their own campaigns across the city.</p>"
      + "<p>The salary for this position is $52,000 - $58,000 per year, depending on experience, with full"
      + " family health coverage, four weeks of paid vacation and a pension after two years of service.</p>"
      + "<p>Willingness to work evenings and most Saturdays is required; a car and a license help but are not"
      + " required, because we reimburse transit and mileage at the federal rate for all organizing work.</p>"
      + "</article><footer>© 2026 Example Jobs</footer></body></html>";

  @ParameterizedTest
  @ValueSource(strings = {"boilerpipe", "readability4j"})
  void shouldKeepTheArticleOfASimplePage(String name) {
    TextExtractor anchor = name.equals("boilerpipe") ? new BoilerpipeText() : new ReadabilityText();

    String text = anchor.text(ARTICLE.getBytes(StandardCharsets.UTF_8), "text/html; charset=utf-8");

    assertThat(text).contains("escalate their own campaigns").contains("$52,000 - $58,000");
  }
}
