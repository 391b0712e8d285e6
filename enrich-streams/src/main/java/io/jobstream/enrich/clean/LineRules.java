package io.jobstream.enrich.clean;

import java.util.regex.Pattern;

/**
 * The line-level signs of boilerplate, shared by every page kind. Each pattern is anchored and
 * made of plain alternatives, so it runs in time linear in the line.
 */
final class LineRules {
  /** A heading that starts a list of other jobs: everything from it on is not this posting. */
  static final Pattern SIMILAR_HEADING =
      Pattern.compile(
          "(?i)(?:similar|related|recommended|more|other|featured) (?:jobs|positions|postings|searches|roles|openings)"
              + "(?: nearby| for you| you may like| near you| like this)?:?"
              + "|people (?:also viewed|also searched|who viewed this job also viewed)"
              + "|jobs you may (?:also )?like|you may also like");

  /** A line that opens an applicant self-identification form; the form runs to the end. */
  static final Pattern EEO_FORM_START =
      Pattern.compile(
          "(?i)(?:u\\.?s\\.? )?equal (?:employment )?opportunity (?:employment )?information.*"
              + "|voluntary self[- ]identification.*|self[- ]identification form.*"
              + "|form cc-305.*|race (?:&|and) ethnicity definitions.*|omb control number.*"
              + "|public burden statement.*|(?:disability|veteran|gender|race) status:?"
              + "|demographic (?:questions|information|survey).*");

  /** Apply buttons and form labels, matched against a whole short line. */
  static final Pattern APPLY_WIDGET =
      Pattern.compile(
          "(?i)(?:apply|apply now|apply here|apply online|easy apply|quick apply"
              + "|apply (?:for|to) this (?:job|position|role|opening)|submit (?:your )?application"
              + "|\\*|\\* ?required|required fields?|\\*? ?indicates a required field|save|share|report this job|save (?:this )?job|share (?:this )?job|back to (?:all )?jobs"
              + "|i'?m interested|upload (?:your )?(?:resume|cv)|attach (?:resume|cv)|view all jobs)[.!:]?");

  /** "Tell them you saw it on X" lines (use with find): the board's advertising, not the employer's words. */
  static final Pattern ATTRIBUTION =
      Pattern.compile(
          "(?i)(?:indicate (?:that )?you saw|mention (?:that |where )?you saw"
              + "|saw this (?:job|posting|ad|advert|information|listing|opening) (?:at|on)"
              + "|found this (?:job|posting|listing) (?:at|on)|please reference .{0,40} when applying)");

  /** Board chrome around a posting: sign-in prompts, job alerts, "see more" toggles. */
  static final Pattern CHROME =
      Pattern.compile(
          "(?i)(?:sign in|sign up|log in|join now)(?: to .{0,60})?|see who you know|get notified about new .{0,100}"
              + "|referrals increase your chances.{0,80}|explore top content.{0,40}|view top content"
              + "|find curated posts.{0,80}|show more|show less|see more|see less|skip to (?:main )?content"
              + "|create (?:a )?job alert.{0,40}|(?:create|set up) alert");

  /** One entry of a list of job searches or job cards: "Senior Developer jobs". */
  static final Pattern JOB_LIST_ENTRY = Pattern.compile("(?i).{2,60} (?:jobs|job openings|vacancies)");

  /** A lone opaque token (base64 or similar): a board's tracking id. */
  static final Pattern TRACKING_TOKEN = Pattern.compile("[A-Za-z0-9+/_-]{16,200}={0,2}");

  /** A heading for a board's tag cloud: it and the next line go. */
  static final Pattern TAGS_HEADING = Pattern.compile("(?i)job tags:?|tags:?");

  private LineRules() {}

  /** A cheap pre-check for {@link #ATTRIBUTION}: every one of its phrases holds one of these. */
  static boolean mayBeAttribution(String line) {
    return line.contains("saw") || line.contains("SAW") || line.contains("ound this") || line.contains("OUND THIS")
        || line.contains("eference") || line.contains("EFERENCE");
  }

  /** Whether {@code line} is an opaque token with the mixed characters of an encoded id. */
  static boolean isTrackingId(String line) {
    if (line.indexOf(' ') >= 0 || !TRACKING_TOKEN.matcher(line).matches()) {
      return false;
    }
    int digits = 0;
    int upper = 0;
    int lower = 0;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      digits += Character.isDigit(c) ? 1 : 0;
      upper += Character.isUpperCase(c) ? 1 : 0;
      lower += Character.isLowerCase(c) ? 1 : 0;
    }
    return line.endsWith("=") || (digits >= 2 && upper >= 2 && lower >= 2);
  }
}
