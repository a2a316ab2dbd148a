package io.lifeline.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.lifeline.differential.BackendCatalog;
import io.lifeline.differential.RealCounterpart;
import io.lifeline.differential.ScenarioRunner;
import io.lifeline.scenario.Backend;
import io.lifeline.scenario.BackendOptions;
import io.lifeline.scenario.Budget;
import io.lifeline.scenario.Outcome;
import io.lifeline.scenario.Scenario;
import io.lifeline.scenario.ScenarioLoader;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The truth test: every scenario in cases/ on every model backend and on each real interpreter it models, found on
 * this machine (CPython 3.11.x for cpython-3.11); any difference in events, status or error type fails. This holds
 * whatever the scenario's expectations say, so a model cannot pass by matching a wrong rule. The system property
 * {@code lifeline.models} (comma-separated backend names) narrows the run to some models.
 */
class ModelsMatchRealTest {

  /**
   * Scenarios whose real outcome depends on timing no model can reproduce: model name -> (scenario id -> reason).
   * Such a scenario states its behaviour with a constraint rule instead of exact events.
   */
  static final Map<String, Map<String, String>> TIMING_DEPENDENT = Map.of(
      "cpython-3.11", Map.of());

  /** The C extension module only the real interpreters have so far (cases/native). */
  private static final String NATIVE_MODULE = "lifeline_native";

  private static final Budget BUDGET = Budget.DEFAULT.withWallClock(Duration.ofSeconds(20));

  @TestFactory
  Stream<DynamicTest> everyModelGivesWhatTheRealInterpreterItModelsGives() {
    List<Backend> all = BackendCatalog.discover(BackendOptions.DEFAULT).all();
    String only = System.getProperty("lifeline.models", "");
    List<Backend> models = all.stream().filter(b -> "model".equals(b.traits().get("kind").orElse("")))
        .filter(b -> only.isEmpty() || List.of(only.split(",")).contains(b.name())).toList();
    assumeTrue(!models.isEmpty(), "no model backends on the class path");
    Path cases = Path.of(System.getProperty("lifeline.root"), "cases");
    List<Scenario> scenarios = new ScenarioLoader().loadRoot(cases).scenarios();
    return models.stream().flatMap(model -> {
      List<Backend> reals = all.stream().filter(b -> b.isReal() && RealCounterpart.imitates(model, b)).toList();
      return scenarios.stream().map(s -> DynamicTest.dynamicTest(s.id() + " [" + model.name() + "]", () -> {
        assumeTrue(!reals.isEmpty(), "no real interpreter modelled by " + model.name() + " on this machine");
        Map<String, String> timing = TIMING_DEPENDENT.getOrDefault(model.name(), Map.of());
        assumeTrue(!timing.containsKey(s.id()), () -> "timing-dependent: " + timing.get(s.id()));
        assumeTrue(!s.program().contains(NATIVE_MODULE), "the models have no " + NATIVE_MODULE + " yet (issue 19)");
        Outcome modelled = ScenarioRunner.runOne(s.program(), model, BUDGET);
        for (Backend real : reals) {
          Outcome truth = ScenarioRunner.runOne(s.program(), real, BUDGET);
          assertThat(modelled.signature())
              .as("%s: %s against %s%n%s", s.id(), model.name(), real.name(), modelled.detail())
              .isEqualTo(truth.signature());
        }
      }));
    });
  }
}
