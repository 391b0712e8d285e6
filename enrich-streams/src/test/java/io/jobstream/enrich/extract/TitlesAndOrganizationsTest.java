package io.jobstream.enrich.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class TitlesAndOrganizationsTest {

  @Test
  void shouldUnwrapAggregatorAndAnnouncementHeadings() {
    assertThat(Titles.unwrap(Found.of("Clinic Manager Job at Sandia Family Health Center, Albuquerque, NM")).value())
        .isEqualTo("Clinic Manager");
    assertThat(Titles.unwrap(Found.of("Now Hiring: Legislative Director")).value()).isEqualTo("Legislative Director");
  }

  @Test
  void shouldPreferARoleHeadingToAGenericCareersHeading() {
    assertThat(Titles.fromHtml("Join Our Team", null, "Join Our Team | Dana Whitfield for State Senate")).isNull();
    assertThat(Titles.fromHtml("Finance Director", null, "Careers - Yes on 14").value()).isEqualTo("Finance Director");
  }

  @Test
  void shouldFindATitleCasedRoleLineAndAnEmailSubject() {
    assertThat(Titles.fromLines(List.of("Got it", "Medical Assistant - Family Medicine", "Yakima, WA")).value())
        .isEqualTo("Medical Assistant - Family Medicine");
    assertThat(Titles.fromLines(List.of("*** CHIEF OPERATING OFFICER ***")).value()).isEqualTo("Chief Operating Officer");
    assertThat(Titles.fromLines(List.of("Subject: Fwd: Hiring: Communications Manager at the Fair Shift Coalition", "Friends,"))
        .value()).isEqualTo("Communications Manager");
    assertThat(Titles.fromLines(List.of(
        "Subject: JOB OPENING - Data and Research Analyst (remote) - Fair Budget Institute", "Hi all,"))
        .value()).isEqualTo("Data and Research Analyst");
    assertThat(Titles.fromLines(List.of("Negotiate settlements with landlords and their counsel"))).isNull();
  }

  @Test
  void shouldFindTheEmployerNextToTheTitleOrInItsOpeningSentence() {
    List<String> lines = List.of("Golden State Food Justice Network", "Senior Policy Advocate",
        "Golden State Food Justice Network is a statewide coalition of food banks.");
    assertThat(Organizations.nextToTitle(lines, "Senior Policy Advocate").value()).isEqualTo("Golden State Food Justice Network");
    assertThat(Organizations.fromLines(List.of("Cascade Legal Aid provides free civil legal help to tenants.")).value())
        .isEqualTo("Cascade Legal Aid");
    assertThat(Organizations.fromPageTitle("Join Our Team | Dana Whitfield for State Senate", "Field Organizer").value())
        .isEqualTo("Dana Whitfield for State Senate");
    assertThat(Organizations.fromLines(List.of("About the Role We are looking for a Principal Engineer to join us."))).isNull();
    // A slogan under the title is never repeated in the posting; a name is.
    assertThat(Organizations.nextToTitle(List.of("Lead Organizer", "Stronger Together at the Bedside"), "Lead Organizer")).isNull();
  }

  @Test
  void shouldFindTheEmployerAndTheJobAtTheFarthestReachOfTheirPreChecks() {
    // "At The ", a name of 75 characters and a 12-letter acronym: the verb starts 93 characters in.
    String name = "The Riverside" + " Tenants".repeat(7) + "Assocs";
    assertThat(name).hasSize(75);
    String line = "At " + name + " (ABCDEFGHIJKL) has provided legal help to renters since 1984.";
    assertThat(Organizations.fromLines(List.of(line)).value()).isEqualTo(name.substring(4));
    assertThat(Organizations.fromLines(List.of("At " + name + "x (ABCDEFGHIJKL) has provided help."))).isNull();
    assertThat(Titles.jobAt("Senior Paralegal Position at Riverside Tenants Union").group(2)).isEqualTo("Riverside Tenants Union");
    assertThat(Titles.jobAt("Senior Paralegal position at Riverside Tenants Union")).isNull();
  }
}
