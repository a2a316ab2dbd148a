package io.lifeline.differential;

import io.lifeline.scenario.Backend;
import io.lifeline.scenario.Budget;
import io.lifeline.scenario.Scenario;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Runs each scenario on its backends at most once and hands the same {@link ScenarioReport} to every
 * (scenario, backend) test that asks, for runners whose tests are one per pair with no enclosing container
 * (TestNG). Thread-safe: concurrent askers of one scenario wait for the one run.
 */
public final class ScenarioReports {

  /** A scenario's report together with the runs it was computed from. */
  public record Entry(ScenarioReport report, List<BackendRun> runs) {}

  private final Budget budget;
  private final Map<String, CompletableFuture<Entry>> byScenario = new ConcurrentHashMap<>();

  public ScenarioReports(Budget budget) {
    this.budget = budget;
  }

  /** The report of {@code scenario} on {@code backends}; the first caller runs it, later callers reuse it. */
  public Entry of(Scenario scenario, List<Backend> backends) {
    CompletableFuture<Entry> mine = new CompletableFuture<>();
    CompletableFuture<Entry> existing = byScenario.putIfAbsent(scenario.id(), mine);
    if (existing != null) {
      return existing.join();
    }
    try {
      List<BackendRun> runs = ScenarioRunner.run(scenario, backends, budget);
      mine.complete(new Entry(Differential.compare(scenario, runs), runs));
    } catch (RuntimeException | Error e) {
      mine.completeExceptionally(e);
      throw e;
    }
    return mine.join();
  }
}
