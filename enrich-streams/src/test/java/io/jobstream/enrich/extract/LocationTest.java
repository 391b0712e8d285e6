package io.jobstream.enrich.extract;

import static org.assertj.core.api.Assertions.assertThat;

import io.jobstream.model.EnrichedPosting;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LocationTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      nullValues = "-",
      value = {
        "Los Angeles, CA, United States | Los Angeles | CA | US",
        "Remote, California | - | CA | US",
        "Oakland, California, United States | Oakland | CA | US",
        "Sacramento, CA 95814 | Sacramento | CA | US",
        "Toronto, ON, Canada | Toronto | ON | CA",
        "Vancouver, BC | Vancouver | BC | CA",
        "London, United Kingdom | London | ENG | GB",
        "Manchester, UK | Manchester | ENG | GB",
        "Sydney, NSW | Sydney | NSW | AU",
        "Tucson, Arizona — onsite at campaign headquarters | Tucson | AZ | US",
        "Tacoma, Washington (onsite, with court appearances) | Tacoma | WA | US",
        "Washington, District of Columbia, United States | Washington | DC | US",
        "Remote (must live in Washington State) | - | WA | US",
        "Remote - United States | - | - | US",
        "Raleigh | Raleigh | NC | US",
      })
  void shouldReadTheFormsBoardsUse(String raw, String city, String region, String country) {
    EnrichedPosting.Location l = Location.parse(raw);
    assertThat(l.city()).isEqualTo(city);
    assertThat(l.region()).isEqualTo(region);
    assertThat(l.country()).isEqualTo(country);
  }

  @Test
  void shouldStripTheEmployerPrintedBeforeThePlace() {
    EnrichedPosting.Location l =
        Location.fromLines(List.of("Deputy Political Director", "United Care Workers Council Oakland, California, United States"),
            "United Care Workers Council");
    assertThat(l.city()).isEqualTo("Oakland");
    assertThat(l.region()).isEqualTo("CA");
  }

  @Test
  void shouldReadALabelAloneOnItsLineAndABasedInSentence() {
    assertThat(Location.fromLines(List.of("Program Manager", "locations", "Toronto, ON, Canada")).region()).isEqualTo("ON");
    EnrichedPosting.Location l = Location.fromLines(
        List.of("Legislative Director", "The position is based in Salem, Oregon, with work at the Capitol."));
    assertThat(l.city()).isEqualTo("Salem");
    assertThat(l.region()).isEqualTo("OR");
  }

  @Test
  void shouldReadACityInAnEmailSubject() {
    EnrichedPosting.Location l = Location.fromLines(List.of("Subject: [jobs] Chief Operating Officer, Open Budgets Europe (Berlin)"));
    assertThat(l.city()).isEqualTo("Berlin");
    assertThat(l.country()).isEqualTo("DE");
  }

  @Test
  void shouldNotTakeAProseSentenceForAPlace() {
    assertThat(Location.fromLines(List.of("Field Organizer", "We knock doors every week and train volunteers."))).isNull();
    EnrichedPosting.Location search = Location.fromLines(List.of("12,000+ Python Developer Jobs in United States"));
    assertThat(search == null ? null : search.city()).isNull();
    assertThat(Location.fromLines(List.of("State Political Director, Arizona", "Phoenix, AZ")).city()).isEqualTo("Phoenix");
  }

  @Test
  void shouldReadTheCountryOfARemoteJob() {
    assertThat(Location.fromLines(List.of("Data Analyst", "Remote - United States")).country()).isEqualTo("US");
    assertThat(Location.fromLines(List.of("Gifts Officer", "Remote (U.S.) – preference for the Eastern time zone")).country())
        .isEqualTo("US");
  }
}
