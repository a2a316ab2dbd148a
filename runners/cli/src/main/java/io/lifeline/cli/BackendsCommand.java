package io.lifeline.cli;

import io.lifeline.differential.BackendCatalog;
import io.lifeline.scenario.Backend;
import java.io.PrintWriter;
import java.util.List;
import picocli.CommandLine.Command;

/** {@code lifeline backends}: lists the backends with their traits. */
@Command(name = "backends", description = "List the backends (in-repo models and real interpreters) and their traits.")
final class BackendsCommand extends Subcommand {

  final BackendOptionsMixin backendOptions = new BackendOptionsMixin();

  @Override
  List<OptionGroup> optionGroups() {
    return List.of(backendOptions);
  }

  @Override
  public Integer call() {
    BackendCatalog catalog = BackendCatalog.discover(backendOptions.toOptions());
    List<Backend> selected = backendOptions.selected(catalog);
    PrintWriter out = streams().out();
    int width = selected.stream().mapToInt(b -> b.name().length()).max().orElse(10);
    for (Backend b : selected) {
      StringBuilder line = new StringBuilder(String.format("%-" + width + "s ", b.name()));
      b.traits().asMap().forEach((k, v) -> line.append(' ').append(k).append('=').append(v));
      out.println(line);
    }
    if (selected.isEmpty()) {
      out.println("(no backends)");
    }
    catalog.notices().forEach(n -> streams().err().println("note: " + n));
    backendOptions.explain(catalog, streams().err(), "");
    return Main.OK;
  }
}
