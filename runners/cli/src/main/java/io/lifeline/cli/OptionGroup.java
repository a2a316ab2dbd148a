package io.lifeline.cli;

import picocli.CommandLine.Model.CommandSpec;

/**
 * Options shared by several commands, described with picocli's builders rather than its annotations and bound to
 * the group's fields (see {@link Binding}), so that {@code lifeline run}, which reads no annotations at all, and
 * the annotated commands share one description of each option.
 */
interface OptionGroup {
  /** Adds this group's options, bound to its fields, to {@code spec}. */
  void addTo(CommandSpec spec);
}
