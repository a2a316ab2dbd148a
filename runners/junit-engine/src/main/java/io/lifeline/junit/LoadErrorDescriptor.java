package io.lifeline.junit;

import io.lifeline.scenario.ScenarioError;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.platform.engine.UniqueId;
import org.junit.platform.engine.support.descriptor.AbstractTestDescriptor;
import org.junit.platform.engine.support.descriptor.FilePosition;
import org.junit.platform.engine.support.descriptor.FileSource;
import org.junit.platform.engine.support.hierarchical.Node;

/** A scenario file that did not load: a test that fails with the located errors, so no broken file goes unseen. */
final class LoadErrorDescriptor extends AbstractTestDescriptor implements Node<LifelineExecutionContext> {

  private final List<ScenarioError> errors;

  LoadErrorDescriptor(UniqueId id, String scenarioId, List<ScenarioError> errors) {
    super(id, scenarioId + " (load error)", FileSource.from(errors.get(0).location().file().toFile(),
        FilePosition.from(Math.max(1, errors.get(0).location().line()), Math.max(1, errors.get(0).location().column()))));
    this.errors = List.copyOf(errors);
  }

  List<ScenarioError> errors() {
    return errors;
  }

  @Override
  public Type getType() {
    return Type.TEST;
  }

  @Override
  public String getLegacyReportingName() {
    return getDisplayName();
  }

  @Override
  public LifelineExecutionContext execute(LifelineExecutionContext context, DynamicTestExecutor dynamic) {
    context.listener().reportingEntryPublished(this, org.junit.platform.engine.reporting.ReportEntry.from(
        java.util.Map.of(Constants.LOAD_ERRORS_ENTRY, ResultEntries.loadErrorsJson(errors))));
    throw new ScenarioFault(errors.stream().map(ScenarioError::toString).collect(Collectors.joining("\n")));
  }
}
