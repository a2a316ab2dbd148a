package io.lifeline.cli;

import io.lifeline.authoring.CPythonSourceParser;
import io.lifeline.authoring.CaseChecker;
import io.lifeline.authoring.KnownBackends;
import io.lifeline.differential.BackendCatalog;
import io.lifeline.scenario.BackendOptions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code lifeline check}: validates scenario files without running them. */
@Command(name = "check", description = "Validate scenario files: schema and load errors, unique ids, includes, a"
    + " rule for every known backend, programs that parse. Exit 0: no problem; 2: problems (file:line:column).")
final class CheckCommand implements Callable<Integer> {

  @ParentCommand
  LifelineCommand parent;

  @Parameters(paramLabel = "PATH", description = "Scenario files or folders (default: the project's cases/).")
  List<Path> paths = new ArrayList<>();

  @Option(names = "--real", paramLabel = "auto|off", defaultValue = "off",
      description = "Discover the real interpreters (auto) to parse the programs with the newest CPython found, or"
          + " not (off, the default: check starts no interpreter).")
  String real;

  @Option(names = "--python", paramLabel = "PATH",
      description = "Parse the programs with this CPython (the newest given). Repeatable.")
  List<Path> pythons = new ArrayList<>();

  @Override
  public Integer call() {
    List<Path> targets = paths.isEmpty() ? List.of(RunCommand.defaultCases()) : paths;
    for (Path p : targets) {
      if (!Files.exists(p)) {
        throw new UsageException("no such file or folder: " + p);
      }
    }
    if (!real.equals("auto") && !real.equals("off")) {
      throw new UsageException("--real must be auto or off, not '" + real + "'");
    }
    BackendCatalog catalog = BackendCatalog.discover(new BackendOptions(real.equals("auto"), pythons));
    CaseChecker checker = new CaseChecker(KnownBackends.required(catalog.all()),
        CPythonSourceParser.newest(catalog.all()));
    CaseChecker.Report report = checker.check(targets);
    Streams streams = parent.streams();
    report.problems().forEach(p -> streams.out().println(p));
    report.notes().forEach(n -> streams.err().println("lifeline: note: " + n
        + (real.equals("off") && pythons.isEmpty() ? " (--real auto finds one)" : "")));
    streams.out().println("checked " + report.files() + " files: " + report.problems().size() + " problems");
    return report.ok() ? Main.OK : Main.USAGE;
  }

}
