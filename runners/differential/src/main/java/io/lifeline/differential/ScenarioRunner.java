package io.lifeline.differential;

import io.lifeline.scenario.Backend;
import io.lifeline.scenario.Budget;
import io.lifeline.scenario.Outcome;
import io.lifeline.scenario.Scenario;
import io.lifeline.scenario.StartupTrace;
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
    return run(scenario, backends, budget, false);
  }

  /**
   * Runs the scenario on each backend in turn, in the order given; with {@code traceRefs}, through
   * {@link Backend#runTracingRefs}.
   */
  public static List<BackendRun> run(Scenario scenario, List<Backend> backends, Budget budget, boolean traceRefs) {
    List<BackendRun> runs = new ArrayList<>();
    for (Backend backend : backends) {
      runs.add(new BackendRun(backend, runOne(scenario.program(), backend, budget, traceRefs)));
    }
    return runs;
  }

  /** Runs the scenario {@code times} times on each backend in turn, in the order given. */
  public static List<RepeatedRun> runRepeatedly(Scenario scenario, List<Backend> backends, Budget budget, int times) {
    return runRepeatedly(scenario, backends, budget, times, false);
  }

  /** As {@link #runRepeatedly(Scenario, List, Budget, int)}, tracing references when {@code traceRefs}. */
  public static List<RepeatedRun> runRepeatedly(Scenario scenario, List<Backend> backends, Budget budget, int times,
      boolean traceRefs) {
    List<RepeatedRun> runs = new ArrayList<>();
    for (Backend backend : backends) {
      List<Outcome> outcomes = new ArrayList<>();
      for (int i = 0; i < times; i++) {
        outcomes.add(runOne(scenario.program(), backend, budget, traceRefs));
      }
      runs.add(new RepeatedRun(backend, outcomes));
    }
    return runs;
  }

  /** Runs a program on one backend, never throwing. */
  public static Outcome runOne(String program, Backend backend, Budget budget) {
    return runOne(program, backend, budget, false);
  }

  /** Runs a program on one backend, tracing references when {@code traceRefs}, never throwing. */
  public static Outcome runOne(String program, Backend backend, Budget budget, boolean traceRefs) {
    StartupTrace.mark("runner: run");
    long start = System.nanoTime();
    try {
      Outcome outcome = traceRefs ? backend.runTracingRefs(program, budget) : backend.run(program, budget);
      if (outcome == null) {
        return Outcome.crash(List.of(), "backend returned no outcome", "", Duration.ofNanos(System.nanoTime() - start));
      }
      StartupTrace.mark("runner: ran");
      return outcome;
    } catch (RuntimeException | Error e) {
      StringWriter trace = new StringWriter();
      e.printStackTrace(new PrintWriter(trace));
      return Outcome.crash(List.of(), "backend threw " + e, trace.toString(),
          Duration.ofNanos(System.nanoTime() - start));
    }
  }
}
