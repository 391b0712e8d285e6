package io.jobstream.enrich.clean;

import static org.assertj.core.api.Assertions.assertThat;

import io.jobstream.model.EnrichedPosting.Removal;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

class CleanerTest {
  // Written for this test in the shape of an applicant-tracking page: header, description,
  // application form with an EEO section, a similar-jobs aside and a footer.
  private static final String PAGE =
      """
      <html><head><title>Field Organizer - Acme Union</title><style>.x{color:red}</style></head>
      <body>
        <header><nav><a href="/">Home</a><a href="/jobs">All jobs</a></nav></header>
        <div id="cookie-banner">We use cookies. Accept all</div>
        <div id="content">
          <h1 class="app-title">Field Organizer</h1>
          <div class="location">Oakland, CA</div>
          <p>Acme Union is seeking a Field Organizer to build worker power.</p>
          <h3>Responsibilities</h3>
          <ul><li>Recruit and train member leaders</li><li>Run house visits and actions</li></ul>
          <p>Salary: $60,000 - $70,000 per year.</p>
          <a class="button" href="#app">Apply for this Job</a>
        </div>
        <form id="application_form">
          <label>First Name *</label><input name="first_name">
          <div id="eeoc_fields"><h3>U.S. Equal Employment Opportunity Information</h3>
            <label>Gender</label><select><option>Decline to self-identify</option></select>
            <p>Form CC-305 OMB Control Number 1250-0005</p></div>
          <button type="submit">Submit Application</button>
        </form>
        <aside class="similar-jobs"><h2>Similar jobs</h2><p>Billing Manager $90,000</p></aside>
        <footer>Powered by Greenhouse</footer>
        <script>window.tracking = "abc";</script>
      </body></html>
      """;

  @Test
  void shouldWalkIntoTheHeaderThatHoldsTheMainHeading() {
    String page = """
        <html><body>
        <header class="site-header"><div class="brand"><h1>Field Organizer</h1><p>Riverside Tenants Union</p></div></header>
        <header><h1 hidden>Menu</h1><a href="/">Home</a></header>
        <p>Knock doors and run house meetings with tenants across the east side.</p>
        </body></html>
        """;
    CleanText clean = Cleaner.html(Jsoup.parse(page));
    assertThat(clean.lines()).startsWith("Field Organizer", "Riverside Tenants Union");
    assertThat(clean.lines()).doesNotContain("Home", "Menu");
    // A first heading that is hidden does not count; the next visible one does.
    String hiddenFirst = page.replace("<h1>Field Organizer</h1>", "<h1 hidden>Skip</h1><h1>Field Organizer</h1>");
    assertThat(Cleaner.html(Jsoup.parse(hiddenFirst)).lines()).contains("Field Organizer").doesNotContain("Skip");
  }

  @Test
  void shouldNotTakeAHeadingThatNamesTheCareersSiteForTheJobs() {
    // Workday's header: the site's name in an h1, the job's title further down in an h2.
    String page = """
        <html><body>
        <div><header><h1>CAREERS AT ACME</h1><button>Sign In</button><a href="/">Home</a> <a href="/jobs">Search for Jobs</a></header></div>
        <h2>Field Organizer</h2>
        <p>Knock doors and run house meetings with tenants across the east side.</p>
        </body></html>
        """;
    CleanText clean = Cleaner.html(Jsoup.parse(page));
    assertThat(clean.lines()).containsExactly("Field Organizer", "Knock doors and run house meetings with tenants across the east side.");
    // A job title in the header's h1 keeps the header, as before; so does a careers heading after it.
    String titled = page.replace("<h1>CAREERS AT ACME</h1>", "<h1>Careers</h1><h1>Field Organizer, Oakland</h1>");
    assertThat(Cleaner.html(Jsoup.parse(titled)).lines()).contains("Field Organizer, Oakland");
  }

  @Test
  void shouldTakeAnApplicationTabsDescriptionFromItsMetaTagWithTwiceEscapedEntitiesUndone() {
    String html = "<html><head><meta name=\"description\" content=\"Acme Tenants Union is hiring a field organizer to"
        + " build tenant associations &amp;amp; win repairs across Oakland &amp;#8211; apply by May.\"></head>"
        + "<body><h1>Field Organizer</h1><form><label>First name</label><input name=a><label>Last name</label>"
        + "<input name=b><label>Email address</label><input name=c><label>Resume/CV</label><input type=file name=d>"
        + "<button>Submit application</button></form></body></html>";
    CleanText clean = Cleaner.html(Jsoup.parse(html));
    assertThat(clean.lines()).contains(
        "Acme Tenants Union is hiring a field organizer to build tenant associations & win repairs across Oakland \u2013 apply by May.");
  }

  @Test
  void shouldKeepPostingTextAsLines() {
    CleanText clean = Cleaner.html(Jsoup.parse(PAGE));
    assertThat(clean.lines())
        .contains("Field Organizer", "Recruit and train member leaders", "Run house visits and actions",
            "Salary: $60,000 - $70,000 per year.");
  }

  @Test
  void shouldRemoveFormsAsidesNavigationAndScripts() {
    CleanText clean = Cleaner.html(Jsoup.parse(PAGE));
    assertThat(clean.text())
        .doesNotContain("Equal Employment Opportunity", "CC-305", "Billing Manager", "Similar jobs",
            "Powered by Greenhouse", "All jobs", "cookies", "window.tracking", "First Name", "Apply for this Job");
    assertThat(clean.removed())
        .extracting(Removal::kind)
        .contains("navigation", "apply_widget", "similar_jobs", "script_style");
  }

  @Test
  void shouldCutTextTailsAndNoiseLines() {
    String text = String.join("\n",
        "Political Organizer Job at Acme, Hartford, CT",
        "MjB3OXUrS1JXSXlWM0p3N3d6cUVwR3UyQXc9PQ==",
        "Acme is seeking a Political Organizer. " + "Duties include many things. ".repeat(10),
        "WHEN APPLYING: Be sure to indicate that you saw this information at UNIONJOBS.COM.",
        "Apply to this job",
        "or",
        "Job Tags",
        "Local area, Shift work,",
        "Similar Jobs",
        "Billing Manager Job at CyberCoders");
    CleanText clean = Cleaner.text(text, false, "");
    assertThat(clean.text())
        .contains("Political Organizer Job at Acme", "Duties include many things.")
        .doesNotContain("MjB3OXUr", "UNIONJOBS", "Apply to this job", "Job Tags", "Shift work", "Billing Manager");
    assertThat(clean.removed())
        .extracting(Removal::kind)
        .containsExactlyInAnyOrder("similar_jobs", "tracking_id", "attribution", "apply_widget", "navigation");
  }

  @Test
  void shouldCutSelfIdentificationFormTail() {
    String text = String.join("\n",
        "We are hiring an organizer. " + "Details of the job follow here. ".repeat(10),
        "Equal Opportunity Employer: we hire without regard to race.",
        "Apply for this Job",
        "* Required",
        "Voluntary Self-Identification of Disability",
        "Form CC-305",
        "Muscular dystrophy");
    CleanText clean = Cleaner.text(text, false, "");
    assertThat(clean.text()).contains("Equal Opportunity Employer").doesNotContain("CC-305", "Muscular", "Required");
    assertThat(clean.removed()).extracting(Removal::kind).contains("eeo_form", "apply_widget");
  }
}
