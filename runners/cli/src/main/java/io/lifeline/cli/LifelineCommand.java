package io.lifeline.cli;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParameterException;

/**
 * The top-level command; its subcommands do the work. Its picocli model is built with picocli's builders rather
 * than read from annotations (see {@link Binding}); every command gets the standard help options and the version.
 */
final class LifelineCommand implements Runnable {

  static final String VERSION = "lifeline 0.1.0";

  /**
   * The subcommands in the order help lists them. A command line naming one gets only that one, since making the
   * others' models (by reflection on their annotations) is start-up the command does not need.
   */
  private static final Map<String, Supplier<Subcommand>> SUBCOMMANDS = new LinkedHashMap<>();

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
  private final CommandSpec spec;

  private LifelineCommand(Streams streams) {
    this.streams = streams;
    this.spec = CommandSpec.wrapWithoutInspection(this).name("lifeline");
    spec.usageMessage().description(
        "Conformance suite and differential runner for Python object-lifetime semantics.");
    addStandardHelpOptions(spec);
  }

  Streams streams() {
    return streams;
  }

  /**
   * The {@code lifeline} command line writing to {@code streams}, with the subcommand {@code first} names, or every
   * subcommand if it names none (help, errors).
   */
  static CommandLine commandLine(Streams streams, String first) {
    LifelineCommand top = new LifelineCommand(streams);
    CommandLine cli = new CommandLine(top.spec);
    Supplier<Subcommand> named = first == null ? null : SUBCOMMANDS.get(first);
    if (named != null) {
      top.add(cli, first, named.get());
    } else {
      SUBCOMMANDS.forEach((name, command) -> top.add(cli, name, command.get()));
    }
    return cli;
  }

  private void add(CommandLine cli, String name, Subcommand command) {
    command.parent = this;
    cli.addSubcommand(name, command.commandLine());
  }

  /**
   * {@code -h, --help} and {@code -V, --version} as picocli's {@code mixinStandardHelpOptions} has them, and the
   * version they print.
   */
  static void addStandardHelpOptions(CommandSpec spec) {
    spec.version(VERSION);
    spec.addOption(OptionSpec.builder("-h", "--help").type(boolean.class).initialValue(false).usageHelp(true)
        .descriptionKey("mixinStandardHelpOptions.help").description("Show this help message and exit.").build());
    spec.addOption(OptionSpec.builder("-V", "--version").type(boolean.class).initialValue(false).versionHelp(true)
        .descriptionKey("mixinStandardHelpOptions.version").description("Print version information and exit.")
        .build());
  }

  @Override
  public void run() {
    throw new ParameterException(spec.commandLine(),
        "a command is required: run, compare, report, backends, new, bless, check, fuzz or disasm");
  }
}
