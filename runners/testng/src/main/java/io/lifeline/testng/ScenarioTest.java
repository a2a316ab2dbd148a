package io.lifeline.testng;

import io.lifeline.baseline.BaselineGate;
import io.lifeline.baseline.GateClass;
import io.lifeline.baseline.GateResult;
import io.lifeline.baseline.ObservedResult;
import io.lifeline.differential.FailureMessages;
import io.lifeline.differential.Judgement;
import io.lifeline.differential.RealCounterpart;
import io.lifeline.differential.ScenarioReports;
import io.lifeline.differential.Verdict;
import io.lifeline.junit.ResultEntries;
import io.lifeline.junit.ScenarioFault;
import io.lifeline.scenario.Backend;
import io.lifeline.scenario.Baseline;
import io.lifeline.scenario.Scenario;
import java.util.List;
import org.testng.ITest;
import org.testng.SkipException;
import org.testng.annotations.Test;

/**
 * One (scenario, backend) pair as a TestNG test named {@code scenario[backend]}. Verdicts map as in the JUnit
 * engine: PASS passes, FAIL is an {@link AssertionError} (a TestNG failure, Allure "failed"), ERROR a
 * {@link ScenarioFault} (Allure "broken"), SKIP and UNSUPPORTED a {@link SkipException}; the messages are the engine's
 * ({@link FailureMessages}). When Allure's TestNG listener is running, the result gets the same labels, links and
 * attachments as under the JUnit Platform ({@link AllureBridge}). With a baseline ({@code lifeline.baseline}) a known
 * failure is a {@link SkipException} with the reason, a regression fails with why and the diff first, and a fix
 * passes (or skips, when skipped) saying so, as in the engine.
 */
public record ScenarioTest(Scenario scenario, Backend backend, List<Backend> backends, ScenarioReports reports,
    Baseline baseline) implements ITest {

  @Override
  public String getTestName() {
    return scenario.id() + "[" + backend.name() + "]";
  }

  @Override
  public String toString() {
    return getTestName();
  }

  @Test(description = "the backend observes what the scenario's rule for it expects")
  public void conforms() {
    ScenarioReports.Entry entry = reports.of(scenario, backends);
    Judgement j = entry.report().judgementOf(backend.name());
    GateResult gate = baseline == null ? null
        : BaselineGate.judge(baseline, ObservedResult.of(j, backend.traits()));
    String plain = j.verdict().isProblem()
        ? FailureMessages.of(scenario, j, RealCounterpart.divergingFrom(backend, entry.runs()))
        : j.reason();
    String message = gate == null ? plain : gate.message(plain);
    AllureBridge.publish(ResultEntries.ScenarioInfo.of(scenario),
        ResultEntries.result(j, backend.traits(), message, gate), ResultEntries.groups(entry.report()));
    if (gate != null && (gate.kind() == GateClass.KNOWN
        || gate.kind() == GateClass.FIXED && !j.verdict().equals(Verdict.PASS))) {
      throw new SkipException(message);
    }
    switch (j.verdict()) {
      case PASS -> { }
      case SKIP, UNSUPPORTED -> throw new SkipException(j.reason());
      case FAIL -> throw new AssertionError(message);
      case ERROR -> throw new ScenarioFault(message);
    }
  }
}
