package io.lifeline.baseline;

import io.lifeline.differential.AlignedDiff;
import io.lifeline.scenario.BaselineEntry;

/**
 * A result judged against a baseline.
 *
 * @param result the result
 * @param kind what it is
 * @param entry the baseline entry that applies to it, or null
 * @param why one line for reports: "known failure (baseline): ...", "regression against the baseline: ...",
 *     "fixed since the baseline: ..."; empty for {@link GateClass#NONE}
 * @param diff for a known failure whose outcome changed, the recorded list (events or broken constraints) against
 *     today's; else null
 */
public record GateResult(ObservedResult result, GateClass kind, BaselineEntry entry, String why, AlignedDiff diff) {

  public boolean isRegression() {
    return kind == GateClass.REGRESSION;
  }
}
