package io.lifeline.differential;

import io.lifeline.scenario.Backend;
import io.lifeline.scenario.Outcome;
import java.util.List;

/** A backend together with what each of several runs of the same program observed, in run order. */
public record RepeatedRun(Backend backend, List<Outcome> outcomes) {

  public RepeatedRun {
    outcomes = List.copyOf(outcomes);
    if (outcomes.isEmpty()) {
      throw new IllegalArgumentException("a repeated run has at least one outcome");
    }
  }
}
