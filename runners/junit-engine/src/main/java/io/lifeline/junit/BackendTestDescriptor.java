package io.lifeline.junit;

import io.lifeline.baseline.BaselineGate;
import io.lifeline.baseline.GateClass;
import io.lifeline.baseline.GateResult;
import io.lifeline.baseline.ObservedResult;
import io.lifeline.differential.FailureMessages;
import io.lifeline.differential.Judgement;
import io.lifeline.differential.RealCounterpart;
import io.lifeline.differential.Verdict;
import io.lifeline.scenario.Backend;
import io.lifeline.scenario.Scenario;
import java.util.Map;
import org.junit.platform.engine.UniqueId;
import org.junit.platform.engine.reporting.ReportEntry;
import org.opentest4j.AssertionFailedError;
import org.opentest4j.TestAbortedException;

/**
 * One (scenario, backend) pair: reports the judgement its scenario container computed. A FAIL is an assertion
 * failure carrying expected and actual events and the aligned diff; an ERROR is a {@link ScenarioFault}; a SKIP is
 * an aborted test (no rule applies to this backend), and so is an UNSUPPORTED (the model cannot run the program;
 * the message names the construct and where it is). Besides its {@link Constants#RESULT_ENTRY} it publishes its
 * backend as a {@link Constants#PARAMETER_ENTRY}, and carries its scenario's tags, so test reporters that read
 * only platform events (Allure's JUnit Platform listener) show both.
 *
 * <p>With a baseline ({@link Constants#BASELINE}) a known failure is aborted with the reason ("known failure
 * (baseline): ..."), a regression fails as its verdict does with why and the diff against the known outcome first,
 * and a fixed result passes (or is aborted, when skipped) saying it is fixed.
 */
final class BackendTestDescriptor extends ScenarioNode {

  private final Backend backend;

  BackendTestDescriptor(UniqueId id, Scenario scenario, Backend backend) {
    super(id, backend.name(), scenario);
    this.backend = backend;
  }

  Backend backend() {
    return backend;
  }

  @Override
  public Type getType() {
    return Type.TEST;
  }

  @Override
  public String getLegacyReportingName() {
    return scenario.id() + "[" + backend.name() + "]";
  }

  @Override
  public LifelineExecutionContext execute(LifelineExecutionContext context, DynamicTestExecutor dynamic) {
    Judgement j = context.report().judgementOf(backend.name());
    GateResult gate = context.baseline() == null ? null
        : BaselineGate.judge(context.baseline(), ObservedResult.of(j, backend.traits()));
    String plain = j.verdict().isProblem()
        ? FailureMessages.of(scenario, j, RealCounterpart.divergingFrom(backend, context.runs()))
        : j.reason();
    String message = gate == null ? plain : gate.message(plain);
    context.listener().reportingEntryPublished(this, ReportEntry.from(
        Map.of(Constants.PARAMETER_ENTRY, "backend", Constants.PARAMETER_VALUE, backend.name())));
    context.listener().reportingEntryPublished(this,
        ReportEntry.from(Map.of(Constants.RESULT_ENTRY, ResultEntries.resultJson(j,
            context.report().stabilityOf(backend.name()), backend.traits(), message, gate))));
    if (gate != null && gate.kind() == GateClass.KNOWN) {
      throw new TestAbortedException(message);
    }
    if (j.verdict() == Verdict.SKIP || j.verdict() == Verdict.UNSUPPORTED) {
      throw new TestAbortedException(gate != null && gate.kind() == GateClass.FIXED ? message : j.reason());
    }
    if (j.verdict() == Verdict.FAIL) {
      // A partial-order rule has no expected list; its constraints stand on the expected side of IDE diffs.
      Object expected = j.expectedEvents() != null ? j.expectedEvents()
          : j.constraints().stream().map(c -> c.constraint()).toList();
      throw new AssertionFailedError(message, expected, j.outcome().events());
    }
    if (j.verdict() == Verdict.ERROR) {
      throw new ScenarioFault(message);
    }
    return context;
  }
}
