package io.jobstream.ingest.run;

import java.util.Objects;

/**
 * An input that was not published.
 *
 * @param input the path as given or found in a folder, or {@code -} for stdin
 * @param reason why, in a few words
 */
public record SkippedPage(String input, String reason) {
  public SkippedPage {
    Objects.requireNonNull(input, "input");
    Objects.requireNonNull(reason, "reason");
  }
}
