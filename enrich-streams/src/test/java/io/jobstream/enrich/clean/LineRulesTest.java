package io.jobstream.enrich.clean;

import static org.assertj.core.api.Assertions.assertThat;

import io.jobstream.model.EnrichedPosting.Removal;
import org.junit.jupiter.api.Test;

/** The line rules, each on a small text page written for the test. */
class LineRulesTest {
  private static final String PARAGRAPH =
      "The organizer recruits and trains tenant leaders, runs building meetings, keeps records of every "
          + "conversation and plans actions with members to win repairs and fair rents across the city.";

  private static CleanText clean(String... lines) {
    return Cleaner.text(String.join("\n", lines), false, "");
  }

  @Test
  void shouldCutLabelledIdsOutOfALine() {
    CleanText clean = clean(PARAGRAPH, "Posted: 11/14/2026   Job #43007   ref: Qx7pLm2NbV9cTz", "Listing ID: LCN-882-NYC");
    assertThat(clean.lines()).contains("Posted: 11/14/2026");
    assertThat(clean.text()).doesNotContain("43007", "Qx7pLm2NbV9cTz", "LCN-882");
    assertThat(clean.removed()).extracting(Removal::kind).contains("tracking_id");
  }

  @Test
  void shouldKeepReferencesThatAreNotIds() {
    CleanText clean = clean(PARAGRAPH, "References: three professional references required.");
    assertThat(clean.text()).contains("three professional references required");
  }

  @Test
  void shouldDropIdLabelAndValueLines() {
    CleanText clean = clean(PARAGRAPH, "job requisition id", "JR-3318");
    assertThat(clean.text()).doesNotContain("JR-3318", "requisition");
  }

  @Test
  void shouldDropMenuRowsButKeepJobFactRows() {
    CleanText clean =
        clean(PARAGRAPH, "Boston, MA | Full-time | Hybrid", "Apply to this job    Save this job    Share",
            "[Apply Now]   [Save Job]   [Email to a Friend]", "Acme Jobs · About · Post a Job · Pricing · Terms · Privacy",
            "<< Return to job listings | Print this job");
    assertThat(clean.lines()).containsExactly(PARAGRAPH, "Boston, MA | Full-time | Hybrid");
  }

  @Test
  void shouldDropMailingListFooterBlocks() {
    CleanText clean =
        clean(PARAGRAPH, "Warmly,", "Ana Ruiz", "\"Every neighbor counts.\"", "-----", "Posted by Sam Lee",
            "Metro Jobs list moderator", "______", "metro-jobs mailing list", "To unsubscribe, visit the list page");
    assertThat(clean.text()).contains("Ana Ruiz").doesNotContain("neighbor counts", "moderator", "unsubscribe", "Sam Lee");
  }

  @Test
  void shouldKeepSeparatedBlocksThatAreNotAListFooter() {
    CleanText clean = clean(PARAGRAPH, "-----", "Salary: $50,000", "Apply by May 1");
    assertThat(clean.text()).contains("Salary: $50,000", "Apply by May 1");
  }

  @Test
  void shouldCutShareAsksButKeepTheRestOfTheLine() {
    CleanText clean =
        clean("Hi all -- please share widely with anyone who might be a fit!",
            "Acme is hiring a part-time case manager in San Diego. Feel free to forward.", PARAGRAPH);
    assertThat(clean.lines()).contains("Acme is hiring a part-time case manager in San Diego.");
    assertThat(clean.text()).doesNotContain("share widely", "forward");
    assertThat(clean.removed()).extracting(Removal::kind).contains("attribution");
  }

  @Test
  void shouldEndOtherJobsBlockAtTheNextParagraph() {
    CleanText clean =
        clean(PARAGRAPH, PARAGRAPH, "Similar jobs", "Night Cook - Diner Co - $18/hr", "...Diner Co cooks breakfast for the whole "
            + "neighborhood every night and is looking for a cook who can keep up with the rush on weekends and holidays...",
            "Cashier - Corner Store", "Benefits", PARAGRAPH.replace("organizer", "employer"));
    assertThat(clean.text()).doesNotContain("Night Cook", "Cashier", "breakfast").contains("Benefits", "The employer recruits");
  }

  @Test
  void shouldDropBoardFurnitureLines() {
    CleanText clean =
        clean("JOBBOARD.EXAMPLE - Jobs with unions since 1998", "Home > Jobs > Executive > New York", PARAGRAPH,
            "We use cookies to improve your experience on this board.", "Copyright © 2026 JobBoard. All rights reserved.",
            "utm_source=board&utm_medium=feed&utm_campaign=x1", "Tell the employer you found this opportunity on JobBoard.",
            "Jobs at Acme Tenants Union", "Acme Ltd is a company limited by guarantee registered in England and Wales.");
    assertThat(clean.lines()).containsExactly(PARAGRAPH);
  }

  @Test
  void shouldDropTheBoardsOwnWidgetsAroundAPosting() {
    CleanText clean =
        clean("See who Acme Tenants Union has hired for this role", "Sign in and add your salary to see matches",
            PARAGRAPH, "Unlock job insights", "Hirer responsivenessSalary matchNumber of applicants",
            "What can I earn as a Field Organizer", "See more detailed salary information",
            "Be carefulDon’t provide your bank or credit card details when applying for jobs.Learn how to protect yourself");
    assertThat(clean.lines()).containsExactly(PARAGRAPH);
    // The same words inside posting sentences stay.
    CleanText posting =
        clean("You will see who has been hired for each role on the campaign.", "What can I earn as a canvasser? $22 an hour.");
    assertThat(posting.lines()).hasSize(2);
  }

  @Test
  void shouldDropFormLabelsOfTextExtractions() {
    CleanText clean =
        clean(PARAGRAPH, "Resume/CV", "ATTACH RESUME/CV", "Accepted file types: pdf, doc, docx", "or drag and drop here",
            "Autofill from resume", "Drop in your resume and we will fill in the key fields for you.",
            "Protected by reCAPTCHA: the privacy policy applies.", "---------- Forwarded message ---------",
            "List-Unsubscribe: <mailto:leave@list.example>");
    assertThat(clean.lines()).containsExactly(PARAGRAPH);
  }

  @Test
  void shouldCutVoluntaryDisclosuresTail() {
    CleanText clean = clean(PARAGRAPH, PARAGRAPH, "Voluntary Disclosures", "Ethnicity", "Select One");
    assertThat(clean.text()).doesNotContain("Ethnicity");
    assertThat(clean.removed()).extracting(Removal::kind).contains("eeo_form");
  }
}
