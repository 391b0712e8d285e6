package io.jobstream.bench;

import java.util.Objects;

/**
 * One page's bytes as a scraper would publish them.
 *
 * @param name the path relative to its page set's folder, for tables
 * @param body the bytes, never null; not copied, so callers must not change them
 */
public record Page(String name, byte[] body) {
  public Page {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(body, "body");
  }
}
