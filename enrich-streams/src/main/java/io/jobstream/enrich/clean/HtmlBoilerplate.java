package io.jobstream.enrich.clean;

import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Decides whether an HTML element is page furniture rather than posting text, from its tag,
 * from the words in its id, class, role, aria-label and the data attributes that applicant
 * trackers name their parts with, and from the heading that opens it. Returns the removal kind
 * or null. Every check looks at the element itself and at most its first child, so a walk over
 * the whole page stays linear.
 */
final class HtmlBoilerplate {
  private static final Set<String> NAV_ROLES =
      Set.of("navigation", "banner", "contentinfo", "menu", "menubar", "search", "dialog", "alertdialog", "alert");
  /** Data attributes applicant trackers use to name the parts of a page. */
  private static final String[] DATA_NAMES = {"data-automation-id", "data-ui", "data-testid", "data-section"};
  private static final int MAX_HEADING_CHARS = 90;

  // Each alternative is a plain word or a word with an optional separator; no nested quantifiers.
  private static final Pattern EEO =
      Pattern.compile("eeoc?\\b|eeoc?[_-]|demographic|self[_-]?ident|voluntary[_-]|veteran|disability[_-]?(form|status)");
  private static final Pattern SIMILAR =
      Pattern.compile("similar|related[_-]?(jobs|posts|positions)|people[_-]?also|recommended[_-]?jobs|more[_-]jobs|other[_-]jobs"
          + "|you[_-]?might[_-]?(also[_-]?)?like|recent[_-]?jobs|latest[_-]?jobs");
  private static final Pattern COOKIE = Pattern.compile("cookie|consent|gdpr|onetrust|privacy[_-]?banner");
  /** A class-named footer: its short lines go, a paragraph in it (an employer's notice) stays. */
  private static final Pattern FOOTER = Pattern.compile("footer");
  private static final Pattern HIDDEN = Pattern.compile("(^|\\s)(ng-hide|d-none|is-hidden|hidden)(\\s|$)");
  private static final Pattern NAV =
      Pattern.compile("breadcrumb|navbar|site[_-]?nav|skip[_-]?link|site[_-]header|topbar|top[_-]bar|utility[_-]?bar"
          + "|ticker|announcement|promo[_-]?bar|disclaimer|quick[_-]?exit|(^|[ _-])alert(\\b|[_-])");
  /** Calls to give, sign up or subscribe: a campaign's or a board's, not the job's. */
  private static final Pattern APPEAL =
      Pattern.compile("donat|contribut|give[_-]?box|chip[_-]?in|fundrais|sign[_-]?up|newsletter|subscri|mailing[_-]?list");
  private static final Pattern APPLY =
      Pattern.compile("apply[_-]?(btn|button|bar|box|widget)|application[_-]?form|autofill|upload|dropzone|captcha"
          + "|resume[_-]?pars|share[_-]?(button|bar|box|links)|social[_-]?share");
  private static final Pattern TRACKING = Pattern.compile("(^|[ _-])(job|listing)[_-]?ref(\\b|[_-])|requisition[_-]?id|requisitionid|tracking[_-]?id");
  private static final Pattern ATTRIBUTION = Pattern.compile("(^|[ _-])attribution(\\b|[_-])");
  /**
   * A necessary condition for every pattern above: a fragment each of them needs. Checked
   * first, by one pass over the names, so that the many elements with ordinary names are cheap.
   */
  private static final String[] NAME_FRAGMENTS = {
    // 0-5: self-identification forms
    "eeo", "demograph", "self", "volunt", "veteran", "disab",
    // 6-14: other jobs
    "similar", "related", "people", "recommend", "more", "other", "might", "recent", "latest",
    // 15-23: apply widgets
    "apply", "application", "autofill", "upload", "dropzone", "captcha", "resume", "share", "social",
    // 24-27: tracking ids; 28: attribution
    "job", "listing", "requisition", "tracking", "attribution",
    // 29-33: cookie banners; 34-45: navigation; 46-54: appeals
    "cookie", "consent", "gdpr", "onetrust", "privacy", "breadcrumb", "nav", "skip", "site", "top", "utility",
    "ticker", "announce", "promo", "disclaim", "quick", "alert", "donat", "contribut", "give", "chip",
    "fundrais", "sign", "newsletter", "subscri", "mailing",
    // 55: footers
    "footer"
  };
  private static final long EEO_BITS = bits(0, 6);
  private static final long SIMILAR_BITS = bits(6, 15);
  private static final long APPLY_BITS = bits(15, 24);
  private static final long TRACKING_BITS = bits(24, 28);
  private static final long ATTRIBUTION_BITS = bits(28, 29);
  private static final long COOKIE_BITS = bits(29, 34);
  private static final long NAV_BITS = bits(34, 46);
  private static final long APPEAL_BITS = bits(46, 55);
  private static final long FOOTER_BITS = bits(55, 56);
  private static final int PREFIX_SLOTS = 4096;
  // For each hash of a three-character prefix, the fragments (as bits) that start with it.
  private static final long[] FRAGMENTS_BY_PREFIX = new long[PREFIX_SLOTS];

  static {
    for (int f = 0; f < NAME_FRAGMENTS.length; f++) {
      FRAGMENTS_BY_PREFIX[prefixSlot(NAME_FRAGMENTS[f], 0)] |= 1L << f;
    }
  }

  private static int prefixSlot(String s, int i) {
    return (s.charAt(i) * 961 + s.charAt(i + 1) * 31 + s.charAt(i + 2)) & (PREFIX_SLOTS - 1);
  }

  // Which of NAME_FRAGMENTS names holds, as a bit mask: one table look-up per character, and a
  // comparison only with the fragments whose prefix hashes alike.
  private static long fragments(String names) {
    long found = 0;
    for (int i = 0; i + 3 <= names.length(); i++) {
      for (long candidates = FRAGMENTS_BY_PREFIX[prefixSlot(names, i)]; candidates != 0; candidates &= candidates - 1) {
        int f = Long.numberOfTrailingZeros(candidates);
        if (names.startsWith(NAME_FRAGMENTS[f], i)) {
          found |= 1L << f;
        }
      }
    }
    return found;
  }

  // The bits of the fragments from index from (inclusive) to to (exclusive).
  private static long bits(int from, int to) {
    return (1L << to) - (1L << from);
  }

  // Marks "no kind" in a cache that cannot hold null values.
  private static final String NO_KIND = new String("-");
  private static final int REMEMBERED_NAMES = 20_000;
  private static final Map<String, String> BY_NAMES = new ConcurrentHashMap<>();
  private static final Map<String, String> BY_CLASS = new ConcurrentHashMap<>();

  /** Kind returned for a class-named footer, walked in footer mode by {@link HtmlLines}. */
  static final String FOOTER_KIND = "footer";

  private HtmlBoilerplate() {}

  /**
   * The removal kind for {@code el}, {@code ""} to drop it without audit, or null to keep it.
   * {@code keepChrome} marks a header that holds the page's main heading: it is walked into
   * instead of dropped.
   */
  static String kindOf(Element el, boolean keepChrome) {
    return kindOf(el, Tags.of(el.normalName()), keepChrome);
  }

  /** As {@link #kindOf(Element, boolean)}, for an element whose {@link Tags} bits are {@code tag}. */
  static String kindOf(Element el, int tag, boolean keepChrome) {
    if ((tag & Tags.SCRIPT) != 0) {
      return Removals.SCRIPT_STYLE;
    }
    if ((tag & Tags.SILENT) != 0) {
      return "";
    }
    Named named = Named.of(el);
    if (!keepChrome
        && ((tag & Tags.CHROME) != 0 || !named.role().isEmpty() && NAV_ROLES.contains(named.role().toLowerCase(Locale.ROOT)))) {
      return Removals.NAVIGATION;
    }
    if ((tag & Tags.FORM) != 0) {
      return Removals.APPLY_WIDGET;
    }
    if ((tag & Tags.FRAME) != 0 || keepChrome) {
      return null;
    }
    // A divider's content is decoration (ARIA makes it presentational): Indeed fills its
    // separators with a double-escaped "&nbsp;" that would otherwise stand as a line of its own.
    if (named.hidden() || named.role().equalsIgnoreCase("separator")) {
      return "";
    }
    String byName = byNamesRemembered(named);
    if (byName != null) {
      return byName;
    }
    if ((tag & Tags.CONTAINER) == 0) {
      return null;
    }
    return isCaptionedForm(el) ? Removals.APPLY_WIDGET : byOpeningHeading(el);
  }

  /** A block holding only a form and headings over it ("Volunteer sign-up"): the form's caption. */
  private static boolean isCaptionedForm(Element el) {
    int forms = 0;
    for (Element child = el.firstElementChild(); child != null; child = child.nextElementSibling()) {
      String tag = child.normalName();
      if (tag.equals("form")) {
        forms++;
      } else if (!Tags.is(tag, Tags.HEADING)) {
        return false;
      }
    }
    return forms > 0;
  }

  // The verdict for an element's names, remembered across pages: a board's pages repeat the same
  // class lists thousands of times. Most named elements carry a class and no other name, so that
  // class is its own key and no string is built for it. The raw names are the keys, so a verdict
  // remembered costs no lower-casing. Each map is emptied when full, so pages full of generated
  // names ("job-48213") cannot grow it without bound.
  private static String byNamesRemembered(Named named) {
    if (named.id().isEmpty() && named.aria().isEmpty() && named.data().isEmpty()) {
      return named.cls().isEmpty() ? null : remembered(BY_CLASS, named.cls(), named);
    }
    // NUL never reaches an attribute value (the parser replaces it), so the key tells the parts apart.
    return remembered(BY_NAMES, named.id() + '\0' + named.cls() + '\0' + named.aria() + '\0' + named.data(), named);
  }

  private static String remembered(Map<String, String> verdicts, String key, Named named) {
    String byName = verdicts.get(key);
    if (byName == null) {
      byName = Objects.requireNonNullElse(byNames(names(named)), NO_KIND);
      if (verdicts.size() >= REMEMBERED_NAMES) {
        verdicts.clear();
      }
      verdicts.put(key, byName);
    }
    return byName == NO_KIND ? null : byName;
  }

  private static String byNames(String names) {
    // One scan rules out most elements; only a hit runs the patterns in order of precedence.
    long found = names.isEmpty() ? 0 : fragments(names);
    if (found == 0) {
      return null;
    }
    if ((found & EEO_BITS) != 0 && EEO.matcher(names).find()) {
      return Removals.EEO_FORM;
    }
    if ((found & SIMILAR_BITS) != 0 && SIMILAR.matcher(names).find()) {
      return Removals.SIMILAR_JOBS;
    }
    if ((found & APPLY_BITS) != 0 && APPLY.matcher(names).find()) {
      return Removals.APPLY_WIDGET;
    }
    if ((found & TRACKING_BITS) != 0 && TRACKING.matcher(names).find()) {
      return Removals.TRACKING_ID;
    }
    if ((found & ATTRIBUTION_BITS) != 0 && ATTRIBUTION.matcher(names).find()) {
      return Removals.ATTRIBUTION;
    }
    // Each of the three needs a fragment of its own group, so each runs only on a hit there.
    if ((found & COOKIE_BITS) != 0 && COOKIE.matcher(names).find()
        || (found & NAV_BITS) != 0 && NAV.matcher(names).find()
        || (found & APPEAL_BITS) != 0 && APPEAL.matcher(names).find()) {
      return Removals.NAVIGATION;
    }
    return (found & FOOTER_BITS) != 0 ? FOOTER_KIND : null;
  }

  // Markup a reader never sees: the hidden attribute, display:none, hiding classes.
  static boolean isHidden(Element el) {
    return Named.of(el).hidden();
  }

  /**
   * The attributes the rules read, from one pass over an element's attributes: asking for each
   * by name scanned them up to eleven times. Keys are taken as the HTML parser leaves them,
   * lower-case and each once.
   *
   * @param cls the class list, trimmed (as {@link Element#className()} gives it)
   * @param data the values of the {@link #DATA_NAMES} attributes, each after a space, in that order
   * @param hidden whether a reader never sees the element: the hidden attribute, display:none,
   *     or a hiding class
   */
  private record Named(String id, String cls, String role, String aria, String data, boolean hidden) {
    static final Named NONE = new Named("", "", "", "", "", false);

    static Named of(Element el) {
      if (el.attributesSize() == 0) {
        return NONE;
      }
      String id = "";
      String cls = "";
      String role = "";
      String style = "";
      String aria = "";
      String[] data = null;
      boolean hiddenAttr = false;
      for (Attribute a : el.attributes()) {
        String key = a.getKey();
        switch (key) {
          case "id" -> id = a.getValue();
          case "class" -> cls = a.getValue().trim();
          case "role" -> role = a.getValue();
          case "style" -> style = a.getValue();
          case "aria-label" -> aria = a.getValue();
          case "hidden" -> hiddenAttr = true;
          default -> {
            int d = key.startsWith("data-") ? dataIndex(key) : -1;
            if (d >= 0) {
              data = data == null ? new String[DATA_NAMES.length] : data;
              data[d] = a.getValue();
            }
          }
        }
      }
      return new Named(id, cls, role, aria, joined(data), hiddenAttr || hides(style, cls));
    }

    private static int dataIndex(String key) {
      for (int d = 0; d < DATA_NAMES.length; d++) {
        if (DATA_NAMES[d].equals(key)) {
          return d;
        }
      }
      return -1;
    }

    private static String joined(String[] data) {
      if (data == null) {
        return "";
      }
      String joined = "";
      for (String v : data) {
        if (v != null && !v.isEmpty()) {
          joined = joined + " " + v;
        }
      }
      return joined;
    }

    private static boolean hides(String style, String cls) {
      if (!style.isEmpty() && style.replace(" ", "").toLowerCase(Locale.ROOT).contains("display:none")) {
        return true;
      }
      return !cls.isEmpty()
          && cls.length() < 300
          && (cls.contains("hid") || cls.contains("none"))
          && HIDDEN.matcher(cls).find();
    }
  }

  /**
   * A section opened by a heading that names a list of other jobs or a self-identification
   * form is that list or form, whatever its markup: "Jobs you might also like", "Voluntary
   * Disclosures".
   */
  private static String byOpeningHeading(Element el) {
    Element first = el.firstElementChild();
    if (first == null) {
      return null;
    }
    if (!Tags.is(first.normalName(), Tags.HEADING)) {
      // <p><b>Featured jobs</b></p> and <div><strong>..</strong></div> serve as headings too.
      Element inner = first.firstElementChild();
      boolean boldOnly =
          (first.normalName().equals("p") || first.normalName().equals("div"))
              && inner != null
              && (inner.normalName().equals("b") || inner.normalName().equals("strong"))
              && first.childNodeSize() == 1;
      if (!boldOnly) {
        return null;
      }
    }
    String heading = boundedText(first, MAX_HEADING_CHARS);
    if (heading == null || heading.isEmpty()) {
      return null;
    }
    if (LineRules.SIMILAR_HEADING.matches(heading)) {
      return Removals.SIMILAR_JOBS;
    }
    if (LineRules.EEO_FORM_START.matches(heading) || LineRules.EEO_SECTION.matches(heading)) {
      return Removals.EEO_FORM;
    }
    return null;
  }

  /**
   * The text of {@code el} with whitespace collapsed, or null when it is longer than {@code max}
   * characters or spreads over more than a few dozen nodes: headings are short, and giving up
   * early keeps this cheap on hostile markup.
   */
  static String boundedText(Element el, int max) {
    StringBuilder sb = new StringBuilder();
    Node node = el;
    int visited = 0;
    while (node != null) {
      if (++visited > 64) {
        return null;
      }
      if (node instanceof TextNode t) {
        String s = t.text().strip();
        if (!s.isEmpty()) {
          if (sb.length() > 0) {
            sb.append(' ');
          }
          sb.append(s);
          if (sb.length() > max) {
            return null;
          }
        }
      }
      node = next(node, el);
    }
    return sb.toString();
  }

  // Depth-first successor of node inside root, without recursion.
  private static Node next(Node node, Node root) {
    if (node.childNodeSize() > 0) {
      return node.childNode(0);
    }
    Node n = node;
    while (n != root) {
      Node sibling = n.nextSibling();
      if (sibling != null) {
        return sibling;
      }
      n = n.parent();
      if (n == null) {
        return null;
      }
    }
    return null;
  }

  // The names the patterns read: the id, the class, the aria-label as one word, the data names.
  private static String names(Named named) {
    String all = named.id() + " " + named.cls() + " " + named.aria().replace(' ', '-') + named.data();
    // Class lists of utility CSS frameworks can be huge; the meaning is in the first words.
    return (all.length() > 300 ? all.substring(0, 300) : all).toLowerCase(Locale.ROOT);
  }
}
