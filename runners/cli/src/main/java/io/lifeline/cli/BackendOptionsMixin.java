package io.lifeline.cli;

import io.lifeline.differential.BackendCatalog;
import io.lifeline.differential.UnknownBackendException;
import io.lifeline.scenario.Backend;
import io.lifeline.scenario.BackendOptions;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Model.CommandSpec;

/** The options that choose backends, shared by every command that runs or lists them. */
final class BackendOptionsMixin implements OptionGroup {

  List<String> backends = new ArrayList<>();

  final DiscoveryOptions discovery = new DiscoveryOptions();

  boolean verbose;

  @Override
  public void addTo(CommandSpec spec) {
    spec.addOption(Binding.list(String.class, () -> backends, v -> backends = v, "--backend").paramLabel("NAME")
        .description("Run only these backends: a name (cpython-3.11, real:cpython-3.11.7), 'real', 'model',"
            + " or a trait condition such as reclaim=tracing. Repeatable; default: all.").build());
    discovery.addTo(spec);
    spec.addOption(Binding.flag(() -> verbose, v -> verbose = v, "-v", "--verbose")
        .description("Also say why candidate interpreters were skipped; with run, also show in full the divergences"
            + " the rules expect.").build());
  }

  BackendOptions toOptions() {
    return discovery.toOptions();
  }

  /** The backends --backend chooses among {@code catalog}'s (all of them when it names none). */
  List<Backend> selected(BackendCatalog catalog) {
    return select(catalog, backends, "");
  }

  /** With --verbose, why candidate interpreters were skipped: one note a line on {@code err}. */
  void explain(BackendCatalog catalog, PrintWriter err, String prefix) {
    if (verbose) {
      catalog.diagnostics().forEach(d -> err.println(prefix + "note: " + d));
    }
  }

  /** {@code catalog.select(selectors)}; an unknown selector is a usage error, its message followed by {@code hint}. */
  static List<Backend> select(BackendCatalog catalog, List<String> selectors, String hint) {
    try {
      return catalog.select(selectors);
    } catch (UnknownBackendException e) {
      throw new UsageException(e.getMessage() + hint);
    }
  }
}
