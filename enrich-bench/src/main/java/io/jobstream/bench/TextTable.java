package io.jobstream.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A Markdown table with padded columns, so the same output reads well in a terminal and pastes
 * into docs/BENCHMARKS.md unchanged. Not thread-safe.
 */
public final class TextTable {
  private final String[] header;
  private final List<String[]> rows = new ArrayList<>();

  /** A table with these column titles; columns after the first are right-aligned (they hold numbers). */
  public TextTable(String... header) {
    if (header.length == 0) {
      throw new IllegalArgumentException("a table needs at least one column");
    }
    this.header = header.clone();
  }

  /** Adds a row; it must have one cell per column. */
  public TextTable row(Object... cells) {
    if (cells.length != header.length) {
      throw new IllegalArgumentException("row has " + cells.length + " cells, table has " + header.length + " columns");
    }
    rows.add(Arrays.stream(cells).map(String::valueOf).toArray(String[]::new));
    return this;
  }

  @Override
  public String toString() {
    int[] width = new int[header.length];
    for (String[] r : allRows()) {
      for (int i = 0; i < r.length; i++) {
        width[i] = Math.max(width[i], r[i].length());
      }
    }
    StringBuilder out = new StringBuilder();
    line(out, header, width);
    out.append('|');
    for (int i = 0; i < width.length; i++) {
      out.append(i == 0 ? ":" : "-").append("-".repeat(width[i])).append(i == 0 ? "-" : ":").append('|');
    }
    out.append('\n');
    rows.forEach(r -> line(out, r, width));
    return out.toString();
  }

  private List<String[]> allRows() {
    List<String[]> all = new ArrayList<>(rows);
    all.add(header);
    return all;
  }

  private static void line(StringBuilder out, String[] cells, int[] width) {
    out.append('|');
    for (int i = 0; i < cells.length; i++) {
      String pad = " ".repeat(width[i] - cells[i].length());
      out.append(' ').append(i == 0 ? cells[i] + pad : pad + cells[i]).append(" |");
    }
    out.append('\n');
  }
}
