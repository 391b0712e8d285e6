package io.jobstream.enrich.eval;

import static org.assertj.core.api.Assertions.assertThat;

import io.jobstream.model.EnrichedPosting.Removal;
import java.util.List;
import org.junit.jupiter.api.Test;

class LeftoversTest {
  @Test
  void shouldFindEeoFormTextIgnoringCaseAndWhitespace() {
    assertThat(Leftovers.eeoIn("Duties\nform  cc-305\nPublic Burden Statement: ...")).containsExactly(
        "Form CC-305", "PUBLIC BURDEN STATEMENT");
    assertThat(Leftovers.eeoIn("Organize tenants.")).isEmpty();
  }

  @Test
  void shouldFlagProtectedVeteranOnlyOnFormLikeShortLines() {
    String statement = "We are an equal opportunity employer and do not discriminate on the basis of "
        + "x ".repeat(150) + "protected veteran status.";
    assertThat(Leftovers.eeoIn(statement)).isEmpty();
    assertThat(Leftovers.eeoIn("I identify as one or more of the classifications of protected veteran"))
        .containsExactly("protected veteran");
  }

  @Test
  void shouldFindOtherJobsCardsOfKnownPages() {
    assertThat(Leftovers.otherJobsIn("003_f7a5b36363937962.txt", "Political Organizer\nBilling Manager Job at X"))
        .containsExactly("Billing Manager");
    assertThat(Leftovers.otherJobsIn("other.txt", "Billing Manager")).isEmpty();
  }

  @Test
  void shouldSumRemovedCharsByKindAndFlagLeftovers() {
    var p = Postings.simple("T", null, "Staff Production Engineer\nCanva");
    p = new io.jobstream.model.EnrichedPosting(p.schemaVersion(), p.id(), p.url(), p.source(), p.fetchedAt(),
        p.enrichedAt(), p.enricherVersion(), p.contentHash(), p.title(), p.organization(), p.location(), p.workplace(),
        p.employmentType(), p.roleType(), p.seniority(), p.salary(), p.salaryStated(), p.payTransparency(),
        p.postedDate(), p.closingDate(), p.apply(), p.requirements(), p.benefits(), p.cleanText(),
        List.of(new Removal("navigation", 10, "a"), new Removal("navigation", 5, "b"), new Removal("eeo_form", 7, "c")),
        p.evidence());
    RealPages.Page page = RealPages.of("coverletterer_linkedin_job.html", p);
    assertThat(page.removed()).containsEntry("navigation", 15).containsEntry("eeo_form", 7);
    assertThat(page.flagged()).isTrue();
    assertThat(RealPages.toText(List.of(page))).contains("FLAG").contains("Staff Production Engineer");
    assertThat(Bars.realPages(List.of(page))).singleElement().asString()
        .contains("coverletterer_linkedin_job.html", "other jobs' cards left", "Staff Production Engineer");
  }

  @Test
  void shouldFlagTheBoardsOwnChromeOnItsPage() {
    assertThat(Leftovers.boardChromeIn("coverletterer_indeed_job.html", "Senior DevOps Engineer\nSalaries for Senior Devops Engineer, Camberwell"))
        .containsExactly("Salaries for Senior Devops Engineer");
    assertThat(Leftovers.boardChromeIn("other.html", "Salaries for Senior Devops Engineer")).isEmpty();
    RealPages.Page page = RealPages.of("jobapplier_workday.html", Postings.simple("T", null, "Test Engineer page is loaded\nDuties"));
    assertThat(page.chrome()).containsExactly("page is loaded");
    assertThat(page.problems()).containsExactly("board chrome left: [page is loaded]");
    assertThat(Bars.realPages(List.of(page))).hasSize(1);
  }
}
