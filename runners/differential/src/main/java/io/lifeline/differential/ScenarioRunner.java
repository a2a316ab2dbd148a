package io.lifeline.differential;

import io.lifeline.scenario.Backend;
import io.lifeline.scenario.Budget;
import io.lifeline.scenario.Outcome;
import io.lifeline.scenario.Scenario;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** Runs one scenario's program on backends. A backend that throws, against its contract, yields a CRASH outcome. */
public final class ScenarioRunner {

  private ScenarioRunner() {}

  /** Runs the scenario on each backend in turn, in the order given. */
  public static List<BackendRun> run(Scenario scenario, List<Backend> backends, Budget budget) {
    List<BackendRun> runs = new ArrayList<>();
    for (Backend backend : backends) {
      runs.add(new BackendRun(backend, runOne(scenario.program(), backend, budget)));
    }
    return runs;
  }

  /** Runs the scenario {@code times} times on each backend in turn, in the order given. */
  public static List<RepeatedRun> runRepeatedly(Scenario scenario, List<Backend> backends, Budget budget, int times) {
    List<RepeatedRun> runs = new ArrayList<>();
    for (Backend backend : backends) {
      List<Outcome> outcomes = new ArrayList<>();
      for (int i = 0; i < times; i++) {
        outcomes.add(runOne(scenario.program(), backend, budget));
      }
      runs.add(new RepeatedRun(backend, outcomes));
    }
    return runs;
  }

  /** Runs a program on one backend, never throwing. */
  public static Outcome runOne(String program, Backend backend, Budget budget) {
    long start = System.nanoTime();
    try {
      Outcome outcome = backend.run(program, budget);
      if (outcome == null) {
        return Outcome.crash(List.of(), "backend returned no outcome", "", Duration.ofNanos(System.nanoTime() - start));
      }
      return outcome;
    } catch (RuntimeException | Error e) {
      StringWriter trace = new StringWriter();
      e.printStackTrace(new PrintWriter(trace));
      return Outcome.crash(List.of(), "backend threw " + e, trace.toString(),
          Duration.ofNanos(System.nanoTime() - start));
    }
  }
}
