package io.lifeline.cli;

import io.lifeline.scenario.ScenarioLoader;

/**
 * Start-up work moved off the main thread: code a command will need later is warmed up on a second thread while
 * the main thread builds the command line, the backends and the report listeners, so a machine with a core to
 * spare starts a one-scenario run sooner (the schema validator, the other large set-up, is skipped for texts known
 * to meet the schema: see the scenario module's SchemaVerdicts). Nothing here is observable: a class initialises once, whichever
 * thread gets there first (the other waits), and a failure here is met again, and reported, where the class is
 * used.
 */
final class Preload {
  private Preload() {}

  /** Starts warming up, in the background, what commands that load scenarios need: the YAML parser. */
  static void forScenarios() {
    Thread t = new Thread(Preload::warmUpScenarioLoading, "lifeline-preload");
    t.setDaemon(true);
    t.start();
  }

  private static void warmUpScenarioLoading() {
    try {
      ScenarioLoader.warmUp();
    } catch (Throwable e) {
      // Met again where scenarios are loaded, and reported there.
    }
  }
}
