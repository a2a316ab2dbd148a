package io.lifeline.cli;

import io.lifeline.authoring.BlessResult;
import io.lifeline.authoring.Blesser;
import io.lifeline.authoring.KnownBackends;
import io.lifeline.differential.BackendCatalog;
import io.lifeline.scenario.Backend;
import io.lifeline.scenario.Budget;
import io.lifeline.scenario.LoadResult;
import io.lifeline.scenario.Scenario;
import io.lifeline.scenario.ScenarioLoader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code lifeline bless}: writes each scenario's expect rules from what the backends do. */
@Command(name = "bless", description = "Run scenarios on the real interpreters (or --from backends), group identical"
    + " outcomes and write the expect rules with the narrowest when; the rest of each file stays as written."
    + " Exit 0: every file blessed or already right; 1: a file was not blessed; 2: usage or load errors.")
final class BlessCommand extends Subcommand {

  @Parameters(paramLabel = "PATH", arity = "1..*", description = "Scenario files or folders.")
  List<Path> paths = new ArrayList<>();

  @Option(names = "--from", paramLabel = "BACKEND",
      description = "Run these backends (names, real, model or trait=value; repeatable). Default: real.")
  List<String> from = new ArrayList<>();

  final DiscoveryOptions discovery = new DiscoveryOptions();

  @Override
  List<OptionGroup> optionGroups() {
    return List.of(discovery);
  }

  @Option(names = "--verify", paramLabel = "N", defaultValue = "1",
      description = "Run each backend N times; warn about, and do not bless, outcomes that differ between runs.")
  int verify;

  @Option(names = "--allow-hang", description = "Bless a run that hangs as status: hang (a crash is never blessed).")
  boolean allowHang;

  @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "10",
      description = "Wall-clock budget of one run; beyond it the run is a hang (default: 10).")
  long timeoutSeconds;

  @Option(names = "--dry-run", description = "Print what would be written instead of writing it.")
  boolean dryRun;

  @Override
  public Integer call() throws IOException {
    if (verify < 1) {
      throw new UsageException("--verify must be at least 1");
    }
    for (Path p : paths) {
      if (!Files.exists(p)) {
        throw new UsageException("no such file or folder: " + p);
      }
    }
    BackendCatalog catalog = BackendCatalog.discover(discovery.toOptions());
    List<Backend> backends = BackendOptionsMixin.select(catalog, from.isEmpty() ? List.of("real") : from,
        from.isEmpty() ? " (no real interpreter found; use --from)" : "");
    Streams streams = streams();
    LoadResult loaded = new ScenarioLoader().load(paths);
    loaded.errors().forEach(e -> streams.err().println("lifeline: load error: " + e));
    Blesser.Options blessing = new Blesser.Options(backends,
        Budget.DEFAULT.withWallClock(Duration.ofSeconds(timeoutSeconds)), verify, allowHang, coverage());
    List<String> names = backends.stream().map(Backend::name).toList();
    streams.err().println("lifeline: blessing from " + String.join(", ", names));
    int refused = 0;
    for (Scenario scenario : loaded.scenarios()) {
      BlessResult result = Blesser.bless(scenario, blessing);
      report(result, streams);
      if (result.kind() == BlessResult.Kind.REFUSED) {
        refused++;
      } else if (dryRun && result.kind() == BlessResult.Kind.BLESSED) {
        streams.out().print(result.text());
      } else {
        result.write();
      }
    }
    if (loaded.hasErrors()) {
      return Main.USAGE;
    }
    return refused > 0 ? Main.FAILED : Main.OK;
  }

  /** The real releases the suite targets and the planned models, each impl and version once. */
  private static List<KnownBackends.Release> coverage() {
    Set<KnownBackends.Release> all = new LinkedHashSet<>(KnownBackends.REAL);
    all.addAll(KnownBackends.PLANNED_MODELS);
    return new ArrayList<>(all);
  }

  private static void report(BlessResult result, Streams streams) {
    String verb = switch (result.kind()) {
      case BLESSED -> "blessed";
      case UNCHANGED -> "unchanged";
      case REFUSED -> "NOT BLESSED";
    };
    streams.out().println(verb + " " + result.scenario().file());
    result.notes().forEach(n -> streams.out().println("  " + n));
  }
}
