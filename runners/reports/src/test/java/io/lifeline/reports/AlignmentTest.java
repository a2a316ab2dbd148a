package io.lifeline.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class AlignmentTest {

  private static Alignment align(List<String>... columns) {
    return Alignment.of(Arrays.stream(columns).map(c -> new Alignment.Column("t", c)).toList());
  }

  private static String show(Alignment a) {
    StringBuilder sb = new StringBuilder();
    for (Alignment.Row r : a.rows()) {
      for (int c = 0; c < r.cells().size(); c++) {
        String cell = r.cells().get(c);
        sb.append(cell == null ? "." : cell).append(r.differs().get(c) ? "*" : "").append(c + 1 < r.cells().size() ? " " : "");
      }
      sb.append('\n');
    }
    return sb.toString();
  }

  @Test
  void equalColumnsDifferNowhere() {
    Alignment a = align(List.of("a", "b"), List.of("a", "b"), List.of("a", "b"));
    assertThat(show(a)).isEqualTo("a a a\nb b b\n");
    assertThat(a.firstDivergence()).isEqualTo(-1);
  }

  @Test
  void aMovedEventShowsAsAbsentOnOneRowAndAddedOnAnother() {
    Alignment a = align(List.of("rebound", "callback", "after"), List.of("callback", "rebound", "after"));
    assertThat(show(a)).isEqualTo("rebound* .*\ncallback callback\n. rebound*\nafter after\n");
    assertThat(a.firstDivergence()).isZero();
  }

  @Test
  void threeColumnsMergeTheirInsertionsAgainstTheSpine() {
    Alignment a = align(List.of("a", "c"), List.of("a", "b", "c"), List.of("a", "c", "d"));
    assertThat(show(a)).isEqualTo("a a a\n. b* .\nc c c\n. . d*\n");
    assertThat(a.firstDivergence()).isEqualTo(1);
  }

  @Test
  void aChangedEventIsMarkedOnItsRow() {
    Alignment a = align(List.of("x", "y"), List.of("x", "z"));
    assertThat(show(a)).isEqualTo("x x\ny* z*\n");
  }

  @Test
  void emptyColumnsAlign() {
    assertThat(show(align(List.of(), List.of("a")))).isEqualTo(". a*\n");
    assertThat(align(List.of(), List.of()).rows()).isEmpty();
  }
}
