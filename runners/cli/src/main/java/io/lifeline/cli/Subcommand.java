package io.lifeline.cli;

import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;

/** A subcommand of {@code lifeline}: its exit code from {@link #call}, its output through the parent's streams. */
abstract class Subcommand implements Callable<Integer> {

  /** The {@code lifeline} command this one was added to. */
  LifelineCommand parent;

  /** The streams {@link Main} was given. */
  Streams streams() {
    return parent.streams();
  }

  /** The option groups this command has besides its annotated options; none by default. */
  List<OptionGroup> optionGroups() {
    return List.of();
  }

  /**
   * This command's picocli model: by default read from its annotations, with its {@link #optionGroups} and the
   * standard help options added. A command may build it without reflection instead (see {@link Binding}).
   */
  CommandLine commandLine() {
    CommandLine cli = new CommandLine(this);
    optionGroups().forEach(g -> g.addTo(cli.getCommandSpec()));
    LifelineCommand.addStandardHelpOptions(cli.getCommandSpec());
    return cli;
  }
}
