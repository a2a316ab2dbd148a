package io.lifeline.testng;

import io.lifeline.junit.ScenarioFault;
import io.lifeline.scenario.ScenarioError;
import java.util.List;
import java.util.stream.Collectors;
import org.testng.ITest;
import org.testng.annotations.Test;

/** A scenario file that did not load: a test that fails with the located errors, as in the JUnit engine. */
public class LoadErrorTest implements ITest {

  private final String scenarioId;
  private final List<ScenarioError> errors;

  LoadErrorTest(String scenarioId, List<ScenarioError> errors) {
    this.scenarioId = scenarioId;
    this.errors = List.copyOf(errors);
  }

  @Override
  public String getTestName() {
    return scenarioId + " (load error)";
  }

  @Test(description = "the scenario file loads")
  public void loads() {
    throw new ScenarioFault(errors.stream().map(ScenarioError::toString).collect(Collectors.joining("\n")));
  }
}
