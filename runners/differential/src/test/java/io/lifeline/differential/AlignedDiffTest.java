package io.lifeline.differential;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class AlignedDiffTest {

  @Test
  void alignsAMovedEventAndMarksTheFirstDivergence() {
    AlignedDiff d = AlignedDiff.of("3.11", List.of("callback", "rebound", "after-call"),
        "3.10", List.of("rebound", "callback", "after-call"));
    assertThat(d.isEqual()).isFalse();
    assertThat(d.firstDivergence()).isZero();
    String text = d.render();
    assertThat(text.lines().findFirst().orElseThrow()).contains("3.11").contains("| 3.10");
    assertThat(text).contains(">-  callback").containsPattern("after-call +\\| after-call");
    // every event of each side appears in its column, in order
    assertThat(d.rows().stream().map(AlignedDiff.Row::left).filter(s -> !s.isEmpty()).toList())
        .containsExactly("callback", "rebound", "after-call");
    assertThat(d.rows().stream().map(AlignedDiff.Row::right).filter(s -> !s.isEmpty()).toList())
        .containsExactly("rebound", "callback", "after-call");
  }

  @Test
  void equalListsHaveNoDivergence() {
    AlignedDiff d = AlignedDiff.of("a", List.of("x", "y"), "b", List.of("x", "y"));
    assertThat(d.isEqual()).isTrue();
    assertThat(d.firstDivergence()).isEqualTo(-1);
  }

  @Test
  void emptyListsRenderAsNoEvents() {
    assertThat(AlignedDiff.of("a", List.of(), "b", List.of()).render()).contains("(no events)");
  }
}
