package io.jobstream.enrich.clean;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * Decides whether an HTML element is page furniture rather than posting text, from its tag and
 * from the words in its id, class, role and aria-label. Returns the removal kind or null.
 */
final class HtmlBoilerplate {
  private static final Set<String> SCRIPT_TAGS =
      Set.of("script", "style", "noscript", "template", "svg", "iframe", "object", "canvas");
  private static final Set<String> NAV_TAGS = Set.of("nav", "header", "footer", "menu", "dialog");
  private static final Set<String> FORM_TAGS =
      Set.of("form", "button", "input", "select", "textarea", "label", "option", "fieldset");
  private static final Set<String> NAV_ROLES =
      Set.of("navigation", "banner", "contentinfo", "menu", "menubar", "search", "dialog");
  private static final Set<String> SKIPPED_SILENTLY = Set.of("head", "link", "meta", "base");

  // Each alternative is a plain word; no nested quantifiers.
  private static final Pattern EEO =
      Pattern.compile("eeoc?\\b|eeoc?[_-]|demographic|self[_-]?ident|voluntary[_-]|veteran|disability[_-]?(form|status)");
  private static final Pattern SIMILAR =
      Pattern.compile("similar|related[_-]?(jobs|posts|positions)|people[_-]?also|recommended[_-]?jobs|more[_-]jobs|other[_-]jobs");
  private static final Pattern COOKIE = Pattern.compile("cookie|consent|gdpr|onetrust|privacy[_-]?banner");
  private static final Pattern NAV = Pattern.compile("breadcrumb|navbar|site[_-]?nav|skip[_-]?link|site[_-]header|site[_-]footer");

  private HtmlBoilerplate() {}

  /** The removal kind for {@code el}, {@code ""} to drop it without audit, or null to keep it. */
  static String kindOf(Element el) {
    String tag = el.normalName();
    if (SCRIPT_TAGS.contains(tag)) {
      return Removals.SCRIPT_STYLE;
    }
    if (SKIPPED_SILENTLY.contains(tag)) {
      return "";
    }
    if (NAV_TAGS.contains(tag) || NAV_ROLES.contains(el.attr("role").toLowerCase(Locale.ROOT))) {
      return Removals.NAVIGATION;
    }
    if (FORM_TAGS.contains(tag)) {
      return Removals.APPLY_WIDGET;
    }
    if (tag.equals("body") || tag.equals("html") || tag.equals("main")) {
      return null;
    }
    String names = names(el);
    if (names.isEmpty()) {
      return null;
    }
    if (EEO.matcher(names).find()) {
      return Removals.EEO_FORM;
    }
    if (SIMILAR.matcher(names).find()) {
      return Removals.SIMILAR_JOBS;
    }
    if (COOKIE.matcher(names).find() || NAV.matcher(names).find()) {
      return Removals.NAVIGATION;
    }
    return null;
  }

  private static String names(Element el) {
    String id = el.id();
    String cls = el.className();
    String aria = el.attr("aria-label");
    if (id.isEmpty() && cls.isEmpty() && aria.isEmpty()) {
      return "";
    }
    String all = id + " " + cls + " " + aria.replace(' ', '-');
    // Class lists of utility CSS frameworks can be huge; the meaning is in the first words.
    return (all.length() > 300 ? all.substring(0, 300) : all).toLowerCase(Locale.ROOT);
  }
}
