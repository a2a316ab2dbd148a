package io.lifeline.differential;

import static io.lifeline.differential.Fixtures.*;
import static org.assertj.core.api.Assertions.assertThat;

import io.lifeline.scenario.Scenario;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Repeated runs: the worst run decides the verdict, and each backend's distinct outcomes are counted. */
class RepeatedRunTest {

  private final Scenario scenario = scenario(rule(Map.of(), List.of("a", "b")));

  @Test
  void theWorstRunIsTheRepresentativeAndStabilityCountsEachOutcome() {
    Scripted flaky = new Scripted("flaky", traits("cpython", "3.12"), completed("a", "b"));
    Scripted steady = new Scripted("steady", traits("cpython", "3.11"), completed("a", "b"));
    ScenarioReport report = Differential.compareRepeated(scenario, List.of(
        new RepeatedRun(flaky, List.of(completed("a", "b"), completed("b", "a"), error("KeyError", "a"),
            completed("b", "a"))),
        new RepeatedRun(steady, List.of(completed("a", "b"), completed("a", "b")))));

    assertThat(report.judgementOf("flaky").verdict()).isEqualTo(Verdict.ERROR);
    assertThat(report.judgementOf("flaky").outcome().errorType()).isEqualTo("KeyError");
    Stability s = report.stabilityOf("flaky");
    assertThat(s.unstable()).isTrue();
    assertThat(s.runs()).isEqualTo(4);
    assertThat(s.variants()).extracting(v -> v.outcome().signature() + " x" + v.count()).containsExactly(
        "completed [a, b] x1", "completed [b, a] x2", "error:KeyError [a] x1");
    assertThat(report.stabilityOf("steady").unstable()).isFalse();
    assertThat(report.judgementOf("steady").verdict()).isEqualTo(Verdict.PASS);
    assertThat(report.groups()).hasSize(2);
  }

  @Test
  void singleRunsHaveNoStability() {
    Scripted b = new Scripted("b", traits("cpython", "3.12"), completed("a", "b"));
    assertThat(Differential.compare(scenario, ScenarioRunner.run(scenario, List.of(b), null)).stabilityOf("b"))
        .isNull();
    assertThat(ScenarioRunner.runRepeatedly(scenario, List.of(b), null, 3).get(0).outcomes()).hasSize(3);
  }
}
