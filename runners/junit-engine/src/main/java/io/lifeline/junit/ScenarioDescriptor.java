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
import org.junit.platform.engine.TestTag;
import org.junit.platform.engine.UniqueId;
import org.junit.platform.engine.reporting.ReportEntry;
import org.junit.platform.engine.support.descriptor.AbstractTestDescriptor;
import org.junit.platform.engine.support.descriptor.FilePosition;
import org.junit.platform.engine.support.descriptor.FileSource;
import org.junit.platform.engine.support.hierarchical.Node;

/**
 * One scenario: a container whose children are its backends. Before the children execute it runs the program on
 * every child's backend (several times with {@link Constants#VERIFY}) and compares them, so each child only
 * reports its part of one differential report.
 */
final class ScenarioDescriptor extends AbstractTestDescriptor implements Node<LifelineExecutionContext> {

  private final Scenario scenario;

  ScenarioDescriptor(UniqueId id, Scenario scenario) {
    super(id, scenario.id(), FileSource.from(scenario.file().toFile(), FilePosition.from(1)));
    this.scenario = scenario;
  }

  Scenario scenario() {
    return scenario;
  }

  @Override
  public Type getType() {
    return Type.CONTAINER;
  }

  @Override
  public java.util.Set<TestTag> getTags() {
    java.util.Set<TestTag> tags = new java.util.LinkedHashSet<>();
    for (String t : scenario.tags()) {
      if (TestTag.isValid(t)) {
        tags.add(TestTag.create(t));
      }
    }
    return tags;
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
