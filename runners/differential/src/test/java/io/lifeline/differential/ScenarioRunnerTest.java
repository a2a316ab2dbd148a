package io.lifeline.differential;

import static io.lifeline.differential.Fixtures.*;
import static org.assertj.core.api.Assertions.assertThat;

import io.lifeline.scenario.Backend;
import io.lifeline.scenario.Budget;
import io.lifeline.scenario.Outcome;
import io.lifeline.scenario.Status;
import io.lifeline.scenario.Traits;
import java.util.List;
import org.junit.jupiter.api.Test;

class ScenarioRunnerTest {

  @Test
  void aThrowingBackendBecomesACrashAndTheOthersStillRun() {
    Backend broken = new Backend() {
      @Override public String name() { return "broken"; }
      @Override public Traits traits() { return Fixtures.traits("cpython", "3.11"); }
      @Override public Outcome run(String program, Budget budget) { throw new IllegalStateException("bug"); }
    };
    Backend fine = new Scripted("fine", Fixtures.traits("cpython", "3.11"), completed("a"));

    List<BackendRun> runs = ScenarioRunner.run(scenario(), List.of(broken, fine), Budget.DEFAULT);

    assertThat(runs.get(0).outcome().status()).isEqualTo(Status.CRASH);
    assertThat(runs.get(0).outcome().errorMessage()).contains("IllegalStateException: bug");
    assertThat(runs.get(0).outcome().detail()).contains("ScenarioRunnerTest");
    assertThat(runs.get(1).outcome().events()).containsExactly("a");
  }
}
