package io.lifeline.real;

import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Forcibly ends a child process and every process it spawned, for lifeline's own short helper processes (an
 * interpreter's probe, {@code pyenv root}); a program's run uses {@link RunProcesses}, which also reaches what left
 * the tree.
 */
final class ProcessTree {
  private ProcessTree() {}

  /**
   * Kills {@code process} and its descendants, then waits briefly for {@code process} to be reaped.
   *
   * <p>Ordering: descendants are listed before the root dies, because once it dies they are re-parented and no
   * longer appear as its descendants; the root is killed before them so it cannot spawn replacements. A process
   * that escaped the tree earlier (double fork, setsid) is out of reach.
   */
  static void kill(Process process) {
    List<ProcessHandle> descendants;
    try {
      descendants = process.descendants().toList();
    } catch (RuntimeException e) {
      descendants = List.of();
    }
    process.destroyForcibly();
    for (ProcessHandle child : descendants) {
      child.destroyForcibly();
    }
    try {
      process.waitFor(5, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
