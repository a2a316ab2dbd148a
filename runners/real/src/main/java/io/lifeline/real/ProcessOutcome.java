package io.lifeline.real;

import io.lifeline.scenario.Outcome;
import io.lifeline.scenario.Status;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * Turns what a finished (or stopped) process left behind into an {@link Outcome}. The rules, in order:
 *
 * <ol>
 *   <li>stopped at the wall-clock limit: HANG, with the events so far (even if the body had ended and shutdown
 *       hung, since the budget covers shutdown);
 *   <li>end marker written: COMPLETED (a failure during shutdown is noted in the detail only);
 *   <li>error record written: ERROR with the exception's type name and message;
 *   <li>nothing written and stderr reports a compile error in the script: ERROR of type SyntaxError, located in
 *       the program's own line numbering;
 *   <li>anything else (a signal, a memory-limit abort with no error record, {@code sys.exit}/{@code os._exit}
 *       before the end, an unreadable events file): CRASH, with the stderr tail in the detail.
 * </ol>
 */
final class ProcessOutcome {
  private ProcessOutcome() {}

  /** How the process ended. {@code exitCode} is meaningless when {@code timedOut}. */
  record Exit(boolean timedOut, Duration wallClock, int exitCode) {}

  /** Output of the process, already bounded. */
  record Output(String stdout, String stderr) {}

  static Outcome of(Exit exit, EventLog log, Output output, ScriptFile script, String scriptName, Duration elapsed) {
    String detail = detail(output);
    if (exit.timedOut()) {
      return new Outcome(
          log.events(), Status.HANG, null, wallClockText(exit.wallClock()) + " wall clock",
          log.shutdownEvents(), detail, elapsed, log.gcCollectReturns());
    }
    if (log.unreadable() != null) {
      return Outcome.crash(log.events(), "unreadable output: " + log.unreadable(), detail, elapsed);
    }
    if (log.ended()) {
      String note = exit.exitCode() == 0 ? "" : "exit status " + exit.exitCode() + " during shutdown\n";
      return new Outcome(log.events(), Status.COMPLETED, null, null, log.shutdownEvents(), note + detail, elapsed,
          log.gcCollectReturns());
    }
    if (log.errorType() != null) {
      return new Outcome(
          log.events(), Status.ERROR, log.errorType(), log.errorMessage(), log.shutdownEvents(), detail, elapsed,
          log.gcCollectReturns());
    }
    if (log.isEmpty() && exit.exitCode() != 0) {
      Optional<SyntaxErrorReport> syntax = SyntaxErrorReport.parse(output.stderr(), scriptName, script);
      if (syntax.isPresent()) {
        return new Outcome(
            List.of(), Status.ERROR, "SyntaxError", syntax.get().outcomeMessage(), List.of(), detail, elapsed);
      }
    }
    return Outcome.crash(log.events(), crashMessage(exit.exitCode()), detail, elapsed);
  }

  /**
   * Java reports a process killed by signal N as exit status 128+N (the interpreter is exec'd by the shell, so
   * the status is the interpreter's own).
   */
  static String crashMessage(int exitCode) {
    if (exitCode > 128 && exitCode < 128 + 65) {
      int signal = exitCode - 128;
      return "killed by signal " + signal + signalName(signal);
    }
    return "exited with status " + exitCode + " before the program ended (no end marker, no error record)";
  }

  private static String signalName(int signal) {
    return switch (signal) {
      case 6 -> " (SIGABRT)";
      case 9 -> " (SIGKILL)";
      case 11 -> " (SIGSEGV)";
      case 15 -> " (SIGTERM)";
      case 7 -> " (SIGBUS)";
      case 4 -> " (SIGILL)";
      case 8 -> " (SIGFPE)";
      default -> "";
    };
  }

  private static String wallClockText(Duration d) {
    return d.toMillis() % 1000 == 0 ? d.toSeconds() + "s" : d.toMillis() + "ms";
  }

  private static String detail(Output output) {
    StringBuilder sb = new StringBuilder();
    if (!output.stderr().isEmpty()) {
      sb.append(output.stderr());
    }
    if (!output.stdout().isEmpty()) {
      if (sb.length() > 0 && sb.charAt(sb.length() - 1) != '\n') {
        sb.append('\n');
      }
      sb.append("--- stdout ---\n").append(output.stdout());
    }
    return sb.toString();
  }
}
