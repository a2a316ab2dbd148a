package io.lifeline.junit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectDirectory;

import io.lifeline.junit.testing.EchoBaseline;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.reporting.ReportEntry;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Event;
import org.junit.platform.testkit.engine.EventType;
import org.opentest4j.AssertionFailedError;
import org.opentest4j.TestAbortedException;

/**
 * The engine honours {@link Constants#BASELINE}: on the fixture cases, echo-new fails demo/wrong (it emits x where
 * its rule wants y) and errors on demo/raises (KeyError where its rule expects completion).
 */
class BaselineConfigTest {

  @TempDir
  Path tmp;

  @Test
  void knownFailuresAreAbortedWithTheReasonRegressionsFailAndFixesPass() throws Exception {
    Path baseline = EchoBaseline.write(tmp, "{impl: echo, version: '3.11'}");
    EngineExecutionResults results = EngineTestKit.engine(Constants.ENGINE_ID)
        .selectors(selectDirectory(LifelineTestEngineTest.CASES.toFile()))
        .configurationParameter(Constants.REAL, "off")
        .configurationParameter(Constants.BACKENDS, "echo-new,echo-old")
        .configurationParameter(Constants.CASES, LifelineTestEngineTest.CASES.toString())
        .configurationParameter(Constants.JOBS, "1")
        .configurationParameter(Constants.BASELINE, baseline.toString())
        .execute();

    Map<String, TestExecutionResult> byTest = new HashMap<>();
    Map<String, String> gates = new HashMap<>();
    for (Event e : results.testEvents().list()) {
      String name = e.getTestDescriptor().getLegacyReportingName();
      if (e.getType() == EventType.FINISHED) {
        byTest.put(name, e.getRequiredPayload(TestExecutionResult.class));
      }
      if (e.getType() == EventType.REPORTING_ENTRY_PUBLISHED) {
        ReportEntry entry = e.getRequiredPayload(ReportEntry.class);
        String json = entry.getKeyValuePairs().get(Constants.RESULT_ENTRY);
        if (json != null) {
          ResultEntries.Gate gate = ResultEntries.parseResult(json).gate();
          gates.put(name, gate.kind());
        }
      }
    }

    TestExecutionResult known = byTest.get("demo/wrong[echo-new]");
    assertThat(known.getStatus()).isEqualTo(TestExecutionResult.Status.ABORTED);
    assertThat(known.getThrowable()).get().isInstanceOf(TestAbortedException.class)
        .extracting(Throwable::getMessage).asString()
        .startsWith("known failure (baseline): fail, completed [x]; the new echo emits x"
            + " (https://example.invalid/echo/1)");

    TestExecutionResult regression = byTest.get("demo/raises[echo-new]");
    assertThat(regression.getStatus()).isEqualTo(TestExecutionResult.Status.FAILED);
    assertThat(regression.getThrowable()).get().isInstanceOf(ScenarioFault.class)
        .extracting(Throwable::getMessage).asString()
        .startsWith("regression against the baseline: known as fail completed [x], now error error: KeyError [x]");

    assertThat(byTest.get("demo/agree[echo-old]").getStatus()).isEqualTo(TestExecutionResult.Status.SUCCESSFUL);
    assertThat(gates).containsEntry("demo/agree[echo-old]", "fixed").containsEntry("demo/wrong[echo-new]", "known")
        .containsEntry("demo/raises[echo-new]", "regression").containsEntry("demo/agree[echo-new]", "none");

    // Without the baseline the known failure is a plain failure.
    EngineExecutionResults plain = EngineTestKit.engine(Constants.ENGINE_ID)
        .selectors(selectDirectory(LifelineTestEngineTest.CASES.toFile()))
        .configurationParameter(Constants.REAL, "off")
        .configurationParameter(Constants.BACKENDS, "echo-new,echo-old")
        .configurationParameter(Constants.CASES, LifelineTestEngineTest.CASES.toString())
        .execute();
    assertThat(plain.testEvents().failed().list()).anySatisfy(e -> assertThat(
        e.getRequiredPayload(TestExecutionResult.class).getThrowable()).get()
        .isInstanceOf(AssertionFailedError.class));
    assertThat(plain.testEvents().aborted().count()).isLessThan(results.testEvents().aborted().count());
  }
}
