package io.jobstream.enrich.clean;

import io.jobstream.enrich.text.LeadScan;
import io.jobstream.enrich.text.Substrings;
import io.jobstream.enrich.text.WordSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The line-level signs of boilerplate, shared by every page kind. Each pattern is anchored and
 * made of plain alternatives, so it runs in time linear in the line.
 */
final class LineRules {
  /** A heading that starts a list of other jobs: everything from it on is not this posting. */
  static final WholeLinePattern SIMILAR_HEADING =
      new WholeLinePattern(
          "(?i)(?:similar|related|recommended|more|other|featured|latest|recent|recently posted|new)"
              + " (?:jobs|positions|postings|searches|roles|openings|listings|vacancies)"
              + "(?: nearby| for you| you may like| near you| like this| near [^.!?]{1,40}| in [^.!?]{1,40}"
              + "| from [^.!?]{1,60}| at [^.!?]{1,60})?:?"
              + "|people (?:also viewed|also searched|who viewed this job also viewed)"
              + "|(?:other )?(?:jobs |roles |positions |opportunities )?you (?:may|might) (?:also )?(?:like|be interested in):?");

  /** A line that opens an applicant self-identification form; the form runs to the end. */
  static final WholeLinePattern EEO_FORM_START =
      new WholeLinePattern(
          "(?i)(?:u\\.?s\\.? )?equal (?:employment )?opportunity (?:employment )?information.*"
              + "|voluntary self[- ]identification.*|self[- ]identification form.*|voluntary disclosures?:?"
              + "|form cc-305.*|race (?:&|and) ethnicity definitions.*|omb control number.*"
              + "|public burden statement.*|(?:disability|veteran|gender|race) status:?"
              + "|demographic (?:questions|information|survey).*");

  /** A heading naming a self-identification section of a form (HTML headings only). */
  static final WholeLinePattern EEO_SECTION =
      new WholeLinePattern(
          "(?i)(?:voluntary )?self[- ]identification.{0,60}|(?:u\\.?s\\.? )?(?:eeoc?|equal (?:employment )?opportunity)"
              + " (?:information|questions|survey|form|data)|diversity (?:survey|questions|information)");

  /** A heading that names a careers site rather than a job: "Careers at Acme", "Join our team". */
  static final WholeLinePattern CAREERS_HEADING =
      new WholeLinePattern(
          "(?i)(?:careers?|jobs|job openings|open positions|current openings|work with us|join (?:our|the) team"
              + "|we'?re hiring)(?: (?:at|with|for) [^.!?]{1,60})?");

  /** Apply buttons and form labels, matched against a whole short line. */
  static final WholeLinePattern APPLY_WIDGET =
      new WholeLinePattern(
          "(?i)(?:apply|apply now|apply here|apply online|easy apply|quick apply|apply manually|apply with [^.]{1,30}"
              + "|apply (?:for|to) this (?:job|position|role|opening)|submit (?:your )?application"
              + "|\\*|\\* ?required|required fields?|\\*? ?indicates a required field|save|share|report(?: this)? job(?: ad| advert| posting| listing)?|save (?:this )?job|share (?:this )?job|back to (?:all )?jobs"
              + "|i'?m interested|refer a friend|(?:upload|attach) (?:your )?(?:resume|cv|resume/cv|cover letter|files?)"
              + "|view all jobs|search (?:for |all )?jobs|resume/cv ?\\*?|resume ?\\*|cv ?\\*|accepted file types:? [^\\n]{1,80}"
              + "|(?:or )?drag (?:and|&) drop(?: here| files?(?: here)?)?|autofill(?: application| from (?:resume|cv)| with [^.]{1,30})?"
              + "|drop (?:in )?your (?:resume|cv)[^\\n]{0,80}|(?:this (?:site|form) is )?protected by recaptcha[^\\n]{0,120}"
              + "|i have read and (?:consent|agree) to [^\\n]{1,80})[.!:]?");

  /** "Tell them you saw it on X" lines (use with find): the board's advertising, not the employer's words. */
  static final Pattern ATTRIBUTION =
      Pattern.compile(
          "(?i)(?:indicate (?:that )?you saw|mention (?:that |where )?you saw"
              + "|saw this (?:job|posting|ad|advert|information|listing|opening) (?:at|on)"
              + "|found this (?:job|posting|listing|opportunity|position|vacancy|role|ad) (?:at|on|through|via)"
              + "|please reference .{0,40} when applying)");

  /** Board chrome around a posting: sign-in prompts, job alerts, "see more" toggles. */
  static final WholeLinePattern CHROME =
      new WholeLinePattern(
          "(?i)(?:sign in|sign up|log in|join now)(?: to .{0,60})?|see who you know|get notified about new .{0,100}"
              + "|referrals increase your chances.{0,80}|explore top content.{0,40}|view top content"
              + "|find curated posts.{0,80}|show more|show less|see more|see less|skip to (?:main )?content"
              + "|create (?:a )?job alert.{0,40}|(?:create|set up) alert|(?:not the right job\\? )?set up a job alert.{0,80}"
              + "|(?:all |view all |see all )?jobs at [^.!?]{1,60}|(?:jobs |careers? site )?powered by [^.!?]{1,40}"
              + "|career site by [^.!?]{1,40}|-{2,} ?(?:forwarded message|original message) ?-{2,}|begin forwarded message:?"
              + "|list-(?:unsubscribe|id|post|help|archive|subscribe):.*"
              // Boards' own widgets around a posting (LinkedIn, Seek).
              + "|see who .{1,60} has hired for this role|sign in (?:and|to) add your salary.{0,40}|unlock job insights"
              + "|hirer responsiveness.{0,80}|what can i earn as an? [^.?!$]{1,60}|see more detailed salary information"
              + "|be careful ?don['’]t provide your bank or credit card details.{0,120}");

  /** The text of a lone link that asks for money or a sign-up: "Give $20", "Download the toolkit". */
  static final Pattern CALL_TO_ACTION =
      Pattern.compile(
          "(?i)(?:give|donate|contribute|chip in|pledge|download|join|sign up|subscribe|volunteer|rsvp|get involved"
              + "|refer a friend|i'?m interested|print|email (?:this|to)|share)\\b.{0,60}|.{0,30}[$\u00a3\u20ac]\\d.{0,40}|any amount|other amount");

  /** A cookie notice line: "We use cookies to ...", "Accept cookies". */
  static final Pattern COOKIE_LINE =
      Pattern.compile(
          "(?i).{0,80}\\b(?:use|uses|accept|allow|reject|necessary|essential|all)\\b.{0,24}\\bcookies\\b.*"
              + "|.{0,80}\\bcookies? (?:settings|preferences|policy|notice)\\b.*");

  /** A company-registration footer line of a UK or EU employer's email or page. */
  static final Pattern REGISTRATION =
      Pattern.compile(
          "(?i).{0,120}\\b(?:company limited by guarantee|registered charity|registered in england|charity (?:no|number)"
              + "|company (?:no|number|registration)|registered office)\\b.*");

  /** A copyright footer: "Copyright (c) 1998-2026 Board. All rights reserved." */
  static final Pattern COPYRIGHT =
      Pattern.compile("(?i)(?:copyright|\u00a9|\\(c\\))(?: ?\u00a9| ?\\(c\\))? ?(?:\\d{4}|[^.]{1,60} \\d{4}).*|.{0,100}all rights reserved\\.?");

  /** A masthead: a site's domain, a dash and its tagline ("BOARD.EXAMPLE - Jobs since 1998"). */
  static final Pattern MASTHEAD = Pattern.compile("[A-Za-z0-9-]{2,40}\\.[A-Za-z]{2,12} +[-\u2013\u2014]+ +[^.!?]{3,100}");

  /** A breadcrumb trail: "Home > Jobs > Executive". */
  static final Pattern BREADCRUMB = Pattern.compile("[^>\u203a\u00bb]{1,40}(?: (?:>|\u203a|\u00bb) [^>\u203a\u00bb]{1,40}){2,6}");

  /** Query-string parameters left in the text by a feed: "utm_source=x&utm_medium=y". */
  static final Pattern QUERY_STRING = Pattern.compile("[\\w.-]{1,40}=[^\\s&=]{0,80}(?:&[\\w.-]{1,40}=[^\\s&=]{0,80}){1,20}");

  /** An id with its label ("ref: X1y2", "Listing ID: LCN-88", "Job #43007"): cut out of the line. */
  static final Pattern LABELLED_ID =
      Pattern.compile(
          "(?i)\\b(?:ref|job ref|job id|listing id|posting id|req(?:uisition)? id|job requisition id|tracking id|job ?#|job number)"
              + "(?: ?[:#.]| (?=[A-Za-z0-9+/]))? ?([A-Za-z0-9+/=_-]{3,64}+)");

  /** {@link #LABELLED_ID} tried only at a word start with the first letter of one of its labels. */
  static final LeadScan LABELLED_ID_SCAN = LeadScan.wordsIgnoringCase(LABELLED_ID, "rjlpt");

  /** A label line whose value, on the next line, is an id: "job requisition id" / "JR-3318". */
  static final WholeLinePattern ID_LABEL =
      new WholeLinePattern("(?i)(?:job )?(?:requisition|req|listing|posting|job|reference|ref)(?: id| number| no\\.?|#)?:?");

  /** A line that is only an id value: "JR-3318". */
  static final Pattern ID_VALUE = Pattern.compile("[A-Za-z0-9+/=_-]{3,40}+");

  /** A separator line of an email: "-----", "____", "--", "=====". */
  static final Pattern SEPARATOR = Pattern.compile("[-_=*~]{2,200}");

  /** Words of a mailing list's footer. */
  static final Pattern LIST_FOOTER =
      Pattern.compile(
          "(?i)unsubscribe|mailing list|\\blist\\b|listinfo|subscribed|subscription|you are receiving|receiving (?:this|these)"
              + "|stop receiving|moderator|delivery options");

  /**
   * A sentence asking readers to pass the posting on: a relay's words, not the employer's
   * (use with find, one sentence at a time).
   */
  static final Pattern SHARE_ASK =
      Pattern.compile(
          "(?i)please (?:do )?(?:share|circulate|forward|pass (?:this|it) on)|share (?:widely|with your|this (?:posting|vacancy|opportunity|job))"
              + "|feel free to (?:share|forward|circulate|pass)|spread(?:ing)? the word|forwarding (?:from|this)"
              + "|grateful if you could (?:share|circulate|forward)|sharing (?:a|an|this) [^.!?]{0,60}(?:opportunity|vacancy|posting|position|job)");

  /** {@link #SHARE_ASK} tried only where one of its phrases can start: please, share, feel, spread, forwarding, grateful, sharing. */
  static final LeadScan SHARE_ASK_SCAN = LeadScan.ignoringCase(SHARE_ASK, "psfg");

  /** A valediction that opens an email signature: "Warmly,", "In solidarity,". */
  static final WholeLinePattern VALEDICTION =
      new WholeLinePattern("(?i)(?:warmly|thanks|thank you|best|best wishes|kind regards|regards|sincerely|cheers|in solidarity|in peace|yours)[^,]{0,20},");

  /** One entry of a list of job searches or job cards: "Senior Developer jobs". */
  static final Pattern JOB_LIST_ENTRY = Pattern.compile("(?i).{2,60} (?:jobs|job openings|vacancies)");

  /** A lone opaque token (base64 or similar): a board's tracking id. */
  static final Pattern TRACKING_TOKEN = Pattern.compile("[A-Za-z0-9+/_-]{16,200}={0,2}");

  /** A heading for a board's tag cloud: it and the next line go. */
  static final WholeLinePattern TAGS_HEADING = new WholeLinePattern("(?i)job tags:?|tags:?");

  private LineRules() {}

  // The fragments of the cheap pre-checks below, lower-cased: one pass over a line marks which
  // of them it holds, so most lines answer every pre-check without a search of their own. Each
  // family is a necessary condition of its pre-check, which still decides for lines that hold it.
  private static final Substrings FRAGMENTS = Substrings.of(List.of(
      List.of("saw", "ound this", "eference"),
      List.of("egister", "imited by"),
      List.of("\u00a9", "opyright", "(c)", "ights reserved"),
      List.of("ookie"),
      List.of(" > ", "\u203a", "\u00bb"),
      List.of("hare", "irculat", "orward", "pread", "pass")));
  static final long ATTRIBUTION_MARK = 1L;
  static final long REGISTRATION_MARK = 1L << 1;
  static final long COPYRIGHT_MARK = 1L << 2;
  static final long COOKIE_MARK = 1L << 3;
  static final long BREADCRUMB_MARK = 1L << 4;
  static final long SHARE_ASK_MARK = 1L << 5;

  /** The pre-check families {@code line} holds, as the {@code _MARK} bits. */
  static long marks(String line) {
    return FRAGMENTS.inLowerCased(line);
  }

  /** A cheap pre-check for {@link #ATTRIBUTION}: every one of its phrases holds one of these. */
  static boolean mayBeAttribution(String line) {
    return line.contains("saw") || line.contains("SAW") || line.contains("ound this") || line.contains("OUND THIS")
        || line.contains("eference") || line.contains("EFERENCE");
  }

  private static final Set<String> MENU_WORDS =
      Set.of(
          "apply", "now", "save", "share", "report", "print", "email", "e-mail", "send", "friend", "a", "to", "this",
          "the", "job", "jobs", "listing", "listings", "with", "your", "profile", "quick", "easy", "back", "return",
          "view", "all", "more", "home", "about", "contact", "us", "terms", "privacy", "policy", "pricing", "post",
          "employers", "employer", "advertise", "help", "faq", "login", "log", "in", "out", "sign", "up", "register",
          "unsubscribe", "update", "preferences", "manage", "subscription", "facebook", "linkedin", "twitter", "x",
          "whatsapp", "instagram", "tweet", "copy", "link", "search", "browse", "find", "alert", "alerts", "create",
          "seekers", "resources", "blog", "careers", "of", "use", "cookies", "settings", "sitemap", "accessibility",
          "for", "on", "and", "our");
  private static final Set<String> MENU_ACTIONS =
      Set.of(
          "apply", "save", "share", "report", "print", "email", "send", "return", "back", "view", "search", "browse",
          "unsubscribe", "update", "manage", "sign", "log", "login", "register", "post", "advertise", "contact", "copy",
          "tweet");
  private static final int MAX_MENU_CHARS = 120;

  /**
   * Whether {@code line} is a row of menu entries or buttons: "Apply | Save | Share",
   * "Board · About · Post a Job · Terms", "[Apply Now] [Save Job]". Most of its separated
   * segments (or, with no separators, all of its words with two or more actions) are the
   * vocabulary of site menus; a row of job facts ("Boston, MA | Full-time") is not.
   */
  static boolean isMenuRow(String line) {
    if (line.length() > MAX_MENU_CHARS) {
      return false;
    }
    int segments = 0;
    int menuSegments = 0;
    int actions = 0;
    int start = 0;
    for (int i = 0; i <= line.length(); i++) {
      char c = i < line.length() ? line.charAt(i) : '|';
      if (c == '|' || c == '\u00b7' || c == '\u2022' || c == '[' || c == ']' || c == '<' || c == '>' || c == ':'
          || c == '\u203a' || c == '\u00bb') {
        int from = start;
        start = i + 1;
        if (isBlank(line, from, i)) {
          continue;
        }
        segments++;
        int segmentActions = menuActions(line, from, i);
        if (segmentActions >= 0) {
          menuSegments++;
          actions += segmentActions;
        }
      }
    }
    if (segments == 1) {
      return menuSegments == 1 && actions >= 2;
    }
    return segments >= 2 && menuSegments >= 2 && menuSegments * 5 >= segments * 3;
  }

  private static boolean isBlank(String line, int from, int to) {
    for (int i = from; i < to; i++) {
      if (!Character.isWhitespace(line.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  // Read in place rather than from a copy of the segment: this runs on most short lines.
  // The number of actions in line[from, to) when all its words are menu words; -1 otherwise.
  private static int menuActions(String line, int from, int to) {
    int words = 0;
    int actions = 0;
    int i = from;
    while (i < to) {
      while (i < to && (Character.isWhitespace(line.charAt(i)) || line.charAt(i) == ',')) {
        i++;
      }
      int start = i;
      while (i < to && !Character.isWhitespace(line.charAt(i)) && line.charAt(i) != ',') {
        i++;
      }
      if (i == start) {
        break;
      }
      int kind = menuWordKind(line, start, i);
      if (++words > 10 || kind < 0) {
        return -1;
      }
      actions += kind;
    }
    return words > 0 ? actions : -1;
  }

  private static final WordSet MENU_WORD_SET = WordSet.of(MENU_WORDS.toArray(new String[0]));
  private static final WordSet MENU_ACTION_SET = WordSet.of(MENU_ACTIONS.toArray(new String[0]));

  // 1 for a menu action, 0 for another menu word, -1 for anything else: what looking the
  // lower-cased word line[start, end) up in MENU_WORDS and MENU_ACTIONS gives. On ASCII the
  // token sets decide without a copy; a word past ASCII is looked up lower-cased.
  private static int menuWordKind(String line, int start, int end) {
    for (int k = start; k < end; k++) {
      if (line.charAt(k) >= 128) {
        String w = line.substring(start, end).toLowerCase(Locale.ROOT);
        return !MENU_WORDS.contains(w) ? -1 : MENU_ACTIONS.contains(w) ? 1 : 0;
      }
    }
    return !MENU_WORD_SET.matchesToken(line, start, end) ? -1 : MENU_ACTION_SET.matchesToken(line, start, end) ? 1 : 0;
  }

  /** Cheap pre-checks: each pattern they guard needs one of these fragments. */
  static boolean mayBeBreadcrumb(String line) {
    return line.contains(" > ") || line.indexOf('\u203a') >= 0 || line.indexOf('\u00bb') >= 0;
  }

  static boolean mayBeRegistration(String line) {
    return line.contains("egister") || line.contains("imited by") || line.contains("EGISTER");
  }

  static boolean mayBeCopyright(String line) {
    return line.indexOf('\u00a9') >= 0 || line.contains("opyright") || line.contains("(c)") || line.contains("(C)")
        || line.contains("ights reserved") || line.contains("IGHTS RESERVED");
  }

  /** {@link #JOB_LIST_ENTRY} matches whole lines only, so a match ends with one of its words. */
  static boolean mayBeJobListEntry(String line) {
    return endsWithIgnoreCase(line, "jobs") || endsWithIgnoreCase(line, "openings") || endsWithIgnoreCase(line, "vacancies");
  }

  /**
   * {@link #MASTHEAD} opens with a domain: two to forty letters, digits or hyphens up to the
   * line's first dot (the name part cannot hold one). It also needs a space right before the dash
   * between domain and tagline.
   */
  static boolean mayBeMasthead(String line) {
    int dot = line.indexOf('.');
    if (dot < 2 || dot > 40) {
      return false;
    }
    for (int i = 0; i < dot; i++) {
      char c = line.charAt(i);
      if (!(c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '-')) {
        return false;
      }
    }
    for (int i = line.indexOf(' '); i >= 0 && i + 1 < line.length(); i = line.indexOf(' ', i + 1)) {
      char next = line.charAt(i + 1);
      if (next == '-' || next == '\u2013' || next == '\u2014') {
        return true;
      }
    }
    return false;
  }

  // Folds case at least as widely as (?i), so it never rules out a line the pattern accepts.
  private static boolean endsWithIgnoreCase(String line, String word) {
    return line.regionMatches(true, line.length() - word.length(), word, 0, word.length());
  }

  static boolean mayBeShareAsk(String line) {
    return line.contains("hare") || line.contains("irculat") || line.contains("orward") || line.contains("pread")
        || line.contains("pass") || line.contains("HARE");
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
