package io.lifeline.fuzz;

/** What a fuzz run reports while it runs; called from the run's reporting thread, in program order. */
public interface FuzzListener {

  /** After each program: the totals so far. */
  default void progress(FuzzSummary soFar) {}

  /** A new distinct finding, shrunk and with the real interpreters' outcomes. */
  default void finding(Finding f) {}

  /** A program the real interpreter it ran on did not complete: a generator bug, not a finding. */
  default void invalid(Program p, String backend, String why) {}
}
