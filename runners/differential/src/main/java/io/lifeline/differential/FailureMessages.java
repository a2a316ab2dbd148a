package io.lifeline.differential;

import io.lifeline.scenario.Outcome;
import io.lifeline.scenario.Scenario;
import java.util.Optional;

/**
 * The text of a failing or erroring (scenario, backend) test: why, the aligned diff, and what else the run said.
 * Shared by every runner so the JUnit engine and TestNG fail with the same words, which report categories match
 * on ({@code reports/categories.json}): "diverges from its real interpreter", "got hang", "backend crashed".
 */
public final class FailureMessages {
  private FailureMessages() {}

  /** The message for {@code j}, a judgement of {@code scenario}. */
  public static String of(Scenario scenario, Judgement j) {
    return of(scenario, j, Optional.empty());
  }

  /**
   * The message for {@code j}; {@code divergingReal} names the real interpreter the backend models and disagrees
   * with (see {@link RealCounterpart}), if any.
   */
  public static String of(Scenario scenario, Judgement j, Optional<String> divergingReal) {
    Outcome o = j.outcome();
    StringBuilder sb = new StringBuilder();
    sb.append(scenario.id()).append(" [").append(j.backend()).append("]: ").append(j.reason()).append('\n');
    divergingReal.ifPresent(r -> sb.append("  diverges from its real interpreter ").append(r).append('\n'));
    sb.append("  file: ").append(scenario.file()).append('\n');
    sb.append("  status: ").append(o.statusLine()).append('\n');
    if (j.diff() != null) {
      sb.append(j.diff().render());
    }
    if (!j.constraints().isEmpty()) {
      sb.append("  events: ").append(GcMarks.render(o.events(), o.gcCollectReturns())).append('\n');
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
