package io.lifeline.cli;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import picocli.CommandLine;
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
    description = "Conformance suite and differential runner for Python object-lifetime semantics.")
final class LifelineCommand implements Runnable {

  /**
   * The subcommands in the order help lists them. Picocli reads each one's annotations by reflection when it is
   * added, a tenth of a one-scenario run's start-up for all nine, so a command line naming one gets only that one.
   */
  private static final Map<String, Supplier<Object>> SUBCOMMANDS = new LinkedHashMap<>();

  static {
    SUBCOMMANDS.put("run", RunCommand::new);
    SUBCOMMANDS.put("compare", CompareCommand::new);
    SUBCOMMANDS.put("report", ReportCommand::new);
    SUBCOMMANDS.put("backends", BackendsCommand::new);
    SUBCOMMANDS.put("new", NewCommand::new);
    SUBCOMMANDS.put("bless", BlessCommand::new);
    SUBCOMMANDS.put("check", CheckCommand::new);
    SUBCOMMANDS.put("fuzz", FuzzCommand::new);
    SUBCOMMANDS.put("disasm", DisasmCommand::new);
  }

  private final Streams streams;

  @Spec
  CommandSpec spec;

  LifelineCommand(Streams streams) {
    this.streams = streams;
  }

  Streams streams() {
    return streams;
  }

  /** Adds the subcommand {@code first} names to {@code cli}, or every subcommand if it names none (help, errors). */
  static void addSubcommands(CommandLine cli, String first) {
    Supplier<Object> named = first == null ? null : SUBCOMMANDS.get(first);
    if (named != null) {
      cli.addSubcommand(first, named.get());
    } else {
      SUBCOMMANDS.forEach((name, command) -> cli.addSubcommand(name, command.get()));
    }
  }

  @Override
  public void run() {
    throw new ParameterException(spec.commandLine(),
        "a command is required: run, compare, report, backends, new, bless, check, fuzz or disasm");
  }
}
