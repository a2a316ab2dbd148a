package io.lifeline.cli;

import io.lifeline.authoring.Scaffold;
import java.io.IOException;
import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code lifeline new FAMILY/NAME}: scaffolds a scenario file. */
@Command(name = "new", description = "Create cases/FAMILY/NAME.yaml from a template (never overwrites)."
    + " Then edit it and run lifeline bless on it. Exit 0: created; 2: bad name or the file exists.")
final class NewCommand extends Subcommand {

  @Parameters(paramLabel = "FAMILY/NAME", description = "The scenario's id, e.g. weakref/callback-after-del.")
  String name;

  @Option(names = "--root", paramLabel = "DIR", description = "The case root (default: the project's cases/).")
  Path root;

  @Override
  public Integer call() throws IOException {
    Path project = Path.of(System.getProperty("lifeline.root", "."));
    Path caseRoot = root != null ? root : project.resolve("cases");
    try {
      Path file = Scaffold.create(caseRoot, project.resolve("spec/scenario.schema.json"), name);
      streams().out().println("created " + file);
      streams().out().println(
          "next: write the title, description and program (source), then run: lifeline bless " + file);
      return Main.OK;
    } catch (Scaffold.ScaffoldException e) {
      throw new UsageException(e.getMessage());
    }
  }
}
