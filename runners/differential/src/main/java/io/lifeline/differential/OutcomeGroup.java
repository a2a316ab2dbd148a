package io.lifeline.differential;

import io.lifeline.scenario.Outcome;
import java.util.List;

/**
 * Backends that observed the same outcome (same {@link Outcome#signature()}) on one scenario.
 *
 * @param backends backend names, in run order
 * @param outcome the outcome of the first of them
 */
public record OutcomeGroup(List<String> backends, Outcome outcome) {

  public OutcomeGroup {
    backends = List.copyOf(backends);
  }

  /** A column title: the backend names joined with ", ". */
  public String title() {
    return String.join(", ", backends);
  }
}
