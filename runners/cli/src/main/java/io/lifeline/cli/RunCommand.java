package io.lifeline.cli;

import io.lifeline.differential.BackendCatalog;
import io.lifeline.differential.UnknownBackendException;
import io.lifeline.scenario.Backend;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code lifeline run}: runs scenarios on the backends through the JUnit Platform and reports verdicts and diffs. */
@Command(name = "run", description = "Run scenarios on the backends, check each against its expectations and diff"
    + " the backends. Exit 0: nothing failed; 1: a scenario failed or errored; 2: usage or load errors.")
final class RunCommand implements Callable<Integer> {

  @ParentCommand
  LifelineCommand parent;

  @Parameters(paramLabel = "PATH", description = "Scenario files or folders (default: the project's cases/).")
  List<Path> paths = new ArrayList<>();

  @Mixin
  BackendOptionsMixin backendOptions;

  @Option(names = "--jobs", paramLabel = "N", description = "Scenarios run at once (default: the number of cores).")
  Integer jobs;

  @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "10",
      description = "Wall-clock budget of one backend run; beyond it the run is a hang (default: 10).")
  long timeoutSeconds;

  @Option(names = "--verify", paramLabel = "N", defaultValue = "1",
      description = "Run each (scenario, backend) N times; report any whose runs disagree (verdict: the worst run).")
  int verify;

  @Option(names = "--format", paramLabel = "text|json", defaultValue = "text",
      description = "text (default): matrix and diffs; json: one JSON document on stdout, nothing else.")
  String format;

  @Override
  public Integer call() {
    if (!format.equals("text") && !format.equals("json")) {
      throw new UsageException("--format must be text or json, not '" + format + "'");
    }
    List<Path> targets = paths.isEmpty() ? List.of(defaultCases()) : paths;
    for (Path p : targets) {
      if (!Files.exists(p)) {
        throw new UsageException("no such file or folder: " + p);
      }
    }
    BackendCatalog catalog = BackendCatalog.discover(backendOptions.toOptions());
    List<Backend> backends;
    try {
      backends = catalog.select(backendOptions.backends);
    } catch (UnknownBackendException e) {
      throw new UsageException(e.getMessage());
    }
    Streams streams = parent.streams();
    if (backendOptions.verbose) {
      catalog.diagnostics().forEach(d -> streams.err().println("lifeline: note: " + d));
    }
    if (verify < 1) {
      throw new UsageException("--verify must be at least 1");
    }
    int jobCount = jobs == null ? Runtime.getRuntime().availableProcessors() : jobs;
    if (jobCount < 1) {
      throw new UsageException("--jobs must be at least 1");
    }
    ResultCollector collector = new ResultCollector(new ProgressBar(streams.err(), streams.terminal(), false));
    PlatformRun.execute(new PlatformRun.Request(targets, backendOptions.backends, backendOptions.real,
        backendOptions.pythons, jobCount, timeoutSeconds, verify), List.of(collector));
    RunResults run = collector.results(backends.stream().map(Backend::name).toList());
    if (format.equals("json")) {
      JsonReport.write(run, backends, streams.out());
    } else {
      TextReport.write(run, backends, streams.out());
    }
    run.loadErrors().forEach(e -> streams.err().println("lifeline: load error: " + e));
    return run.exitCode();
  }

  /** The cases/ folder of the project the launcher runs from ({@code lifeline.root}), else ./cases. */
  static Path defaultCases() {
    return Path.of(System.getProperty("lifeline.root", "."), "cases");
  }
}
