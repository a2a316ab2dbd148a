package io.lifeline.cli;

import io.lifeline.authoring.CPythonSourceParser;
import io.lifeline.authoring.CaseChecker;
import io.lifeline.authoring.KnownBackends;
import io.lifeline.differential.BackendCatalog;
import io.lifeline.scenario.BackendOptions;
import io.lifeline.scenario.BaselineEntry;
import io.lifeline.scenario.BaselineReader;
import io.lifeline.scenario.ScenarioLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code lifeline check}: validates scenario files without running them. */
@Command(name = "check", description = "Validate scenario files: schema and load errors, unique ids, includes, a"
    + " rule for every known backend, programs that parse; and baseline files (NAME.baseline.yaml): their schema,"
    + " and that each entry names a scenario of the cases checked (or of cases/). Exit 0: no problem; 2: problems"
    + " (file:line:column).")
final class CheckCommand extends Subcommand {

  @Parameters(paramLabel = "PATH", description = "Scenario files or folders (default: the project's cases/), and"
      + " baseline files (named *.baseline.yaml).")
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
    List<Path> baselines = targets.stream().filter(CheckCommand::isBaseline).toList();
    List<Path> scenarios = targets.stream().filter(p -> !isBaseline(p)).toList();
    Streams streams = streams();
    int files = baselines.size();
    int problems = 0;
    Set<String> ids = baselines.isEmpty() ? Set.of() : scenarioIds(scenarios);
    for (Path b : baselines) {
      BaselineReader.Loaded loaded = BaselineReader.read(b);
      loaded.problems().forEach(p -> streams.out().println(p));
      problems += loaded.problems().size();
      for (BaselineEntry e : loaded.baseline().unknownScenarios(ids)) {
        streams.out().println(e.location() + ": no scenario '" + e.scenario() + "' in the cases checked; the entry"
            + " never applies (renamed or deleted? run lifeline run --write-baseline)");
        problems++;
      }
    }
    if (!scenarios.isEmpty()) {
      BackendCatalog catalog = BackendCatalog.discover(new BackendOptions(real.equals("auto"), pythons));
      CaseChecker checker = new CaseChecker(KnownBackends.required(catalog.all()),
          CPythonSourceParser.newest(catalog.all()));
      CaseChecker.Report report = checker.check(scenarios);
      report.problems().forEach(p -> streams.out().println(p));
      report.notes().forEach(n -> streams.err().println("lifeline: note: " + n
          + (real.equals("off") && pythons.isEmpty() ? " (--real auto finds one)" : "")));
      files += report.files();
      problems += report.problems().size();
    }
    streams.out().println("checked " + files + " files: " + problems + " problems");
    return problems == 0 ? Main.OK : Main.USAGE;
  }

  /** The ids of the scenarios at {@code paths}, or of the project's cases/ when none is given. */
  private static Set<String> scenarioIds(List<Path> paths) {
    List<Path> where = paths.isEmpty() ? List.of(RunCommand.defaultCases()) : paths;
    Set<String> ids = new HashSet<>();
    new ScenarioLoader().load(where).scenarios().forEach(s -> ids.add(s.id()));
    return ids;
  }

  /** A baseline file, by its name: {@code NAME.baseline.yaml}. */
  static boolean isBaseline(Path p) {
    return Files.isRegularFile(p) && p.getFileName().toString().endsWith(".baseline.yaml");
  }
}
