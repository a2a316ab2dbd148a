package io.lifeline.reports;

import io.lifeline.differential.AlignedDiff;
import java.util.ArrayList;
import java.util.List;

/**
 * Several event lists aligned row by row against the first (the spine): each other column is diffed against the
 * spine (java-diff-utils, through {@link AlignedDiff}) and the pairwise diffs are merged, so a row holds the
 * spine's event and what each column has in its place, and events a column adds get rows of their own.
 *
 * @param titles one per column, the spine first
 * @param rows the aligned rows
 */
public record Alignment(List<String> titles, List<Row> rows) {

  /**
   * One row: a cell per column, null where that column has no event, and whether each cell differs from the
   * spine.
   */
  public record Row(List<String> cells, List<Boolean> differs) {
    public boolean anyDiffers() {
      return differs.contains(true);
    }
  }

  /** A column to align: its title and its events. */
  public record Column(String title, List<String> events) {}

  public Alignment {
    titles = List.copyOf(titles);
    rows = List.copyOf(rows);
  }

  /** Aligns the columns against the first. */
  public static Alignment of(List<Column> columns) {
    List<String> spine = columns.get(0).events();
    int n = spine.size();
    int k = columns.size();
    String[][] at = new String[k][n];
    boolean[][] atDiffers = new boolean[k][n];
    List<List<List<String>>> inserts = new ArrayList<>();
    for (int c = 0; c < k; c++) {
      List<List<String>> slots = new ArrayList<>();
      for (int i = 0; i <= n; i++) {
        slots.add(new ArrayList<>());
      }
      inserts.add(slots);
    }
    for (int i = 0; i < n; i++) {
      at[0][i] = spine.get(i);
    }
    for (int c = 1; c < k; c++) {
      placeColumn(AlignedDiff.of("", spine, "", columns.get(c).events()), at[c], atDiffers[c], inserts.get(c));
    }
    List<Row> rows = new ArrayList<>();
    for (int i = 0; i <= n; i++) {
      int extra = 0;
      for (int c = 1; c < k; c++) {
        extra = Math.max(extra, inserts.get(c).get(i).size());
      }
      for (int r = 0; r < extra; r++) {
        List<String> cells = new ArrayList<>();
        List<Boolean> differs = new ArrayList<>();
        cells.add(null);
        differs.add(false);
        for (int c = 1; c < k; c++) {
          List<String> slot = inserts.get(c).get(i);
          cells.add(r < slot.size() ? slot.get(r) : null);
          differs.add(r < slot.size());
        }
        rows.add(new Row(cells, differs));
      }
      if (i < n) {
        List<String> cells = new ArrayList<>();
        List<Boolean> differs = new ArrayList<>();
        boolean any = false;
        for (int c = 1; c < k; c++) {
          any |= atDiffers[c][i];
        }
        cells.add(at[0][i]);
        differs.add(any);
        for (int c = 1; c < k; c++) {
          cells.add(at[c][i]);
          differs.add(atDiffers[c][i]);
        }
        rows.add(new Row(cells, differs));
      }
    }
    return new Alignment(columns.stream().map(Column::title).toList(), rows);
  }

  /**
   * Spreads one pairwise diff (spine left, column right) over the spine: a row with a left side occupies the
   * spine's next position; a row with only a right side is an event the column adds before that position.
   */
  private static void placeColumn(AlignedDiff diff, String[] at, boolean[] differs, List<List<String>> inserts) {
    int i = 0;
    for (AlignedDiff.Row r : diff.rows()) {
      boolean onSpine = switch (r.tag()) {
        case EQUAL, DELETE -> true;
        case INSERT -> false;
        case CHANGE -> !r.left().isEmpty();
      };
      if (onSpine) {
        boolean present = r.tag() == AlignedDiff.Tag.EQUAL || (r.tag() == AlignedDiff.Tag.CHANGE && !r.right().isEmpty());
        at[i] = present ? r.right() : null;
        differs[i] = r.tag() != AlignedDiff.Tag.EQUAL;
        i++;
      } else {
        inserts.get(i).add(r.right());
      }
    }
  }

  /** Index of the first row where some column differs from the spine, or -1. */
  public int firstDivergence() {
    for (int i = 0; i < rows.size(); i++) {
      if (rows.get(i).anyDiffers()) {
        return i;
      }
    }
    return -1;
  }
}
