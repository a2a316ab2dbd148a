package io.lifeline.cli;

import io.lifeline.junit.ResultEntries;
import io.lifeline.scenario.ScenarioLoader;
import io.lifeline.scenario.StartupTrace;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.UUID;
import org.junit.platform.engine.support.hierarchical.ExclusiveResource;

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

  /**
   * Starts warming up, in the background, what a command that loads scenarios needs: the YAML parser and the
   * schema verdicts' digest; for {@code run}, also the JUnit Platform's lock ordering (its comparator's lambda
   * classes are spun at run time, and the first spin sets up the JDK's class-file generator), the random source of
   * Allure's identifiers (unless {@code --no-allure}), the default time zone (each report entry is stamped with the
   * local time: the JDK's time-zone database), the JSON of the engine's report entries (which the listeners parse
   * on the run's thread) and the formatting of a decimal number in the default locale (the progress line's
   * seconds: the locale's data and number symbols), in the order the run's thread needs them.
   */
  static void forScenarios(String... args) {
    boolean run = args.length > 0 && args[0].equals("run");
    boolean allure = run && !Arrays.asList(args).contains("--no-allure");
    Thread t = new Thread(() -> warmUp(run, allure), "lifeline-preload");
    t.setDaemon(true);
    t.start();
  }

  private static void warmUp(boolean run, boolean allure) {
    try {
      ScenarioLoader.warmUp();
      StartupTrace.mark("preload: scenario loading");
      if (run) {
        new ExclusiveResource("lifeline.preload", ExclusiveResource.LockMode.READ);
        StartupTrace.mark("preload: JUnit lock ordering");
      }
      if (allure) {
        UUID.randomUUID();
        StartupTrace.mark("preload: random identifiers");
      }
      if (run) {
        LocalDateTime.now();
        StartupTrace.mark("preload: time zone");
        ResultEntries.warmUp();
        StartupTrace.mark("preload: report entries");
        String.format("%.1f", 0.25);
        StartupTrace.mark("preload: number formatting");
      }
    } catch (Throwable e) {
      // Met again where it is used, and reported there.
    }
  }
}
