package io.lifeline.junit;

import io.lifeline.differential.BackendRun;
import io.lifeline.differential.Differential;
import io.lifeline.differential.ScenarioReport;
import io.lifeline.differential.ScenarioRunner;
import io.lifeline.scenario.Backend;
import io.lifeline.scenario.Scenario;
import io.lifeline.scenario.StartupTrace;
import java.util.List;
import java.util.Map;
import org.junit.platform.engine.UniqueId;
import org.junit.platform.engine.reporting.ReportEntry;

/**
 * One scenario: a container whose children are its backends. Before the children execute it runs the program on
 * every child's backend (several times with {@link Constants#VERIFY}) and compares them, so each child only
 * reports its part of one differential report.
 */
final class ScenarioDescriptor extends ScenarioNode {

  ScenarioDescriptor(UniqueId id, Scenario scenario) {
    super(id, scenario.id(), scenario);
  }

  @Override
  public Type getType() {
    return Type.CONTAINER;
  }

  /** Adds a test for the backend unless there is one already. */
  void addBackend(Backend backend) {
    UniqueId childId = UniqueIds.backend(getUniqueId(), backend.name());
    if (findByUniqueId(childId).isEmpty()) {
      addChild(new BackendTestDescriptor(childId, scenario, backend));
    }
  }

  @Override
  public ExecutionMode getExecutionMode() {
    return ExecutionMode.CONCURRENT;
  }

  @Override
  public LifelineExecutionContext before(LifelineExecutionContext context) {
    StartupTrace.mark("scenario: before");
    List<Backend> backends = getChildren().stream()
        .filter(BackendTestDescriptor.class::isInstance)
        .map(c -> ((BackendTestDescriptor) c).backend())
        .toList();
    ScenarioReport report = context.repeats() > 1
        ? Differential.compareRepeated(scenario,
            ScenarioRunner.runRepeatedly(scenario, backends, context.budget(), context.repeats(),
                context.traceRefs()))
        : Differential.compare(scenario,
            ScenarioRunner.run(scenario, backends, context.budget(), context.traceRefs()));
    StartupTrace.mark("scenario: compared");
    context.listener().reportingEntryPublished(this,
        ReportEntry.from(Map.of(Constants.SCENARIO_ENTRY, ResultEntries.scenarioJson(scenario))));
    context.listener().reportingEntryPublished(this,
        ReportEntry.from(Map.of(Constants.GROUPS_ENTRY, ResultEntries.groupsJson(report))));
    List<BackendRun> judged = backends.stream()
        .map(b -> new BackendRun(b, report.judgementOf(b.name()).outcome())).toList();
    return context.withReport(report, judged);
  }
}
