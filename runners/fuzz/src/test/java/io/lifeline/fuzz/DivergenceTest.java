package io.lifeline.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import io.lifeline.scenario.Outcome;
import io.lifeline.scenario.Status;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class DivergenceTest {

  static Outcome completed(String... events) {
    return Outcome.completed(List.of(events), List.of(), Duration.ZERO);
  }

  @Test
  void equalSignaturesDoNotDiverge() {
    assertThat(Divergence.between(completed("a", "b"), completed("a", "b"))).isNull();
  }

  @Test
  void theFirstDifferingEventIsTheDivergence() {
    Divergence d = Divergence.between(completed("enter f3", "leave f3", "del o12"), completed("enter f3", "del o12", "leave f3"));
    assertThat(d).isEqualTo(new Divergence(1, "leave f3", "del o12"));
    assertThat(d.shape()).isEqualTo("leave f# | del o#");
  }

  @Test
  void aShorterRunOrAnotherEndDivergesAtItsEnd() {
    Outcome error = new Outcome(List.of("a"), Status.ERROR, "KeyError", "'k'", List.of(), "", Duration.ZERO);
    assertThat(Divergence.between(completed("a", "b"), error)).isEqualTo(new Divergence(1, "b", "<error: KeyError>"));
    assertThat(Divergence.between(completed("a"), error)).isEqualTo(new Divergence(1, "<completed>", "<error: KeyError>"));
  }

  @Test
  void theSameEventsAtAnotherIndexAreTheSameDivergence() {
    assertThat(new Divergence(5, "leave f3", "del o1").sameAs(new Divergence(0, "leave f3", "del o1"))).isTrue();
    assertThat(new Divergence(5, "leave f3", "del o1").sameAs(new Divergence(5, "leave f3", "del o2"))).isFalse();
  }
}
