package io.jobstream.enrich.clean;

import static org.assertj.core.api.Assertions.assertThat;

import io.jobstream.model.EnrichedPosting.Removal;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

/** The structural HTML rules, each on a small page written for the test. */
class HtmlRulesTest {
  private static final String DUTIES =
      "<p>We are hiring an organizer to build tenant associations across the east side, run "
          + "trainings for leaders and win repairs in buildings owned by large landlords.</p>";

  private static CleanText clean(String body) {
    return Cleaner.html(Jsoup.parse("<html><head><title>t</title></head><body>" + body + "</body></html>"));
  }

  private static int removed(CleanText clean, String kind) {
    return clean.removed().stream().filter(r -> r.kind().equals(kind)).mapToInt(Removal::chars).sum();
  }

  private static String linkLines(String... hrefsAndTexts) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < hrefsAndTexts.length; i += 2) {
      sb.append("<div class=\"c\"><a href=\"").append(hrefsAndTexts[i]).append("\">").append(hrefsAndTexts[i + 1]).append("</a></div>");
    }
    return sb.toString();
  }

  @Test
  void shouldRemoveABoardsListOfLinksIntoItsOwnSite() {
    CleanText clean =
        clean(DUTIES + linkLines("/cmp/acme/reviews", "Review for Acme Tenants Union", "/cmp/acme/salaries", "Salaries for Acme",
            "/explorer/organizer-jobs-oakland", "Organizer jobs in Oakland, CA", "/career-advice/interviews", "How to Prepare for an Interview")
            + "<div role=\"separator\"><span>&amp;nbsp;</span></div>");
    assertThat(clean.lines()).hasSize(1);
    assertThat(removed(clean, "navigation")).isGreaterThan(0);
    // Absolute addresses on the page's own host are the same site.
    CleanText own = Cleaner.html(Jsoup.parse("<body>" + DUTIES + linkLines("https://board.example/a", "Page one",
        "https://BOARD.example:443/b", "Page two", "//board.example/c", "Page three", "https://board.example/d?x=1", "Page four")
        + "</body>", "https://board.example/jobs/1"));
    assertThat(own.lines()).hasSize(1);
  }

  @Test
  void shouldKeepLinksToOtherSitesAndShortRunsOfLinks() {
    String handbook = "<h4>How we support our staff</h4><ul>"
        + "<li><a href=\"https://handbook.acme.example/benefits\">Health, dental and vision cover</a></li>"
        + "<li><a href=\"https://handbook.acme.example/pto\">Flexible paid time off</a></li>"
        + "<li><a href=\"https://handbook.acme.example/leave\">Parental leave</a></li>"
        + "<li><a href=\"mailto:jobs@acme.example\">Questions about benefits</a></li></ul>";
    assertThat(clean(DUTIES + handbook).lines())
        .contains("Health, dental and vision cover", "Flexible paid time off", "Parental leave", "Questions about benefits");
    // Three lines of links are not yet a list; a line of text between links breaks a run.
    assertThat(clean(DUTIES + linkLines("/a", "Our campaigns", "/b", "Our members", "/c", "Our history")).lines())
        .contains("Our campaigns", "Our members", "Our history");
    assertThat(clean(linkLines("/a", "Field plan", "/b", "Budget") + DUTIES + linkLines("/c", "Trainings", "/d", "Calendar"))
        .lines()).contains("Field plan", "Budget", "Trainings", "Calendar");
    // Against a page without an address, an absolute link can only lead out.
    assertThat(clean(DUTIES + linkLines("https://a.example/1", "One", "https://a.example/2", "Two",
        "https://a.example/3", "Three", "https://a.example/4", "Four")).lines()).contains("One", "Two", "Three", "Four");
  }

  @Test
  void shouldDropStatusAnnouncementsAndBoardReportLinks() {
    CleanText clean =
        clean("<span role=\"alert\">Field Organizer page is loaded</span>" + DUTIES
            + "<section><h2>Report this job advert</h2></section><p>Report this job ad\u2060</p>");
    assertThat(clean.lines()).hasSize(1);
    assertThat(removed(clean, "navigation")).isGreaterThan(0);
    assertThat(removed(clean, "apply_widget")).isGreaterThan(0);
  }

  @Test
  void shouldDropCharactersThatShowNothing() {
    // A soft hyphen, a word joiner and a byte-order mark inside words; the zero-width joiner of an
    // emoji sequence stays.
    CleanText html = clean("<p>Com\u00admunity organ&shy;izer, full\u2060-time, \ufeffOakland \uD83D\uDC69\u200D\uD83D\uDCBB</p>");
    assertThat(html.lines()).containsExactly("Community organizer, full-time, Oakland \uD83D\uDC69\u200D\uD83D\uDCBB");
    CleanText text = Cleaner.text("Com\u00admunity organ\u00adizer\n\ufeffFull\u2060-time", false, "");
    assertThat(text.lines()).containsExactly("Community organizer", "Full-time");
  }

  @Test
  void shouldReadRoleStyleAndDataNamesWhereverTheyStandAmongTheAttributes() {
    CleanText clean =
        clean("<div data-ui=\"x\" ROLE=\"Navigation\" class=\"c\"><p>Board menu text</p></div>"
            + "<div class=\"c\" title=\"t\" data-automation-id=\"similarJobs\"><p>Canvass Lead, Oakland</p></div>"
            + "<p title=\"t\" class=\"lede\" style=\"color: red; display : none\">Loading</p>" + DUTIES);
    assertThat(clean.text()).doesNotContain("Board menu text", "Canvass Lead", "Loading");
    assertThat(removed(clean, "navigation")).isGreaterThan(0);
    assertThat(removed(clean, "similar_jobs")).isGreaterThan(0);
    assertThat(clean.lines()).hasSize(1);
  }

  @Test
  void shouldJudgeEachElementByItsOwnNamesWhateverWasRememberedBefore() {
    // Verdicts are remembered across pages by the element's names; these two hold the same words
    // in different attributes, and only the aria-label reads as one name ("related-jobs").
    String listByAria = "<div aria-label=\"related jobs\"><p>Canvass Lead, Oakland</p></div>";
    String splitNames = "<div aria-label=\"related\" data-testid=\"jobs\"><p>Bring water and good shoes.</p></div>";
    for (String[] order : new String[][] {{listByAria, splitNames}, {splitNames, listByAria}}) {
      for (String block : order) {
        CleanText clean = clean(DUTIES + block);
        if (block == listByAria) {
          assertThat(clean.text()).doesNotContain("Canvass Lead");
          assertThat(removed(clean, "similar_jobs")).isGreaterThan(0);
        } else {
          assertThat(clean.text()).contains("Bring water and good shoes.");
        }
      }
    }
  }

  @Test
  void shouldKeepHeaderThatHoldsTheJobTitle() {
    CleanText clean =
        clean("<header role=\"banner\"><a href=\"/\">Acme</a><h1>Field Organizer</h1><p>Remote · Full time</p>"
            + "<nav><a href=\"/a\">Overview</a> <a href=\"/b\">Application</a></nav></header>" + DUTIES);
    assertThat(clean.lines()).contains("Field Organizer", "Remote · Full time");
    assertThat(clean.text()).doesNotContain("Overview");
  }

  @Test
  void shouldStillDropHeaderWhenTheTitleHeadingIsHidden() {
    CleanText clean =
        clean("<div class=\"ng-hide\"><h1>Application Submitted</h1></div><header><p>Site menu</p></header>"
            + "<h2>Organizer</h2>" + DUTIES);
    assertThat(clean.text()).doesNotContain("Application Submitted", "Site menu").contains("Organizer");
  }

  @Test
  void shouldLabelSelfIdentificationPartOfFormAsEeo() {
    CleanText clean =
        clean(DUTIES + "<form><label>First name</label><input name=f>"
            + "<h3>Voluntary Self-Identification</h3><p>Race or ethnicity</p><select><option>Decline</option></select>"
            + "</form>");
    assertThat(removed(clean, "eeo_form")).isGreaterThan(0);
    assertThat(removed(clean, "apply_widget")).isGreaterThan(0);
    assertThat(clean.text()).doesNotContain("Race or ethnicity", "First name");
  }

  @Test
  void shouldLabelEeoBlockInsideANamedApplicationBlock() {
    CleanText clean =
        clean(DUTIES + "<div class=\"application-form\"><p>Upload resume</p>"
            + "<div class=\"eeoc-container\"><h3>Gender</h3><p>Veteran status</p></div></div>");
    assertThat(removed(clean, "eeo_form")).isGreaterThan(0);
    assertThat(clean.text()).doesNotContain("Veteran", "Upload resume");
  }

  @Test
  void shouldDropSectionOpenedByOtherJobsHeading() {
    CleanText clean =
        clean(DUTIES + "<section><h3>Jobs you might also like</h3><ul><li><a href=\"/j/1\">Payroll Clerk</a>"
            + "<br>Harbor Bank · Dayton, OH<br>$40,000 a year</li></ul></section>"
            + "<div><p><b>Recently posted jobs</b></p><table><tr><td>Night Cook</td></tr></table></div>");
    assertThat(clean.text()).doesNotContain("Payroll Clerk", "Harbor Bank", "Night Cook", "might also like");
    assertThat(removed(clean, "similar_jobs")).isGreaterThan(0);
  }

  @Test
  void shouldDropLinkOnlyRowsButKeepContactLinks() {
    CleanText clean =
        clean(DUTIES + "<p><a href=\"/jobs\">&lt;&lt; Back to listings</a> | <a href=\"#\">Print</a></p>"
            + "<p><a href=\"mailto:jobs@acme.example\">jobs@acme.example</a> | <a href=\"https://acme.example\">acme.example</a></p>"
            + "<p>Apply at <a href=\"https://acme.example/apply\">our site</a></p>");
    assertThat(clean.text()).doesNotContain("Back to listings").contains("jobs@acme.example", "Apply at our site");
  }

  @Test
  void shouldDropAppealBlocksAndLoneCallToActionLinks() {
    CleanText clean =
        clean(DUTIES + "<section class=\"donate-callout\"><h2>Keep our courts fair.</h2><p>Any gift helps.</p></section>"
            + "<p><a href=\"/give?a=25\">Contribute $25 now</a></p>"
            + "<section class=\"vol\"><h2>Volunteer with us</h2><form><input name=e><button>Join</button></form></section>"
            + "<div class=\"topbar\">Early voting starts soon.</div>");
    assertThat(clean.text())
        .doesNotContain("courts fair", "Any gift", "Contribute $25", "Volunteer with us", "Early voting")
        .contains("We are hiring an organizer");
  }

  @Test
  void shouldDropConsentCheckboxLine() {
    CleanText clean = clean(DUTIES + "<p><input type=checkbox> I agree to be contacted about this role</p>");
    assertThat(clean.text()).doesNotContain("I agree");
  }

  @Test
  void shouldKeepParagraphsOfClassNamedFooterButNotItsLinks() {
    String notice = "Use of automated tools in our hiring: we use software to help review applications, "
        + "and a person reads every application before any decision is made about an applicant for this role.";
    CleanText clean =
        clean(DUTIES + "<div class=\"main-footer\"><p><a href=\"/\">Acme Home Page</a></p><p>" + notice + "</p>"
            + "<p>Jobs powered by Tracker</p></div>");
    assertThat(clean.text()).contains(notice).doesNotContain("Acme Home Page", "powered by");
  }

  @Test
  void shouldSkipHiddenElements() {
    CleanText clean =
        clean(DUTIES + "<div hidden>Your application contains errors</div>"
            + "<p style=\"display: none\">Loading</p><p class=\"d-none\">Spinner</p>");
    assertThat(clean.text()).doesNotContain("errors", "Loading", "Spinner");
  }

  @Test
  void shouldDropBlocksNamedAsTrackingAttributionOrApplyButtons() {
    CleanText clean =
        clean(DUTIES + "<div data-automation-id=\"requisitionId\"><dl><dt>job requisition id</dt><dd>JR-77</dd></dl></div>"
            + "<p class=\"attribution\">Tell them where you found us.</p>"
            + "<div class=\"apply-btn-top\"><a href=\"/a\">I'm interested</a></div>"
            + "<p class=\"grecaptcha-text\">Protected by a captcha.</p>");
    assertThat(clean.text()).doesNotContain("JR-77", "requisition", "found us", "interested", "captcha");
    assertThat(removed(clean, "tracking_id")).isGreaterThan(0);
    assertThat(removed(clean, "attribution")).isGreaterThan(0);
  }

  @Test
  void shouldTakeDescriptionFromMetaOnApplicationTab() {
    String description = "ABOUT US\n\nWe build tools for tenant unions. " + "You will lead partnerships. ".repeat(6);
    String page = "<html><head><meta name=\"description\" content=\"" + description + "\"></head><body>"
        + "<h1>Partnerships Lead</h1><p>Denver, CO</p>"
        + "<form><label>Name</label><input><label>Email</label><input><p>" + "Tell us about yourself. ".repeat(10)
        + "</p><button>Submit</button></form></body></html>";
    CleanText clean = Cleaner.html(Jsoup.parse(page));
    assertThat(clean.lines()).contains("Partnerships Lead", "ABOUT US");
    assertThat(clean.text()).contains("You will lead partnerships.");
  }

  @Test
  void shouldNotAddMetaDescriptionWhenBodyHoldsThePosting() {
    String page = "<html><head><meta name=\"description\" content=\"" + "A short teaser for search engines. ".repeat(3)
        + "\"></head><body><h1>Organizer</h1>" + DUTIES + "</body></html>";
    assertThat(Cleaner.html(Jsoup.parse(page)).text()).doesNotContain("teaser");
  }

  @Test
  void shouldKeepMicrodataValuesOutOfTheText() {
    CleanText clean =
        clean("<div itemscope itemtype=\"https://schema.org/JobPosting\"><meta itemprop=\"datePosted\" content=\"2026-01-05\">"
            + "<h1 itemprop=\"title\">Organizer</h1><div itemprop=\"description\">" + DUTIES + "</div>"
            + "<link itemprop=\"url\" href=\"https://acme.example/j/1\"></div>");
    assertThat(clean.text()).contains("Organizer", "tenant associations").doesNotContain("2026-01-05", "acme.example/j/1");
  }
}
