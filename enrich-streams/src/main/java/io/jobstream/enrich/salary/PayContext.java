package io.jobstream.enrich.salary;

import io.jobstream.enrich.text.WordSet;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the words around a money phrase: the sentence before it, the clause after it and the
 * heading above it. Decides whether the sum is this job's pay and finds its period and notes.
 */
final class PayContext {
  private static final int BEFORE = 160;
  private static final int AFTER = 120;
  private static final int NEAR_AFTER = 30;
  // "Pay: $50,000 per year Benefits: 401(k)": a new "Label:" ends what the amount is about.
  private static final Pattern NEXT_LABEL = Pattern.compile(" [A-Z][a-z]{2,20}(?: [A-Za-z][a-z]{1,20})?:");

  static final Pattern PAY_WORD =
      Pattern.compile(
          "(?i)\\b(?:salary|salaries|compensation|pay|pays|paid|wages?|rate|range|earn(?:s|ing)?"
              + "|starting|starts|annual|hourly|base|ote|budgeted|day rate|daily rate)\\b");
  // Every PAY_WORD match is one of these tokens ("day rate" holds "rate"); most text holds none.
  private static final WordSet PAY_WORDS =
      WordSet.of("salary", "salaries", "compensation", "pay", "pays", "paid", "wage", "wages", "rate", "range", "earn",
          "earns", "earning", "starting", "starts", "annual", "hourly", "base", "ote", "budgeted");
  // "Our entry-level canvassers start at $20/hour": pay that other workers already get.
  static final Pattern OTHER_WORKERS =
      Pattern.compile(
          "(?i)\\b(?:our|other|current|existing|all|most|many) (?:[\\w-]+ ){0,2}?([a-z]+(?:ers|ors|ists|ants|ees|ives|ians|ses|ffs|ows|ns))"
              + " (?:start|earn|make|are paid|receive|get|typically|currently)");
  private static final Pattern CODE_BEFORE = Pattern.compile("\\b(USD|CAD|AUD)\\b");
  private static final Pattern NOT_PAY =
      Pattern.compile(
          "(?i)\\b(?:standard|won|wins|members?(?! (?:earn|make|are paid|get paid|receive))|membership|stipends?|allowances?|budgets?|reimburs\\w*"
              + "|retirement|401\\(?k\\)?|403\\(?b\\)?|contributions?|bonus(?:es)?|funding|funds?|raised"
              + "|revenue|millions?|billions?|grants?|awards?|donat\\w*|donors?|tuition|deductible|match(?:ing)?"
              + "|savings|fees?|worth|invest\\w*|assets|dues|phone|scholarships?|prizes?|sign-on|signing"
              + "|relocation|commissions?|tips|loans?|price|spend|per member|users|customers|per diem|diem|gifts?|give|chip"
              + "|endowment|referral)\\b");
  // Every NOT_PAY match is one of these tokens ("401(k)" holds "401", "per diem" holds "diem").
  private static final WordSet NOT_PAY_WORDS =
      WordSet.of("standard", "won", "wins", "member", "members", "membership", "stipend", "stipends", "allowance",
          "allowances", "budget", "budgets", "reimburs*", "retirement", "401*", "403*", "contribution", "contributions",
          "bonus", "bonuses", "funding", "fund", "funds", "raised", "revenue", "million", "millions", "billion",
          "billions", "grant", "grants", "award", "awards", "donat*", "donor", "donors", "tuition", "deductible",
          "match", "matching", "savings", "fee", "fees", "worth", "invest*", "assets", "dues", "phone", "scholarship",
          "scholarships", "prize", "prizes", "sign", "signing", "relocation", "commission", "commissions", "tips",
          "loan", "loans", "price", "spend", "users", "customers", "diem", "gift", "gifts", "give", "chip",
          "endowment", "referral");
  private static final Pattern PERIOD_AFTER =
      Pattern.compile(
          "(?i)\\s{0,3}(?:\\([^()]{0,80}\\)\\s{0,3})?(?:/\\s?|per |an? |each )?"
              + "(hours?|hr|hrs|hourly|years?|yr|annum|annually|annual|months?|mo|monthly|weeks?|wk|weekly|days?|daily|p\\.?\\s?a|ph|p/hr?)\\b");
  static final Pattern PERIOD_BEFORE =
      Pattern.compile("(?i)\\b(hourly|annual|annually|yearly|monthly|weekly|daily|day rate)\\b");
  private static final Pattern UP_TO = Pattern.compile("(?i)(?:up to|maximum of|max\\.?|not to exceed|as much as|^\\W{0,3}(?:\\w+ )?to)\\s{0,2}$");
  private static final Pattern FROM = Pattern.compile("(?i)(?:from|starting at|starts at|at least|minimum of|min\\.?)\\s{0,2}$");
  static final Pattern PAY_HEADING = Pattern.compile("(?i).{0,30}\\b(?:salary|compensation|pay|wages?|rate)\\b.{0,30}");
  // Every PAY_HEADING match holds one of these tokens.
  private static final WordSet HEADING_WORDS = WordSet.of("salary", "compensation", "pay", "wage", "wages", "rate");
  static final Pattern NOTE =
      Pattern.compile(
          "(?i)(?:plus|\\+|with|and) [^.;()]{0,60}?(?:differential|bonus(?:es)?|commission|equity|overtime|premium|tips)");
  // Every NOTE match holds one of these (as part of a word or whole), in some casing.
  private static final String[] NOTE_KEYWORDS = {"differential", "bonus", "commission", "equity", "overtime", "premium", "tips"};
  // Every OTHER_WORKERS match holds a token of each set (its verb may go on: "starts", "earning");
  // every PERIOD_BEFORE match a token of the last.
  private static final WordSet OTHER_WORKERS_FIRST = WordSet.of("our", "other", "current", "existing", "all", "most", "many");
  private static final WordSet OTHER_WORKERS_VERB =
      WordSet.of("start*", "earn*", "make*", "are", "receive*", "get*", "typically*", "currently*");
  private static final WordSet PERIOD_BEFORE_WORDS =
      WordSet.of("hourly", "annual", "annually", "yearly", "monthly", "weekly", "daily", "rate");
  static final Pattern DOE =
      Pattern.compile("(?i)depend\\w* (?:up)?on (?:\\w+ ){0,2}experience|based on (?:\\w+ ){0,3}experience|\\bDOE\\b|commensurate with (?:\\w+ ){0,2}experience");

  final String before;
  final String after;
  final String clause;
  final boolean headed;
  // periodAfter(), read once: the scoring and the building of a sum both ask for it.
  private Matcher periodAfter;
  private boolean periodAfterRead;

  PayContext(String line, Money money, String previousLine) {
    this.before = fromLastLabel(sentenceBefore(line, money.start()));
    this.after = clauseAfter(line, money.end());
    this.clause = before + line.substring(money.start(), money.end()) + after;
    this.headed = previousLine != null && previousLine.length() <= 60 && mayBeHeading(previousLine)
        && PAY_HEADING.matcher(previousLine).matches();
  }

  /** Whether {@code text} names pay anywhere (a cheap pre-check for lines with no currency mark). */
  static boolean hasPayWord(String text) {
    // Each PAY_WORD alternative holds a whole word of PAY_WORDS between word boundaries ("day
    // rate" holds "rate"), so on ASCII text, where the token check is exact, it decides alone.
    return PAY_WORDS.anyIn(text) && (WordSet.isAscii(text) || PAY_WORD.matcher(text).find());
  }

  /** Whether a pay word labels the amount directly ("Salary: 28,000", "pays 30,000"). */
  boolean labelled() {
    return hasPayWord(before.substring(Math.max(0, before.length() - 25))) || headed && before.isBlank();
  }

  /** Whether the period after the amount is a rate ("per hour", "/yr", "a year"), not a length ("15 hours"). */
  boolean rateAfter() {
    Matcher m = periodAfter();
    if (m == null) {
      return false;
    }
    String word = m.group(1).toLowerCase(Locale.ROOT);
    return !m.group().strip().equals(m.group(1)) || word.endsWith("ly") || word.equals("annum") || word.startsWith("p");
  }

  boolean hasPayWord() {
    return hasPayWord(before) || headed;
  }

  // After the amount only the next few words say what the money is ("$20/hour standard",
  // "$2,000 stipend"); further on, a sentence about pay often goes on to list benefits.
  boolean isOtherMoney() {
    String next = stripNotes(after);
    Matcher period = PERIOD_AFTER.matcher(next);
    int from = period.lookingAt() ? period.end() : 0;
    next = next.substring(from, Math.min(next.length(), from + NEAR_AFTER));
    Matcher label = NEXT_LABEL.matcher(next);
    if (label.find()) {
      next = next.substring(0, label.start());
    }
    // "$26 - $30 per hour, with mileage reimbursed": past a comma or semicolon the words are
    // about something else; "$500 stipend" and "$20/hour standard" name their money at once.
    int clauseEnd = indexOfAny(next, ",;");
    if (clauseEnd >= 0) {
      next = next.substring(0, clauseEnd);
    }
    return isNotPay(before) || isNotPay(next);
  }

  private static boolean isNotPay(String text) {
    return NOT_PAY_WORDS.anyIn(text) && NOT_PAY.matcher(text).find();
  }

  private static int indexOfAny(String s, String chars) {
    for (int i = 0; i < s.length(); i++) {
      if (chars.indexOf(s.charAt(i)) >= 0) {
        return i;
      }
    }
    return -1;
  }

  /** The period stated right after the amount (and how far it reaches), or null. */
  Matcher periodAfter() {
    if (!periodAfterRead) {
      Matcher m = PERIOD_AFTER.matcher(after);
      periodAfter = m.lookingAt() ? m : null;
      periodAfterRead = true;
    }
    return periodAfter;
  }

  Period periodBefore() {
    if (!mayNamePeriod(before)) {
      return null;
    }
    Matcher m = PERIOD_BEFORE.matcher(before);
    Period p = null;
    while (m.find()) {
      p = Period.fromWord(m.group(1));
    }
    return p;
  }

  /** The plural workers whose existing pay the sentence states ("canvassers"), or null. */
  String otherWorkers() {
    if (!mayNameOtherWorkers(before)) {
      return null;
    }
    Matcher m = OTHER_WORKERS.matcher(before);
    return m.find() ? m.group(1) : null;
  }

  /** A dollar currency code named just before the amount ("Salary range (CAD): $76,400"), or null. */
  String codeBefore() {
    if (!before.contains("USD") && !before.contains("CAD") && !before.contains("AUD")) {
      return null;
    }
    Matcher m = CODE_BEFORE.matcher(before);
    String code = null;
    while (m.find()) {
      code = m.group(1);
    }
    return code;
  }

  boolean upTo() {
    return UP_TO.matcher(before).find();
  }

  boolean from() {
    return FROM.matcher(before).find();
  }

  /** Differentials, bonuses and "depends on experience", joined with "; "; or null. */
  String notes() {
    StringBuilder sb = new StringBuilder();
    String lower = clause.toLowerCase(Locale.ROOT);
    if (mayHoldNote(lower)) {
      Matcher m = NOTE.matcher(clause);
      while (m.find()) {
        append(sb, m.group().replaceFirst("^(?i)and ", "").replace("*", "").strip());
      }
    }
    if (maySayDoe(lower) && DOE.matcher(clause).find()) {
      append(sb, "depends on experience");
    }
    return sb.length() == 0 ? null : sb.toString();
  }

  private static void append(StringBuilder sb, String note) {
    if (sb.indexOf(note) < 0) {
      sb.append(sb.length() == 0 ? "" : "; ").append(note);
    }
  }

  // A differential or bonus named after the amount qualifies the pay; it does not disqualify it.
  private static String stripNotes(String after) {
    return mayHoldNote(after.toLowerCase(Locale.ROOT)) ? NOTE.matcher(after).replaceAll(" ") : after;
  }

  // Cheap pre-checks, each true wherever its pattern matches (PayContextPreChecksTest checks them).
  static boolean mayBeHeading(String line) {
    return HEADING_WORDS.anyIn(line);
  }

  static boolean mayNamePeriod(String text) {
    return PERIOD_BEFORE_WORDS.anyIn(text);
  }

  static boolean mayNameOtherWorkers(String text) {
    return OTHER_WORKERS_FIRST.anyIn(text) && OTHER_WORKERS_VERB.anyIn(text);
  }

  // Every DOE match holds "experience" or "doe" in some casing; lower is lower-cased with Locale.ROOT.
  static boolean maySayDoe(String lower) {
    return lower.contains("experience") || lower.contains("doe");
  }

  // Whether lower (a text lower-cased with Locale.ROOT) holds a NOTE opening and keyword: where
  // the ASCII case-insensitive NOTE matches, lower-casing turns what it matched into these.
  static boolean mayHoldNote(String lower) {
    if (!lower.contains("and ") && !lower.contains("with ") && !lower.contains("plus ") && !lower.contains("+ ")) {
      return false;
    }
    for (String keyword : NOTE_KEYWORDS) {
      if (lower.contains(keyword)) {
        return true;
      }
    }
    return false;
  }

  // "Perks: bonus structure Job Type: Full-time Pay: $50,000": only the last label speaks of this sum.
  private static String fromLastLabel(String before) {
    if (before.indexOf(':') < 0) {
      return before; // every label ends in a colon
    }
    Matcher m = NEXT_LABEL.matcher(before);
    int last = -1;
    while (m.find()) {
      last = m.start();
    }
    return last < 0 ? before : before.substring(last);
  }

  private static String sentenceBefore(String line, int start) {
    int from = Math.max(0, start - BEFORE);
    for (int i = start - 2; i > from; i--) {
      char c = line.charAt(i);
      if ((c == '.' || c == ';' || c == '!' || c == '?') && line.charAt(i + 1) == ' ') {
        return line.substring(i + 1, start);
      }
    }
    return line.substring(from, start);
  }

  private static String clauseAfter(String line, int end) {
    int to = Math.min(line.length(), end + AFTER);
    for (int i = end; i < to; i++) {
      char c = line.charAt(i);
      boolean stop = c == ';' || c == '!' || c == '?' || c == '.' && (i + 1 == line.length() || line.charAt(i + 1) == ' ');
      if (stop) {
        return line.substring(end, i);
      }
    }
    return line.substring(end, to);
  }
}
