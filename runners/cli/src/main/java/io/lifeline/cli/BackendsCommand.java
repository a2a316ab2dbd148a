package io.lifeline.cli;

import io.lifeline.differential.BackendCatalog;
import io.lifeline.differential.UnknownBackendException;
import io.lifeline.scenario.Backend;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.ParentCommand;

/** {@code lifeline backends}: lists the backends with their traits. */
@Command(name = "backends", description = "List the backends (in-repo models and real interpreters) and their traits.")
final class BackendsCommand implements Callable<Integer> {

  @ParentCommand
  LifelineCommand parent;

  @Mixin
  BackendOptionsMixin backendOptions;

  @Override
  public Integer call() {
    BackendCatalog catalog = BackendCatalog.discover(backendOptions.toOptions());
    List<Backend> selected;
    try {
      selected = catalog.select(backendOptions.backends);
    } catch (UnknownBackendException e) {
      throw new UsageException(e.getMessage());
    }
    PrintWriter out = parent.streams().out();
    int width = selected.stream().mapToInt(b -> b.name().length()).max().orElse(10);
    for (Backend b : selected) {
      StringBuilder line = new StringBuilder(String.format("%-" + width + "s ", b.name()));
      b.traits().asMap().forEach((k, v) -> line.append(' ').append(k).append('=').append(v));
      out.println(line);
    }
    if (selected.isEmpty()) {
      out.println("(no backends)");
    }
    catalog.notices().forEach(n -> parent.streams().err().println("note: " + n));
    if (backendOptions.verbose) {
      catalog.diagnostics().forEach(d -> parent.streams().err().println("note: " + d));
    }
    return Main.OK;
  }
}
