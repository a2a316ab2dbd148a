package io.lifeline.junit;

import io.lifeline.differential.BackendRun;
import io.lifeline.differential.ScenarioReport;
import java.util.List;
import io.lifeline.scenario.Baseline;
import io.lifeline.scenario.Budget;
import org.junit.platform.engine.EngineExecutionListener;
import org.junit.platform.engine.support.hierarchical.EngineExecutionContext;

/**
 * What a node needs while it executes: the listener to publish report entries to, the run budget, how many times
 * each (scenario, backend) runs, whether backends trace references, the baseline of known results (null without
 * one) and, below a scenario container, the scenario's report and the runs it was computed
 * from (computed once by the container for all its backend tests).
 */
public record LifelineExecutionContext(
    EngineExecutionListener listener, Budget budget, int repeats, boolean traceRefs, Baseline baseline,
    ScenarioReport report, List<BackendRun> runs)
    implements EngineExecutionContext {

  public LifelineExecutionContext withReport(ScenarioReport r, List<BackendRun> runs) {
    return new LifelineExecutionContext(listener, budget, repeats, traceRefs, baseline, r, runs);
  }
}
