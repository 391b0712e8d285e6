package io.jobstream.enrich.clean;

import java.util.Locale;
import org.jsoup.nodes.Document;

/**
 * The site a page belongs to, by the host of its address, for telling the site's own links
 * (menus, related searches, page numbers) from links out (an employer's handbook). Read by hand
 * rather than with {@link java.net.URI}, which refuses the malformed addresses scraped pages hold.
 *
 * @param host the host of the page's address, or null when the page came without one
 */
record OwnSite(String host) {
  /** The site of {@code doc}, from its location; a document without one has no host. */
  static OwnSite of(Document doc) {
    String location = doc == null ? "" : doc.location();
    int scheme = location.indexOf("://");
    String host = scheme < 0 ? "" : hostOf(location.substring(scheme + 3));
    return new OwnSite(host.isEmpty() ? null : host);
  }

  /**
   * Whether {@code href} leads within this site: an address relative to the page, a script, or
   * an absolute one on this host. Mail and phone links, and any address when the page has no
   * host, lead out.
   */
  boolean holds(String href) {
    String h = href.strip();
    if (h.startsWith("//")) {
      return isHost(hostOf(h.substring(2)));
    }
    int colon = schemeEnd(h);
    if (colon < 0) {
      return true; // relative: no scheme before the first slash
    }
    String scheme = h.substring(0, colon).toLowerCase(Locale.ROOT);
    if (scheme.equals("javascript")) {
      return true;
    }
    boolean web = (scheme.equals("http") || scheme.equals("https")) && h.startsWith("//", colon + 1);
    return web && isHost(hostOf(h.substring(colon + 3)));
  }

  private boolean isHost(String other) {
    return host != null && host.equalsIgnoreCase(other);
  }

  // Where the scheme of an address ends (its colon), or -1 when it has none: a letter, then
  // letters, digits, "+", "-" or ".", up to the first colon.
  private static int schemeEnd(String h) {
    for (int i = 0; i < h.length(); i++) {
      char c = h.charAt(i);
      if (c == ':') {
        return i > 0 ? i : -1;
      }
      boolean letter = c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
      if (!(letter || i > 0 && (c >= '0' && c <= '9' || c == '+' || c == '-' || c == '.'))) {
        return -1;
      }
    }
    return -1;
  }

  // The host at the start of an address's authority ("user@host:port/path" gives "host").
  private static String hostOf(String authorityAndRest) {
    int end = authorityAndRest.length();
    for (int i = 0; i < authorityAndRest.length(); i++) {
      char c = authorityAndRest.charAt(i);
      if (c == '/' || c == '?' || c == '#') {
        end = i;
        break;
      }
    }
    String authority = authorityAndRest.substring(0, end);
    String host = authority.substring(authority.lastIndexOf('@') + 1);
    int port = host.lastIndexOf(':');
    return port >= 0 && host.indexOf(']') < port ? host.substring(0, port) : host;
  }
}
