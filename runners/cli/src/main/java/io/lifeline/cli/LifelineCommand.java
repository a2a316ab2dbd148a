package io.lifeline.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** The top-level command; its subcommands do the work. */
@Command(
    name = "lifeline",
    mixinStandardHelpOptions = true,
    scope = ScopeType.INHERIT,
    version = "lifeline 0.1.0",
    description = "Conformance suite and differential runner for Python object-lifetime semantics.",
    subcommands = {RunCommand.class, CompareCommand.class, ReportCommand.class, BackendsCommand.class, NewCommand.class, BlessCommand.class,
        CheckCommand.class, FuzzCommand.class, DisasmCommand.class})
final class LifelineCommand implements Runnable {

  private final Streams streams;

  @Spec
  CommandSpec spec;

  LifelineCommand(Streams streams) {
    this.streams = streams;
  }

  Streams streams() {
    return streams;
  }

  @Override
  public void run() {
    throw new ParameterException(spec.commandLine(),
        "a command is required: run, compare, report, backends, new, bless, check, fuzz or disasm");
  }
}
