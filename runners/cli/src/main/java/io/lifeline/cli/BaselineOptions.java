package io.lifeline.cli;

import io.lifeline.scenario.Baseline;
import io.lifeline.scenario.BaselineReader;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Model.CommandSpec;

/**
 * The options of {@code lifeline run} that gate it on a baseline of known results (spec/baselines.md), and the
 * baselines they name, read before the run so that a broken file is a usage error rather than a failed run.
 */
final class BaselineOptions implements OptionGroup {

  Path baseline;

  boolean strict;

  Path writeBaseline;

  @Override
  public void addTo(CommandSpec spec) {
    spec.addOption(Binding.option(Path.class, () -> baseline, v -> baseline = v, "--baseline").paramLabel("FILE")
        .description("Known results: exit 1 only on a regression (a failure the file does not list, or lists with"
            + " another outcome); results it lists that no longer fail are reported as fixed.").build());
    spec.addOption(Binding.flag(() -> strict, v -> strict = v, "--strict")
        .description("With --baseline, also exit 1 when a listed result is fixed (so stale entries get removed).")
        .build());
    spec.addOption(Binding.option(Path.class, () -> writeBaseline, v -> writeBaseline = v, "--write-baseline")
        .paramLabel("FILE")
        .description("Write the run's failing and erroring results as a baseline, keeping the reasons and links of"
            + " the entries that still apply (from --baseline, else from FILE). Without --baseline the run exits 0"
            + " unless there are load errors.").build());
  }

  /** Whether the run is judged against a baseline. */
  boolean gated() {
    return baseline != null;
  }

  /** The baseline to judge against, or null; a missing or broken file is a usage error listing its problems. */
  Baseline readBaseline() {
    if (strict && baseline == null) {
      throw new UsageException("--strict needs --baseline");
    }
    return baseline == null ? null : read(baseline, "--baseline");
  }

  /**
   * The baseline whose reasons and links {@code --write-baseline} keeps: the {@code --baseline}, else the file
   * being replaced, else none.
   */
  Baseline previous(Baseline gate) {
    if (gate != null) {
      return gate;
    }
    return writeBaseline != null && Files.exists(writeBaseline) ? read(writeBaseline, "--write-baseline")
        : Baseline.EMPTY;
  }

  private static Baseline read(Path file, String option) {
    if (!Files.isRegularFile(file)) {
      throw new UsageException(option + ": no such file: " + file);
    }
    BaselineReader.Loaded loaded = BaselineReader.read(file);
    if (!loaded.ok()) {
      throw new UsageException(option + ": " + file + " has problems (lifeline check " + file + "):\n"
          + String.join("\n", loaded.problems().stream().map(p -> "  " + p).toList()));
    }
    return loaded.baseline();
  }
}
