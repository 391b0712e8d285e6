package io.jobstream.enrich.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The boilerplate that must never survive cleaning, in one place: phrases of EEO and
 * self-identification forms, and the titles of other jobs' cards and the board's own chrome on
 * known pages.
 */
public final class Leftovers {
  /** Phrases of applicant-tracking EEO / self-identification forms (matched case-insensitively). */
  public static final List<String> EEO_FORM = List.of(
      "Voluntary Self-Identification",
      "Voluntary Self Identification",
      "Form CC-305",
      "OMB Control Number",
      "PUBLIC BURDEN STATEMENT",
      "Race & Ethnicity Definitions",
      "Muscular dystrophy",
      "I don't wish to answer",
      "Decline To Self Identify");

  /**
   * Phrases that are form text on a short line (a question or an option) but also occur in an
   * employer's own equal-opportunity paragraph, which cleaning keeps: flagged only on lines of
   * at most {@link #FORM_LINE} characters.
   */
  public static final List<String> EEO_FORM_SHORT_LINE = List.of("protected veteran", "self-identify");

  /** The longest line on which a {@link #EEO_FORM_SHORT_LINE} phrase counts as form text. */
  public static final int FORM_LINE = 300;

  /**
   * Other jobs' cards by page file name: titles and labels read from the page's "Similar jobs",
   * "People also viewed" and "Similar Jobs" blocks. Titles equal to the page's own job are left out.
   */
  public static final Map<String, List<String>> OTHER_JOBS = Map.of(
      "coverletterer_linkedin_job.html", List.of(
          "Similar jobs", "People also viewed", "Similar Searches", "Show more jobs like this",
          "Staff Production Engineer", "Senior Engineer - AI Agentic", "Senior Core Software Engineer",
          "Senior Site Reliability Engineer", "Senior LLMOps Engineer", "Senior Software Engineer - Kraken Distribution",
          "Application Engineer IV", "Software Engineer - Functional Programming (AU & NZ)",
          "Senior Backend Engineer", "A$160,000.00", "A$100,000.00"),
      "003_f7a5b36363937962.txt", List.of(
          "Similar Jobs", "Sterile Processing Technician", "Mainframe Programmer", "Research data analyst Job at",
          "Packaging Associate", "Billing Manager", "Job Tags"));

  /**
   * The board's own links and widgets around the posting, by page file name: related searches,
   * salary and review pages, career advice, side menus, page numbers, status announcements and
   * the board's insight widgets, read from each page. Cleaning removes them; finding one again is
   * a regression.
   */
  public static final Map<String, List<String>> BOARD_CHROME = Map.of(
      "coverletterer_indeed_job.html", List.of(
          "Review for PaperCut Software", "Salaries for Senior Devops Engineer", "High-paying Engineering Jobs In Sydney",
          "Civil Engineering Job Types In Brisbane", "11 Signs Your Boss Wants You to Leave",
          "What Is the Onboarding Process?", "&nbsp;"),
      "coverletterer_seek_job.html", List.of(
          "Sign in and add your salary to see matches", "Unlock job insights", "Hirer responsiveness",
          "Report this job advert", "What can I earn as a Platform Engineer", "See more detailed salary information"),
      "coverletterer_linkedin_job.html", List.of("See who Heidi has hired for this role"),
      "jobapplier_workday.html", List.of("page is loaded", "CAREERS AT NVIDIA"),
      "ncnonprofits_job_listing.html", List.of("Post a Resume", "Search posted Resumes", "next \ufffd", "last \ufffd"));

  private Leftovers() {}

  /** The EEO-form phrases found in {@code cleanText}. */
  public static List<String> eeoIn(String cleanText) {
    List<String> out = found(EEO_FORM, cleanText);
    for (String line : (cleanText == null ? "" : cleanText).split("\n")) {
      if (line.length() <= FORM_LINE) {
        for (String p : found(EEO_FORM_SHORT_LINE, line)) {
          if (!out.contains(p)) {
            out.add(p);
          }
        }
      }
    }
    return out;
  }

  /** The other-job phrases of page {@code fileName} found in {@code cleanText}. */
  public static List<String> otherJobsIn(String fileName, String cleanText) {
    return found(OTHER_JOBS.getOrDefault(fileName, List.of()), cleanText);
  }

  /** The board-chrome phrases of page {@code fileName} found in {@code cleanText}. */
  public static List<String> boardChromeIn(String fileName, String cleanText) {
    return found(BOARD_CHROME.getOrDefault(fileName, List.of()), cleanText);
  }

  private static List<String> found(List<String> phrases, String cleanText) {
    String text = Scoring.normalize(cleanText == null ? "" : cleanText);
    List<String> out = new ArrayList<>();
    for (String p : phrases) {
      if (text.contains(Scoring.normalize(p))) {
        out.add(p);
      }
    }
    return out;
  }
}
