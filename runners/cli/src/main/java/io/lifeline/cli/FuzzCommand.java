package io.lifeline.cli;

import io.lifeline.differential.BackendCatalog;
import io.lifeline.fuzz.CompileCheck;
import io.lifeline.fuzz.Finding;
import io.lifeline.fuzz.ForkServerBackend;
import io.lifeline.fuzz.FuzzListener;
import io.lifeline.fuzz.FuzzOptions;
import io.lifeline.fuzz.FuzzSummary;
import io.lifeline.fuzz.Fuzzer;
import io.lifeline.fuzz.Pair;
import io.lifeline.fuzz.Pairing;
import io.lifeline.fuzz.PosingBackend;
import io.lifeline.fuzz.Program;
import io.lifeline.fuzz.ScenarioWriter;
import io.lifeline.real.RealInterpreterBackend;
import io.lifeline.scenario.Backend;
import io.lifeline.scenario.Budget;
import io.lifeline.scenario.Traits;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code lifeline fuzz}: a thin shell over {@link Fuzzer}. Chooses the backends (models, the real interpreters
 * behind fork servers, poses), writes each distinct finding as a scenario, shows progress on stderr and the
 * summary on stdout. Exit 0 when it ran (findings are its output, not a failure), 2 for usage errors.
 */
@Command(name = "fuzz", description = "Run random lifetime programs on the models and the real interpreters they"
    + " model; shrink each divergence into a scenario in --out. Exit 0: it ran; 2: usage errors.")
final class FuzzCommand extends Subcommand {

  private static final Pattern DURATION = Pattern.compile("(\\d+)(ms|s|m|h)?");
  private static final Pattern POSE = Pattern.compile("(.+)=(\\w+)-(\\d+(?:\\.\\d+)*)");

  final BackendOptionsMixin backendOptions = new BackendOptionsMixin();

  @Override
  List<OptionGroup> optionGroups() {
    return List.of(backendOptions);
  }

  @Option(names = "--seed", paramLabel = "S", description = "Generator seed; the same seed gives the same programs"
      + " (default: from the clock, and printed).")
  Long seed;

  @Option(names = "--count", paramLabel = "N", description = "Programs to run (default: 1000, or no limit with --time).")
  Integer count;

  @Option(names = "--time", paramLabel = "DURATION", description = "Stop generating after this long: 90s, 10m, 1h.")
  String time;

  @Option(names = "--out", paramLabel = "DIR", description = "Where findings go as scenarios (default: cases/_found).")
  Path out;

  @Option(names = "--jobs", paramLabel = "N", description = "Programs run at once (default: the number of cores).")
  Integer jobs;

  @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "5",
      description = "Wall-clock budget of one program on one backend; beyond it the run is a hang (default: 5).")
  long timeoutSeconds;

  @Option(names = "--pose", paramLabel = "REAL=IMPL-VERSION", description = "Self-test: let a real interpreter pose"
      + " as a model, e.g. real:cpython-3.10.13=cpython-3.11 (a 3.11 model that holds call arguments). Repeatable.")
  List<String> poses = new ArrayList<>();

  @Option(names = "--no-fork-server", description = "Start a process per program instead (to measure the difference).")
  boolean noForkServer;

  @Override
  public Integer call() throws InterruptedException {
    Streams streams = streams();
    FuzzOptions options = options();
    BackendCatalog catalog = BackendCatalog.discover(backendOptions.toOptions());
    backendOptions.explain(catalog, streams.err(), "lifeline: ");
    List<Backend> reals = new ArrayList<>();
    List<ForkServerBackend> servers = new ArrayList<>();
    for (Backend b : catalog.all()) {
      if (b instanceof RealInterpreterBackend r && !noForkServer) {
        ForkServerBackend s = new ForkServerBackend(r, options.jobs());
        servers.add(s);
        reals.add(s);
      } else if (b.isReal()) {
        reals.add(b);
      }
    }
    try {
      List<Backend> models = models(catalog, reals);
      return fuzz(options, models, reals, servers, streams);
    } finally {
      servers.forEach(ForkServerBackend::close);
    }
  }

  private int fuzz(FuzzOptions options, List<Backend> models, List<Backend> reals, List<ForkServerBackend> servers,
      Streams streams) throws InterruptedException {
    for (Backend m : models) {
      if (Pairing.counterpart(m, reals).isEmpty()) {
        streams.err().println("lifeline: note: model " + m.name() + " has no real counterpart here; not run");
      }
    }
    if (models.isEmpty()) {
      streams.err().println("lifeline: note: no model backends; the programs run on the real interpreters only"
          + " (a check of the generator; no findings are possible). --pose makes a real interpreter pose as a model.");
    }
    Path outDir = out != null ? out : Path.of(System.getProperty("lifeline.root", "."), "cases", "_found");
    Progress progress = new Progress(streams, outDir, options.seed());
    Fuzzer fuzzer = new Fuzzer(options, models, reals, compileCheck(servers, streams), progress);
    for (Pair p : fuzzer.pairs()) {
      streams.err().println("lifeline: fuzzing " + p);
    }
    FuzzSummary s = fuzzer.run();
    progress.finish();
    streams.out().printf("seed %d: %d programs in %.1fs (%.1f programs/s), %d findings, %d distinct%s%n",
        options.seed(), s.programs(), s.elapsed().toMillis() / 1000.0, s.rate(), s.findings(), s.distinct(),
        s.invalid() == 0 ? "" : ", " + s.invalid() + " runs of a real interpreter did not complete");
    for (Finding f : fuzzer.findings().distinct()) {
      streams.out().println("  " + fuzzer.findings().count(f) + "x " + ScenarioWriter.title(f));
    }
    return Main.OK;
  }

  private FuzzOptions options() {
    Duration limit = time == null ? null : duration(time);
    int n = count != null ? count : limit != null ? 0 : 1000;
    if (n < 0 || (count != null && count == 0 && limit == null)) {
      throw new UsageException("--count must be at least 1");
    }
    int jobCount = jobs == null ? Runtime.getRuntime().availableProcessors() : jobs;
    if (jobCount < 1) {
      throw new UsageException("--jobs must be at least 1");
    }
    if (timeoutSeconds < 1) {
      throw new UsageException("--timeout must be at least 1 second");
    }
    long s = seed != null ? seed : System.currentTimeMillis() % 1_000_000;
    return new FuzzOptions(s, n, limit, jobCount, Budget.DEFAULT.withWallClock(Duration.ofSeconds(timeoutSeconds)), 600);
  }

  static Duration duration(String text) {
    Matcher m = DURATION.matcher(text.trim());
    if (!m.matches()) {
      throw new UsageException("--time must be a number with a unit (90s, 10m, 1h), not '" + text + "'");
    }
    long v = Long.parseLong(m.group(1));
    String unit = m.group(2) == null ? "s" : m.group(2);
    Duration d = switch (unit) {
      case "ms" -> Duration.ofMillis(v);
      case "m" -> Duration.ofMinutes(v);
      case "h" -> Duration.ofHours(v);
      default -> Duration.ofSeconds(v);
    };
    if (d.isZero()) {
      throw new UsageException("--time must be more than zero");
    }
    return d;
  }

  /** The catalog's models chosen by --backend (all by default), then the poses. */
  private List<Backend> models(BackendCatalog catalog, List<Backend> reals) {
    List<Backend> chosen = backendOptions.selected(catalog);
    List<Backend> models = new ArrayList<>(chosen.stream()
        .filter(b -> "model".equals(b.traits().get(Traits.KIND).orElse(""))).toList());
    for (String pose : poses) {
      Matcher m = POSE.matcher(pose);
      if (!m.matches()) {
        throw new UsageException("--pose must be REAL=IMPL-VERSION (real:cpython-3.10.13=cpython-3.11), not '" + pose + "'");
      }
      Backend real = reals.stream().filter(r -> r.name().equals(m.group(1))).findFirst()
          .orElseThrow(() -> new UsageException("--pose: no real interpreter named '" + m.group(1) + "'; available: "
              + String.join(", ", reals.stream().map(Backend::name).toList())));
      models.add(new PosingBackend(real, m.group(2), m.group(3)));
    }
    return models;
  }

  /** Real CPython 3.11 (the newest release found) checks that shrunk programs still compile. */
  private static CompileCheck compileCheck(List<ForkServerBackend> servers, Streams streams) {
    Optional<ForkServerBackend> cpython311 = servers.stream()
        .filter(s -> s.traits().impl().equals("cpython") && s.traits().version().startsWith("3.11."))
        .max(Comparator.comparing(s -> s.traits().version()));
    if (cpython311.isEmpty()) {
      streams.err().println("lifeline: note: no real CPython 3.11 (behind a fork server); shrunk programs are not"
          + " compile-checked");
      return CompileCheck.NONE;
    }
    return CompileCheck.on(cpython311.get());
  }

  /** Progress on stderr (redrawn on a terminal, a line every few seconds otherwise), and findings to --out. */
  private static final class Progress implements FuzzListener {
    private static final long TERMINAL_NANOS = 200_000_000L;
    private static final long LOG_NANOS = 5_000_000_000L;

    private final Streams streams;
    private final Path outDir;
    private final long seed;
    private long last = System.nanoTime();
    private boolean drawn;

    Progress(Streams streams, Path outDir, long seed) {
      this.streams = streams;
      this.outDir = outDir;
      this.seed = seed;
    }

    @Override
    public void progress(FuzzSummary s) {
      long now = System.nanoTime();
      if (now - last < (streams.terminal() ? TERMINAL_NANOS : LOG_NANOS)) {
        return;
      }
      last = now;
      String line = String.format("lifeline: %d programs, %.1f/s, %d findings (%d distinct)",
          s.programs(), s.rate(), s.findings(), s.distinct());
      if (streams.terminal()) {
        streams.err().print("\r" + line + "   ");
        drawn = true;
      } else {
        streams.err().println(line);
      }
      streams.err().flush();
    }

    @Override
    public void finding(Finding f) {
      clear();
      try {
        Path file = ScenarioWriter.write(f, seed, outDir);
        streams.err().println("lifeline: finding: " + ScenarioWriter.title(f) + "\n  -> " + file);
      } catch (IOException e) {
        streams.err().println("lifeline: cannot write a finding to " + outDir + ": " + e.getMessage());
      }
    }

    @Override
    public void invalid(Program p, String backend, String why) {
      clear();
      streams.err().println("lifeline: program " + p.index() + " did not complete on " + backend + ": " + why);
    }

    void finish() {
      clear();
    }

    private void clear() {
      if (drawn) {
        streams.err().print("\r" + " ".repeat(78) + "\r");
        drawn = false;
      }
    }
  }
}
