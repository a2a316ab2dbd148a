package io.lifeline.cli;

import io.lifeline.scenario.BackendOptions;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/** The options that choose backends, shared by every command that runs or lists them. */
final class BackendOptionsMixin {

  @Option(names = "--backend", paramLabel = "NAME",
      description = "Run only these backends: a name (cpython-3.11, real:cpython-3.11.7), 'real', 'model',"
          + " or a trait condition such as reclaim=tracing. Repeatable; default: all.")
  List<String> backends = new ArrayList<>();

  @Option(names = "--real", paramLabel = "auto|off", defaultValue = "auto",
      description = "Discover the real interpreters of this machine (auto, the default) or not (off).")
  String real;

  @Option(names = "--python", paramLabel = "PATH", description = "Add this interpreter by hand. Repeatable.")
  List<Path> pythons = new ArrayList<>();

  @Option(names = {"-v", "--verbose"}, description = "Also say why candidate interpreters were skipped; with run,"
      + " also show in full the divergences the rules expect.")
  boolean verbose;

  BackendOptions toOptions() {
    if (!real.equals("auto") && !real.equals("off")) {
      throw new UsageException("--real must be auto or off, not '" + real + "'");
    }
    return new BackendOptions(real.equals("auto"), pythons);
  }
}
