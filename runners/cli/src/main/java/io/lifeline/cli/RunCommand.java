package io.lifeline.cli;

import io.lifeline.differential.BackendCatalog;
import io.lifeline.differential.Shard;
import io.lifeline.junit.ResultEntries;
import io.lifeline.scenario.Backend;
import io.lifeline.scenario.Baseline;
import io.lifeline.scenario.StartupTrace;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.reporting.legacy.xml.LegacyXmlReportGeneratingListener;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/**
 * {@code lifeline run}: runs scenarios on the backends through the JUnit Platform and reports verdicts and diffs.
 * Its picocli model is built without reflection ({@link Binding}): it is the command people run most.
 */
final class RunCommand extends Subcommand {

  List<Path> paths = new ArrayList<>();

  final BackendOptionsMixin backendOptions = new BackendOptionsMixin();

  final BaselineOptions baselineOptions = new BaselineOptions();

  Integer jobs;

  long timeoutSeconds;

  int verify;

  boolean traceRefs;

  String format;

  String shard;

  Path allure;

  boolean noAllure;

  Path matrix;

  boolean noMatrix;

  Path junitXml;

  @Override
  CommandLine commandLine() {
    CommandSpec spec = CommandSpec.wrapWithoutInspection(this);
    spec.usageMessage().description("Run scenarios on the backends, check each against its expectations and diff"
        + " the backends. Exit 0: nothing failed; 1: a scenario failed or errored (with --baseline: a regression);"
        + " 2: usage or load errors.");
    Binding<List<Path>> pathsField = Binding.of(() -> paths, v -> paths = v);
    spec.addPositional(PositionalParamSpec.builder().index("0..*").arity("0..1").type(List.class)
        .auxiliaryTypes(Path.class).getter(pathsField).setter(pathsField).initialValue(paths).paramLabel("PATH")
        .description("Scenario files or folders (default: the project's cases/).").build());
    backendOptions.addTo(spec);
    baselineOptions.addTo(spec);
    spec.addOption(Binding.option(Integer.class, () -> jobs, v -> jobs = v, "--jobs").paramLabel("N")
        .description("Scenarios run at once (default: the number of cores).").build());
    spec.addOption(Binding.option(long.class, () -> timeoutSeconds, v -> timeoutSeconds = v, "--timeout")
        .paramLabel("SECONDS").defaultValue("10")
        .description("Wall-clock budget of one backend run; beyond it the run is a hang (default: 10).").build());
    spec.addOption(Binding.option(int.class, () -> verify, v -> verify = v, "--verify").paramLabel("N")
        .defaultValue("1")
        .description("Run each (scenario, backend) N times; report any whose runs disagree (verdict: the worst run).")
        .build());
    spec.addOption(Binding.flag(() -> traceRefs, v -> traceRefs = v, "--trace-refs")
        .description("Record, where a backend can (the models), why each event happened: the instruction, line and"
            + " frame that dropped the last reference. Shown in the text output, the JSON results' detail and Allure.")
        .build());
    spec.addOption(Binding.option(String.class, () -> format, v -> format = v, "--format").paramLabel("text|json")
        .defaultValue("text")
        .description("text (default): matrix and diffs; json: one JSON document on stdout, nothing else.").build());
    spec.addOption(Binding.option(String.class, () -> shard, v -> shard = v, "--shard").paramLabel("K/N")
        .description("Run only shard K of N: the scenarios whose id hashes (CRC32) to K. Shards 1/N..N/N together"
            + " run every (scenario, backend) exactly once.").build());
    addReportOptions(spec);
    LifelineCommand.addStandardHelpOptions(spec);
    return new CommandLine(spec);
  }

  private void addReportOptions(CommandSpec spec) {
    spec.addOption(Binding.option(Path.class, () -> allure, v -> allure = v, "--allure").paramLabel("DIR")
        .description("Write Allure results here (default: reports/allure-results); emptied first, history/ kept.")
        .build());
    spec.addOption(Binding.flag(() -> noAllure, v -> noAllure = v, "--no-allure")
        .description("Write no Allure results.").build());
    spec.addOption(Binding.option(Path.class, () -> matrix, v -> matrix = v, "--matrix").paramLabel("FILE")
        .description("Write the conformance matrix page here (default: reports/matrix.html).").build());
    spec.addOption(Binding.flag(() -> noMatrix, v -> noMatrix = v, "--no-matrix")
        .description("Write no matrix page.").build());
    spec.addOption(Binding.option(Path.class, () -> junitXml, v -> junitXml = v, "--junit-xml").paramLabel("DIR")
        .description("Also write the JUnit Platform's legacy XML report (TEST-junit-jupiter.xml style) into DIR.")
        .build());
  }

  @Override
  public Integer call() {
    StartupTrace.mark("run: parsed");
    Shard slice = checkedShard();
    List<Path> targets = paths.isEmpty() ? List.of(defaultCases()) : paths;
    for (Path p : targets) {
      if (!Files.exists(p)) {
        throw new UsageException("no such file or folder: " + p);
      }
    }
    BackendCatalog catalog = BackendCatalog.discover(backendOptions.toOptions());
    List<Backend> backends = backendOptions.selected(catalog);
    StartupTrace.mark("run: backends");
    Streams streams = streams();
    backendOptions.explain(catalog, streams.err(), "lifeline: ");
    int jobCount = checkedJobs();
    Baseline baseline = baselineOptions.readBaseline();
    Baseline previous = baselineOptions.writeBaseline == null ? null : baselineOptions.previous(baseline);
    ResultCollector collector = new ResultCollector(new ProgressBar(streams.err(), streams.terminal(), false));
    List<TestExecutionListener> listeners = new ArrayList<>(List.of(collector));
    Path allureDir = allure != null ? allure : ReportPaths.allureResults();
    Path matrixFile = matrix != null ? matrix : ReportPaths.matrix();
    boolean earlierAllure = !noAllure && WrittenReports.before(allureDir);
    boolean earlierMatrix = !noMatrix && WrittenReports.before(matrixFile);
    AllureOutput allureOutput = noAllure ? null : AllureOutput.into(allureDir);
    if (allureOutput != null) {
      listeners.addAll(allureOutput.listeners());
    }
    if (junitXml != null) {
      listeners.add(new LegacyXmlReportGeneratingListener(junitXml, streams.err()));
    }
    StartupTrace.mark("run: listeners");
    PlatformRun.execute(new PlatformRun.Request(targets, backendOptions.backends, backendOptions.discovery.real,
        backendOptions.discovery.pythons, jobCount, timeoutSeconds, verify, slice, traceRefs, baselineOptions.baseline),
        listeners);
    StartupTrace.mark("run: platform done");
    RunResults run = collector.results(backends.stream().map(Backend::name).toList());
    WrittenReports written = new WrittenReports();
    if (!noMatrix) {
      MatrixOutput.write(matrixFile, run, backends);
      StartupTrace.mark("run: matrix written");
      long scenarios = run.results().stream().map(ResultEntries.Result::scenario).distinct().count();
      written.matrix(matrixFile, earlierMatrix, scenarios, backends.size());
    }
    if (allureOutput != null) {
      allureOutput.finish();
      written.allure(allureDir, earlierAllure);
    }
    if (junitXml != null) {
      written.junitXml(junitXml);
    }
    if (baselineOptions.writeBaseline != null) {
      written.baseline(baselineOptions.writeBaseline,
          BaselineOutput.write(baselineOptions.writeBaseline, previous, run));
    }
    StartupTrace.mark("run: reports written");
    report(run, backends, written, streams);
    StartupTrace.mark("run: reported");
    if (baselineOptions.gated()) {
      return run.gatedExitCode(baselineOptions.strict);
    }
    return baselineOptions.writeBaseline != null ? run.acceptedExitCode() : run.exitCode();
  }

  /** Checks {@code --format} and {@code --verify} and returns the {@code --shard} slice; a usage error if bad. */
  private Shard checkedShard() {
    if (!format.equals("text") && !format.equals("json")) {
      throw new UsageException("--format must be text or json, not '" + format + "'");
    }
    if (verify < 1) {
      throw new UsageException("--verify must be at least 1");
    }
    try {
      return shard == null ? Shard.ALL : Shard.parse(shard);
    } catch (IllegalArgumentException e) {
      throw new UsageException("--shard: " + e.getMessage());
    }
  }

  /** {@code --jobs}, by default one per processor; a usage error below 1. */
  private int checkedJobs() {
    int jobCount = jobs == null ? Runtime.getRuntime().availableProcessors() : jobs;
    if (jobCount < 1) {
      throw new UsageException("--jobs must be at least 1");
    }
    return jobCount;
  }

  /** The report on stdout (text or JSON), load errors on stderr, and what was written where. */
  private void report(RunResults run, List<Backend> backends, WrittenReports written, Streams streams) {
    if (format.equals("json")) {
      JsonReport.write(run, backends, baselineOptions.gated(), streams.out());
    } else {
      TextReport.write(run, backends, backendOptions.verbose, baselineOptions.gated(), streams.out());
    }
    run.loadErrors().forEach(e -> streams.err().println("lifeline: load error: " + e));
    if (format.equals("json")) {
      written.lines().forEach(l -> streams.err().println("lifeline: " + l));
    } else {
      written.lines().forEach(streams.out()::println);
    }
  }

  /** The cases/ folder of the project the launcher runs from ({@code lifeline.root}), else ./cases. */
  static Path defaultCases() {
    return Path.of(System.getProperty("lifeline.root", "."), "cases");
  }
}
