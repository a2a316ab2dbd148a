package io.lifeline.cli;

import io.lifeline.authoring.CPythonSourceParser;
import io.lifeline.authoring.CaseChecker;
import io.lifeline.authoring.KnownBackends;
import io.lifeline.differential.BackendCatalog;
import io.lifeline.scenario.BackendOptions;
import io.lifeline.scenario.BaselineReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code lifeline check}: validates scenario files without running them. */
@Command(name = "check", description = "Validate scenario files: schema and load errors, unique ids, includes, a"
    + " rule for every known backend, programs that parse; and baseline files (NAME.baseline.yaml) against their"
    + " schema. Exit 0: no problem; 2: problems (file:line:column).")
final class CheckCommand implements Callable<Integer> {

  @ParentCommand
  LifelineCommand parent;

  @Parameters(paramLabel = "PATH", description = "Scenario files or folders (default: the project's cases/), and"
      + " baseline files (named *.baseline.yaml).")
  List<Path> paths = new ArrayList<>();

  @Override
  public Integer call() {
    List<Path> targets = paths.isEmpty() ? List.of(RunCommand.defaultCases()) : paths;
    for (Path p : targets) {
      if (!Files.exists(p)) {
        throw new UsageException("no such file or folder: " + p);
      }
    }
    List<Path> baselines = targets.stream().filter(CheckCommand::isBaseline).toList();
    List<Path> scenarios = targets.stream().filter(p -> !isBaseline(p)).toList();
    Streams streams = parent.streams();
    int files = baselines.size();
    int problems = 0;
    for (Path b : baselines) {
      BaselineReader.Loaded loaded = BaselineReader.read(b);
      loaded.problems().forEach(p -> streams.out().println(p));
      problems += loaded.problems().size();
    }
    if (!scenarios.isEmpty()) {
      BackendCatalog catalog = BackendCatalog.discover(BackendOptions.DEFAULT);
      CaseChecker checker = new CaseChecker(KnownBackends.required(catalog.all()),
          CPythonSourceParser.newest(catalog.all()));
      CaseChecker.Report report = checker.check(scenarios);
      report.problems().forEach(p -> streams.out().println(p));
      report.notes().forEach(n -> streams.err().println("lifeline: note: " + n));
      files += report.files();
      problems += report.problems().size();
    }
    streams.out().println("checked " + files + " files: " + problems + " problems");
    return problems == 0 ? Main.OK : Main.USAGE;
  }

  /** A baseline file, by its name: {@code NAME.baseline.yaml}. */
  static boolean isBaseline(Path p) {
    return Files.isRegularFile(p) && p.getFileName().toString().endsWith(".baseline.yaml");
  }
}
