package io.lifeline.junit;

import io.lifeline.differential.Judgement;
import io.lifeline.scenario.Outcome;
import io.lifeline.scenario.Scenario;

/** The text of a failing or erroring backend test: why, the aligned diff, and what else the run said. */
final class FailureMessages {
  private FailureMessages() {}

  static String of(Scenario scenario, Judgement j) {
    Outcome o = j.outcome();
    StringBuilder sb = new StringBuilder();
    sb.append(scenario.id()).append(" [").append(j.backend()).append("]: ").append(j.reason()).append('\n');
    sb.append("  file: ").append(scenario.file()).append('\n');
    sb.append("  status: ").append(o.statusLine()).append('\n');
    if (j.diff() != null) {
      sb.append(j.diff().render());
    }
    if (!j.constraints().isEmpty()) {
      sb.append("  events: ").append(ResultEntries.eventsWithGcMarks(o.events(), o.gcCollectReturns())).append('\n');
      j.constraints().forEach(c -> sb.append("    ").append(c.line()).append('\n'));
    }
    if (!o.shutdownEvents().isEmpty()) {
      sb.append("  shutdown events (not compared): ").append(o.shutdownEvents()).append('\n');
    }
    if (!o.detail().isBlank()) {
      sb.append("  detail:\n").append(o.detail().indent(4));
    }
    return sb.toString();
  }
}
