package io.lifeline.junit;

import io.lifeline.differential.Shard;
import io.lifeline.scenario.BackendOptions;
import io.lifeline.scenario.Baseline;
import io.lifeline.scenario.BaselineReader;
import io.lifeline.scenario.Budget;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
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
 * @param shard the slice of the scenarios to run
 * @param traceRefs whether backends record why each event happened ({@link Constants#TRACE_REFS})
 * @param baseline the known results ({@link Constants#BASELINE}), or null without one
 */
public record EngineConfig(
    List<String> backendSelectors, BackendOptions backendOptions, int jobs, Budget budget, Path casesRoot,
    int repeats, Shard shard, boolean traceRefs, Baseline baseline) {

  /** Reads the configuration; invalid values are reported as {@link IllegalArgumentException}. */
  public static EngineConfig from(ConfigurationParameters params) {
    return from(params::get);
  }

  /**
   * Reads the configuration from any key-value source with the same keys ({@link Constants}), such as TestNG
   * parameters or system properties; invalid values are reported as {@link IllegalArgumentException}.
   */
  public static EngineConfig from(Function<String, Optional<String>> params) {
    List<String> selectors = list(params.apply(Constants.BACKENDS).orElse(""));
    String real = params.apply(Constants.REAL).orElse("auto");
    if (!real.equals("auto") && !real.equals("off")) {
      throw new IllegalArgumentException(Constants.REAL + " must be auto or off, not '" + real + "'");
    }
    List<Path> pythons = list(params.apply(Constants.PYTHONS).orElse("")).stream().map(Path::of).toList();
    int jobs = params.apply(Constants.JOBS).map(String::trim).map(Integer::parseInt)
        .orElse(Runtime.getRuntime().availableProcessors());
    long seconds = params.apply(Constants.TIMEOUT_SECONDS).map(String::trim).map(Long::parseLong).orElse(10L);
    Budget budget = Budget.DEFAULT.withWallClock(Duration.ofSeconds(seconds));
    String root = System.getProperty("lifeline.root", ".");
    Path cases = params.apply(Constants.CASES).map(Path::of).orElse(Path.of(root, "cases"));
    int repeats = params.apply(Constants.VERIFY).map(String::trim).map(Integer::parseInt).orElse(1);
    if (repeats < 1) {
      throw new IllegalArgumentException(Constants.VERIFY + " must be at least 1, not " + repeats);
    }
    Shard shard = params.apply(Constants.SHARD).filter(s -> !s.isBlank()).map(EngineConfig::shard).orElse(Shard.ALL);
    boolean traceRefs = params.apply(Constants.TRACE_REFS).map(String::trim).map(Boolean::parseBoolean).orElse(false);
    return new EngineConfig(selectors, new BackendOptions(real.equals("auto"), pythons), Math.max(1, jobs), budget,
        cases, repeats, shard, traceRefs, params.apply(Constants.BASELINE).filter(b -> !b.isBlank())
        .map(b -> baseline(Path.of(b.trim()))).orElse(null));
  }

  /** Reads the baseline; its problems, located, are the message of the IllegalArgumentException. */
  private static Baseline baseline(Path file) {
    BaselineReader.Loaded loaded = BaselineReader.read(file);
    if (!loaded.ok()) {
      throw new IllegalArgumentException(Constants.BASELINE + ": " + file + " has problems:\n" + String.join("\n",
          loaded.problems().stream().map(Object::toString).toList()));
    }
    return loaded.baseline();
  }

  private static Shard shard(String text) {
    try {
      return Shard.parse(text);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(Constants.SHARD + ": " + e.getMessage(), e);
    }
  }

  private static List<String> list(String csv) {
    return Arrays.stream(csv.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
  }
}
