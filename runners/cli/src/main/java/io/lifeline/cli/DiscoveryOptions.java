package io.lifeline.cli;

import io.lifeline.scenario.BackendOptions;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Model.CommandSpec;

/** Which real interpreters a command finds: discovered on this machine or not, and any given by hand. */
final class DiscoveryOptions implements OptionGroup {

  String real;

  List<Path> pythons = new ArrayList<>();

  @Override
  public void addTo(CommandSpec spec) {
    spec.addOption(Binding.option(String.class, () -> real, v -> real = v, "--real")
        .paramLabel("auto|off").defaultValue("auto")
        .description("Discover the real interpreters of this machine (auto, the default) or not (off).").build());
    spec.addOption(Binding.list(Path.class, () -> pythons, v -> pythons = v, "--python")
        .paramLabel("PATH").description("Add this interpreter by hand. Repeatable.").build());
  }

  BackendOptions toOptions() {
    if (!real.equals("auto") && !real.equals("off")) {
      throw new UsageException("--real must be auto or off, not '" + real + "'");
    }
    return new BackendOptions(real.equals("auto"), pythons);
  }
}
