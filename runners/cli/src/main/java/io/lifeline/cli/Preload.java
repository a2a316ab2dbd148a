package io.lifeline.cli;

import java.util.List;

/**
 * Start-up work moved off the main thread: classes a command will need later are initialised on a second thread
 * while the main thread builds the command line, the backends and the report listeners, so a machine with a core
 * to spare starts a one-scenario run sooner. Nothing here is observable: a class initialises once, whichever
 * thread gets there first (the other waits), and a failure here is met again, and reported, where the class is
 * used.
 */
final class Preload {
  /** What loading a scenario initialises first: the compiled JSON Schema (a quarter of a short run's set-up). */
  private static final List<String> SCENARIO_LOADING = List.of("io.lifeline.scenario.ScenarioSchema");

  private Preload() {}

  /** Starts initialising, in the background, what commands that load scenarios need. */
  static void forScenarios() {
    Thread t = new Thread(() -> SCENARIO_LOADING.forEach(Preload::initialise), "lifeline-preload");
    t.setDaemon(true);
    t.start();
  }

  private static void initialise(String className) {
    try {
      Class.forName(className, true, Preload.class.getClassLoader());
    } catch (Throwable e) {
      // Met again where the class is used, and reported there.
    }
  }
}
