package io.lifeline.differential;

import io.lifeline.scenario.Constraint;
import io.lifeline.scenario.Outcome;
import java.util.List;

/**
 * One constraint of a partial-order rule, checked against one outcome.
 *
 * @param constraint the constraint as reports show it ({@link Constraint#text()}): {@code a < b}, {@code absent: x}
 * @param met whether the outcome satisfies it
 * @param detail why it is broken ("b (event 1) occurs before a (event 3)"); empty when met
 */
public record ConstraintResult(String constraint, boolean met, String detail) {

  /** Checks every constraint against the outcome's body events and gc.collect() returns, in the order given. */
  static List<ConstraintResult> check(List<Constraint> constraints, Outcome outcome) {
    return constraints.stream()
        .map(c -> c.brokenBy(outcome.events(), outcome.gcCollectReturns())
            .map(why -> new ConstraintResult(c.text(), false, why))
            .orElseGet(() -> new ConstraintResult(c.text(), true, "")))
        .toList();
  }

  /** {@code met     a < b} or {@code BROKEN  a < b: why}, for text reports. */
  public String line() {
    return met ? "met     " + constraint : "BROKEN  " + constraint + ": " + detail;
  }
}
