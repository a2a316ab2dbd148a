package io.lifeline.differential;

import static io.lifeline.differential.Fixtures.*;
import static org.assertj.core.api.Assertions.assertThat;

import io.lifeline.scenario.Outcome;
import io.lifeline.scenario.Scenario;
import io.lifeline.scenario.Status;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A model that could not run the program: its own verdict, matched by no rule, left out of the groups. */
class UnsupportedVerdictTest {

  private static final Outcome UNSUPPORTED = Outcome.unsupported(List.of("a"), "NotImplementedError",
      "bytearray() is not supported by the model (line 2, column 4)", "", Duration.ZERO);

  @Test
  void aRuleExpectingAnyErrorDoesNotMatchAnUnsupportedOutcome() {
    Scenario scenario = scenario(rule(Map.of(), List.of("a"), Status.ERROR, null));
    Judgement j = Judge.judge(scenario, new Scripted("m", traits("cpython", "3.11"), UNSUPPORTED), UNSUPPORTED);
    assertThat(j.verdict()).isEqualTo(Verdict.UNSUPPORTED);
    assertThat(j.verdict().isProblem()).isFalse();
    assertThat(j.reason()).isEqualTo(
        "the model cannot run this program: bytearray() is not supported by the model (line 2, column 4)");
  }

  @Test
  void anUnsupportedOutcomeIsUnsupportedEvenWithoutAMatchingRule() {
    Scenario scenario = scenario(rule(Map.of("impl", "pypy"), List.of("a")));
    Judgement j = Judge.judge(scenario, new Scripted("m", traits("cpython", "3.11"), UNSUPPORTED), UNSUPPORTED);
    assertThat(j.verdict()).isEqualTo(Verdict.UNSUPPORTED);
  }

  @Test
  void anUnsupportedModelIsNoOutcomeGroupSoItMakesNoDivergence() {
    Scenario scenario = scenario(rule(Map.of(), List.of("a", "b")));
    ScenarioReport report = Differential.compare(scenario, List.of(
        run("cpython-3.11", UNSUPPORTED), run("real", completed("a", "b")), run("pypy", UNSUPPORTED)));
    assertThat(report.diverges()).isFalse();
    assertThat(report.groups()).extracting(OutcomeGroup::backends).containsExactly(List.of("real"));
    assertThat(report.judgementOf("cpython-3.11").verdict()).isEqualTo(Verdict.UNSUPPORTED);
    assertThat(report.judgementOf("real").verdict()).isEqualTo(Verdict.PASS);
  }

  private static BackendRun run(String name, Outcome outcome) {
    return new BackendRun(new Scripted(name, traits("cpython", "3.11"), outcome), outcome);
  }
}
