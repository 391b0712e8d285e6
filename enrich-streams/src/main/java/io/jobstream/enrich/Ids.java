package io.jobstream.enrich;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;

/** Stable posting ids and content hashes (SHA-256, lowercase hex). */
final class Ids {
  private Ids() {}

  /** Lowercase hex SHA-256 of the UTF-8 bytes of {@code text}. */
  static String sha256(String text) {
    try {
      MessageDigest md = (MessageDigest) SHA256.clone();
      return HexFormat.of().formatHex(md.digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (CloneNotSupportedException e) {
      throw new IllegalStateException("SHA-256 digest is cloneable", e);
    }
  }

  private static final MessageDigest SHA256;

  static {
    try {
      SHA256 = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }

  /**
   * The id of a posting at {@code url}: the hash of the URL with scheme and host lower-cased and
   * the fragment and a trailing slash dropped, so trivially different spellings agree.
   */
  static String fromUrl(String url) {
    return sha256(canonical(url));
  }

  static String canonical(String url) {
    String u = url.strip();
    try {
      URI uri = new URI(u);
      if (uri.getScheme() != null && uri.getHost() != null) {
        String path = uri.getRawPath() == null ? "" : uri.getRawPath();
        if (path.endsWith("/")) {
          path = path.substring(0, path.length() - 1);
        }
        String query = uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery();
        String port = uri.getPort() < 0 ? "" : ":" + uri.getPort();
        return uri.getScheme().toLowerCase(Locale.ROOT) + "://" + uri.getHost().toLowerCase(Locale.ROOT) + port + path + query;
      }
    } catch (URISyntaxException e) {
      // Not a strict URI; the trimmed string is still a stable key.
    }
    int hash = u.indexOf('#');
    return hash < 0 ? u : u.substring(0, hash);
  }
}
