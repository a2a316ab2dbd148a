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

  /**
   * The text a runner's test ends with, given the text it would end with without a baseline: a regression leads
   * with why and the diff against the recorded outcome, a known failure or a fix with why; otherwise unchanged.
   * Reports match on the leading words ({@code reports/categories.json}).
   */
  public String message(String runnerMessage) {
    String rest = runnerMessage == null || runnerMessage.isBlank() ? "" : "\n" + runnerMessage;
    return switch (kind) {
      case REGRESSION -> why + "\n" + (diff == null ? "" : diff.render()) + rest.stripLeading();
      case KNOWN, FIXED -> why + rest;
      case NONE -> runnerMessage;
    };
  }
}
