package io.lifeline.differential;

import com.github.difflib.text.DiffRow;
import com.github.difflib.text.DiffRowGenerator;
import java.util.ArrayList;
import java.util.List;

/**
 * Two event lists aligned row by row (java-diff-utils' Myers diff), for side-by-side display.
 *
 * @param leftTitle what the left column is (an expectation, a group of backends)
 * @param rightTitle what the right column is
 * @param rows the aligned rows, in order
 */
public record AlignedDiff(String leftTitle, String rightTitle, List<Row> rows) {

  /** How a row's two sides relate. */
  public enum Tag {
    EQUAL,
    CHANGE,
    /** Only on the left. */
    DELETE,
    /** Only on the right. */
    INSERT
  }

  /** One aligned row; a side that has no event there is the empty string. */
  public record Row(Tag tag, String left, String right) {}

  private static final DiffRowGenerator GENERATOR =
      DiffRowGenerator.create().showInlineDiffs(false).reportLinesUnchanged(true).build();

  public AlignedDiff {
    rows = List.copyOf(rows);
  }

  /** Aligns two event lists. */
  public static AlignedDiff of(String leftTitle, List<String> left, String rightTitle, List<String> right) {
    List<Row> rows = new ArrayList<>();
    for (DiffRow r : GENERATOR.generateDiffRows(left, right)) {
      rows.add(new Row(tagOf(r.getTag()), r.getOldLine(), r.getNewLine()));
    }
    return new AlignedDiff(leftTitle, rightTitle, rows);
  }

  private static Tag tagOf(DiffRow.Tag tag) {
    return switch (tag) {
      case EQUAL -> Tag.EQUAL;
      case CHANGE -> Tag.CHANGE;
      case DELETE -> Tag.DELETE;
      case INSERT -> Tag.INSERT;
    };
  }

  /** Whether both sides are the same list. */
  public boolean isEqual() {
    return rows.stream().allMatch(r -> r.tag() == Tag.EQUAL);
  }

  /** Index of the first row that differs, or -1. */
  public int firstDivergence() {
    for (int i = 0; i < rows.size(); i++) {
      if (rows.get(i).tag() != Tag.EQUAL) {
        return i;
      }
    }
    return -1;
  }

  /**
   * Renders two columns. Markers: blank for equal rows, {@code ~} changed, {@code -} left only, {@code +} right
   * only; the first divergence is flagged with {@code >}.
   */
  public String render() {
    int width = Math.max(12, leftTitle.length());
    for (Row r : rows) {
      width = Math.max(width, r.left().length());
    }
    width = Math.min(width, 60);
    StringBuilder sb = new StringBuilder();
    sb.append("    ").append(pad(clip(leftTitle, width), width)).append(" | ").append(rightTitle).append('\n');
    int first = firstDivergence();
    for (int i = 0; i < rows.size(); i++) {
      Row r = rows.get(i);
      sb.append(i == first ? '>' : ' ').append(marker(r.tag())).append("  ");
      sb.append(pad(r.left(), width)).append(" | ").append(r.right()).append('\n');
    }
    if (rows.isEmpty()) {
      sb.append("    ").append(pad("(no events)", width)).append(" | (no events)\n");
    }
    return sb.toString();
  }

  private static char marker(Tag tag) {
    return switch (tag) {
      case EQUAL -> ' ';
      case CHANGE -> '~';
      case DELETE -> '-';
      case INSERT -> '+';
    };
  }

  private static String clip(String s, int width) {
    return s.length() <= width ? s : s.substring(0, width - 3) + "...";
  }

  private static String pad(String s, int width) {
    if (s.length() >= width) {
      return s;
    }
    return s + " ".repeat(width - s.length());
  }
}
