package io.jobstream.enrich.extract;

/**
 * An extracted value and the phrase it came from.
 *
 * @param value the normalised value, never null
 * @param evidence the phrase from the page, never null
 */
public record Found(String value, String evidence) {

  /** The value of {@code f}, or null when nothing was found. */
  public static String valueOf(Found f) {
    return f == null ? null : f.value();
  }

  /** A value whose evidence is the value itself; null in, null out. */
  public static Found of(String value) {
    return value == null || value.isBlank() ? null : new Found(value.strip(), value.strip());
  }
}
