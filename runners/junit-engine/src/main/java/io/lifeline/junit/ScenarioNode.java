package io.lifeline.junit;

import io.lifeline.scenario.Scenario;
import java.util.LinkedHashSet;
import java.util.Set;
import org.junit.platform.engine.TestTag;
import org.junit.platform.engine.UniqueId;
import org.junit.platform.engine.support.descriptor.AbstractTestDescriptor;
import org.junit.platform.engine.support.descriptor.FilePosition;
import org.junit.platform.engine.support.descriptor.FileSource;
import org.junit.platform.engine.support.hierarchical.Node;

/**
 * A descriptor of one scenario (the scenario's container, or one of its backend tests): its source is the
 * scenario file's first line, and it carries the scenario's tags (those valid as JUnit tags), so reporters and tag
 * filters see them on the container and on each (scenario, backend) test alike.
 */
abstract class ScenarioNode extends AbstractTestDescriptor implements Node<LifelineExecutionContext> {

  protected final Scenario scenario;

  ScenarioNode(UniqueId id, String displayName, Scenario scenario) {
    super(id, displayName, FileSource.from(scenario.file().toFile(), FilePosition.from(1)));
    this.scenario = scenario;
  }

  Scenario scenario() {
    return scenario;
  }

  @Override
  public Set<TestTag> getTags() {
    Set<TestTag> tags = new LinkedHashSet<>();
    scenario.tags().stream().filter(TestTag::isValid).map(TestTag::create).forEach(tags::add);
    return tags;
  }
}
