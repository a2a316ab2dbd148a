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

class JudgeTest {

  private final Scenario scenario = scenario(
      rule(Map.of("impl", "cpython", "version", "3.10"), List.of("rebound", "callback")),
      rule(Map.of("impl", "cpython"), List.of("callback", "rebound")),
      rule(Map.of("impl", "jython"), List.of(), Status.ERROR, "KeyError"));

  private Judgement judge(String impl, String version, Outcome outcome) {
    return Judge.judge(scenario, new Scripted("b", traits(impl, version), outcome), outcome);
  }

  @Test
  void firstMatchingRuleDecidesAndEqualEventsPass() {
    Judgement j = judge("cpython", "3.10", completed("rebound", "callback"));
    assertThat(j.verdict()).isEqualTo(Verdict.PASS);
    assertThat(j.expectedEvents()).containsExactly("rebound", "callback");
    assertThat(j.diff().isEqual()).isTrue();
  }

  @Test
  void laterRuleAppliesWhenEarlierDoesNotMatch() {
    Judgement j = judge("cpython", "3.11", completed("rebound", "callback"));
    assertThat(j.verdict()).isEqualTo(Verdict.FAIL);
    assertThat(j.expectedEvents()).containsExactly("callback", "rebound");
    assertThat(j.diff().firstDivergence()).isZero();
    assertThat(j.reason()).contains("events differ").contains("x.yaml:10:3");
  }

  @Test
  void noMatchingRuleSkips() {
    Judgement j = judge("pypy", "7.3.11", completed());
    assertThat(j.verdict()).isEqualTo(Verdict.SKIP);
    assertThat(j.rule()).isNull();
    assertThat(j.reason()).contains("no rule matches");
  }

  @Test
  void unexpectedExceptionIsAnError() {
    Judgement j = judge("cpython", "3.12", error("TypeError", "callback"));
    assertThat(j.verdict()).isEqualTo(Verdict.ERROR);
    assertThat(j.reason()).contains("expected status completed").contains("TypeError");
  }

  @Test
  void expectedErrorTypeMustMatch() {
    assertThat(judge("jython", "2.7", error("KeyError")).verdict()).isEqualTo(Verdict.PASS);
    assertThat(judge("jython", "2.7", error("ValueError")).verdict()).isEqualTo(Verdict.FAIL);
  }

  @Test
  void hangWhereCompletionIsExpectedFails() {
    Outcome hang = new Outcome(List.of("rebound"), Status.HANG, null, "10s", List.of(), "", Duration.ZERO);
    Judgement j = judge("cpython", "3.10", hang);
    assertThat(j.verdict()).isEqualTo(Verdict.FAIL);
    assertThat(j.reason()).contains("hang");
  }

  @Test
  void crashIsAnError() {
    Judgement j = judge("cpython", "3.10", Outcome.crash(List.of(), "segfault", "", Duration.ZERO));
    assertThat(j.verdict()).isEqualTo(Verdict.ERROR);
    assertThat(j.reason()).contains("crashed").contains("segfault");
  }
}
