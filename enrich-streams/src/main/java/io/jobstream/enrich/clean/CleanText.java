package io.jobstream.enrich.clean;

import io.jobstream.model.EnrichedPosting.Removal;
import java.util.List;

/**
 * The posting text after cleaning: one paragraph or list item per line, and what was removed.
 *
 * @param lines the kept lines, never null
 * @param removed one audit entry per removal kind, never null
 */
public record CleanText(List<String> lines, List<Removal> removed) {

  /** The lines joined with newlines: the {@code cleanText} field. */
  public String text() {
    return String.join("\n", lines);
  }
}
