package io.jobstream.enrich.eval;

/**
 * How often one field was right.
 *
 * @param field the field name
 * @param scored how many comparisons were made
 * @param right how many were right
 */
public record FieldScore(String field, int scored, int right) {
  /** Right as a percentage of scored; 100 when nothing was scored. */
  public double percent() {
    return scored == 0 ? 100.0 : 100.0 * right / scored;
  }
}
