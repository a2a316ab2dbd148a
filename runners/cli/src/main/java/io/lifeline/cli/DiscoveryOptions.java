package io.lifeline.cli;

import io.lifeline.scenario.BackendOptions;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/** Which real interpreters a command finds: discovered on this machine or not, and any given by hand. */
final class DiscoveryOptions {

  @Option(names = "--real", paramLabel = "auto|off", defaultValue = "auto",
      description = "Discover the real interpreters of this machine (auto, the default) or not (off).")
  String real;

  @Option(names = "--python", paramLabel = "PATH", description = "Add this interpreter by hand. Repeatable.")
  List<Path> pythons = new ArrayList<>();

  BackendOptions toOptions() {
    if (!real.equals("auto") && !real.equals("off")) {
      throw new UsageException("--real must be auto or off, not '" + real + "'");
    }
    return new BackendOptions(real.equals("auto"), pythons);
  }
}
