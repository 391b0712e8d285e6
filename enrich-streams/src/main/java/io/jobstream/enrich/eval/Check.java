package io.jobstream.enrich.eval;

/**
 * One scored comparison: a field of one page, or one mustKeep/mustRemove phrase.
 *
 * @param file the page's gold {@code file}
 * @param field the field name ({@code title}, {@code location.region}, {@code mustKeep}, ...)
 * @param right whether the enricher got it right
 * @param expected the gold value as text
 * @param actual what the enricher produced, as text
 * @param payWhereNone whether this is a salary reported where the gold says none is stated
 */
public record Check(String file, String field, boolean right, String expected, String actual, boolean payWhereNone) {
  /** A plain check (not a pay-where-none miss). */
  public static Check of(String file, String field, boolean right, String expected, String actual) {
    return new Check(file, field, right, expected, actual, false);
  }
}
