package io.lifeline.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.ParentCommand;

/** A subcommand of {@code lifeline}: its exit code from {@link #call}, its output through the parent's streams. */
abstract class Subcommand implements Callable<Integer> {

  @ParentCommand
  LifelineCommand parent;

  /** The streams {@link Main} was given. */
  Streams streams() {
    return parent.streams();
  }
}
