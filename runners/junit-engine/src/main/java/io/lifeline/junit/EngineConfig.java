package io.lifeline.junit;

import io.lifeline.scenario.BackendOptions;
import io.lifeline.scenario.Budget;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import org.junit.platform.engine.ConfigurationParameters;

/**
 * The engine's configuration, read once from the platform's configuration parameters ({@link Constants}).
 *
 * @param backendSelectors {@code --backend} selectors; empty for all
 * @param backendOptions real-interpreter discovery options
 * @param jobs scenarios run at once
 * @param budget limits of one run
 * @param casesRoot the case root unique-id selectors resolve against
 * @param repeats runs of each (scenario, backend), at least 1 ({@link Constants#VERIFY})
 */
public record EngineConfig(
    List<String> backendSelectors, BackendOptions backendOptions, int jobs, Budget budget, Path casesRoot,
    int repeats) {

  /** Reads the configuration; invalid values are reported as {@link IllegalArgumentException}. */
  public static EngineConfig from(ConfigurationParameters params) {
    List<String> selectors = list(params.get(Constants.BACKENDS).orElse(""));
    String real = params.get(Constants.REAL).orElse("auto");
    if (!real.equals("auto") && !real.equals("off")) {
      throw new IllegalArgumentException(Constants.REAL + " must be auto or off, not '" + real + "'");
    }
    List<Path> pythons = list(params.get(Constants.PYTHONS).orElse("")).stream().map(Path::of).toList();
    int jobs = params.get(Constants.JOBS, Integer::parseInt).orElse(Runtime.getRuntime().availableProcessors());
    long seconds = params.get(Constants.TIMEOUT_SECONDS, Long::parseLong).orElse(10L);
    Budget budget = Budget.DEFAULT.withWallClock(Duration.ofSeconds(seconds));
    String root = System.getProperty("lifeline.root", ".");
    Path cases = params.get(Constants.CASES).map(Path::of).orElse(Path.of(root, "cases"));
    int repeats = params.get(Constants.VERIFY, Integer::parseInt).orElse(1);
    if (repeats < 1) {
      throw new IllegalArgumentException(Constants.VERIFY + " must be at least 1, not " + repeats);
    }
    return new EngineConfig(selectors, new BackendOptions(real.equals("auto"), pythons), Math.max(1, jobs), budget,
        cases, repeats);
  }

  private static List<String> list(String csv) {
    return Arrays.stream(csv.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
  }
}
