package io.lifeline.baseline;

import io.lifeline.differential.AlignedDiff;

/**
 * One (scenario, backend) whose result differs between two runs.
 *
 * @param kind regression, fixed or changed
 * @param before the result in the older run
 * @param after the result in the newer run
 * @param diff the older run's events against the newer run's, aligned
 */
public record Change(ChangeKind kind, ObservedResult before, ObservedResult after, AlignedDiff diff) {

  public String scenario() {
    return after.scenario();
  }

  /** {@code real:cpython-3.13.0}, or {@code real:cpython-3.12.1 -> real:cpython-3.13.0} when the names differ. */
  public String backends() {
    return before.backend().equals(after.backend()) ? after.backend() : before.backend() + " -> " + after.backend();
  }
}
