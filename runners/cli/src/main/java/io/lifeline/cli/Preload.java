package io.lifeline.cli;

import io.lifeline.interpreter.ModelBackend;
import io.lifeline.interpreter.object.UserHashing;
import io.lifeline.scenario.ScenarioLoader;

/**
 * Start-up work moved off the main thread: code a command will need later is warmed up on a second thread while
 * the main thread builds the command line, the backends and the report listeners, so a machine with a core to
 * spare starts a one-scenario run sooner (the schema validator, the other large set-up, is skipped for texts known
 * to meet the schema: see the scenario module's SchemaVerdicts). Nothing here is observable: a class initialises
 * once, whichever thread gets there first (the other waits), and a failure here is met again, and reported, where
 * the class is used.
 */
final class Preload {
  private Preload() {}

  /**
   * Starts warming up, in the background, what a command that loads scenarios needs, in the order the main thread
   * needs it: the YAML parser; for {@code run}, the models' interpreter (the first one made initialises the
   * builtins' types and tables, and the first compile the compiler's: 10 to 20 ms of a one-scenario run's thread).
   */
  static void forScenarios(String... args) {
    boolean run = args.length > 0 && args[0].equals("run");
    Thread t = new Thread(() -> warmUp(run), "lifeline-preload");
    t.setDaemon(true);
    t.start();
  }

  private static void warmUp(boolean models) {
    try {
      ScenarioLoader.warmUp();
      if (models) {
        // A fresh interpreter, never run: its objects and its thread's hashing state die with it.
        ModelBackend.cpython311().newInterp(false).compile("event('a')\n");
        UserHashing.CURRENT.remove();
      }
    } catch (Throwable e) {
      // Met again where it is used, and reported there.
    }
  }
}
