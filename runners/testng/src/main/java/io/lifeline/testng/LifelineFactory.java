package io.lifeline.testng;

import io.lifeline.differential.BackendCatalog;
import io.lifeline.differential.ScenarioReports;
import io.lifeline.junit.EngineConfig;
import io.lifeline.scenario.Backend;
import io.lifeline.scenario.LoadResult;
import io.lifeline.scenario.Scenario;
import io.lifeline.scenario.ScenarioError;
import io.lifeline.scenario.ScenarioLoader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.testng.ITestContext;
import org.testng.annotations.Factory;

/**
 * The TestNG entry point: list this class in a {@code testng.xml} and it makes one {@link ScenarioTest} per
 * (scenario, backend), named {@code scenario[backend]}, plus one failing {@link LoadErrorTest} per file that did
 * not load. Configured with the JUnit engine's keys ({@code lifeline.cases}, {@code lifeline.backends},
 * {@code lifeline.real}, {@code lifeline.python}, {@code lifeline.timeout}, {@code lifeline.shard},
 * {@code lifeline.baseline}), read from the
 * {@code <test>}'s parameters, then from system properties. Discovery, judging and diffing are the differential
 * library's, as in the engine; each scenario runs once for all its backends ({@link ScenarioReports}).
 */
public class LifelineFactory {

  /** Builds the tests of one {@code <test>} element. */
  @Factory
  public Object[] scenarios(ITestContext context) {
    Map<String, String> parameters = context == null || context.getCurrentXmlTest() == null
        ? Map.of() : context.getCurrentXmlTest().getAllParameters();
    return create(key -> Optional.ofNullable(parameters.get(key)).or(() -> Optional.ofNullable(
        System.getProperty(key)))).toArray();
  }

  /** The tests for a configuration given as key lookups with the engine's keys. */
  public static List<Object> create(java.util.function.Function<String, Optional<String>> params) {
    EngineConfig config = EngineConfig.from(params);
    List<Backend> backends = BackendCatalog.discover(config.backendOptions()).select(config.backendSelectors());
    LoadResult loaded = new ScenarioLoader().load(List.of(config.casesRoot()));
    ScenarioReports reports = new ScenarioReports(config.budget());
    List<Object> tests = new ArrayList<>();
    for (Scenario s : loaded.scenarios()) {
      if (config.shard().includes(s.id())) {
        for (Backend b : backends) {
          tests.add(new ScenarioTest(s, b, backends, reports, config.baseline()));
        }
      }
    }
    Map<String, List<ScenarioError>> errorsById = new LinkedHashMap<>();
    for (ScenarioError e : loaded.errors()) {
      if (config.shard().includes(e.id())) {
        errorsById.computeIfAbsent(e.id(), k -> new ArrayList<>()).add(e);
      }
    }
    errorsById.forEach((id, errors) -> tests.add(new LoadErrorTest(id, errors)));
    return tests;
  }
}
