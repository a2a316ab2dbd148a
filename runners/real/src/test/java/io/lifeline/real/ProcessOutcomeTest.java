package io.lifeline.real;

import static org.assertj.core.api.Assertions.assertThat;

import io.lifeline.scenario.Outcome;
import io.lifeline.scenario.Status;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Statuses from process leftovers, without running an interpreter. */
class ProcessOutcomeTest {
  private static final ScriptFile SCRIPT = ScriptFile.build("a\nb\nc\n", Path.of("/tmp/events"));
  private static final ProcessOutcome.Output NO_OUTPUT = new ProcessOutcome.Output("", "");

  private static Outcome verdict(ProcessOutcome.Exit exit, String events, ProcessOutcome.Output out) {
    return ProcessOutcome.of(exit, EventLog.parse(events), out, SCRIPT, "program.py", Duration.ZERO);
  }

  private static ProcessOutcome.Exit exited(int code) {
    return new ProcessOutcome.Exit(false, Duration.ofSeconds(10), code);
  }

  @Test
  void statusesFollowTheRecords() {
    assertThat(verdict(exited(0), "E a\nZ\n", NO_OUTPUT).status()).isEqualTo(Status.COMPLETED);
    Outcome error = verdict(exited(1), "E a\nX ValueError\nM bad\n", NO_OUTPUT);
    assertThat(error.statusLine()).isEqualTo("error: ValueError: bad");
    Outcome hang = verdict(new ProcessOutcome.Exit(true, Duration.ofMillis(1500), -1), "E a\n", NO_OUTPUT);
    assertThat(hang.statusLine()).isEqualTo("hang: 1500ms wall clock");
    assertThat(hang.events()).containsExactly("a");
  }

  @Test
  void aCompileErrorIsASyntaxErrorOnTheProgramsLine() {
    String stderr = "  File \"/tmp/lifeline-run-1/program.py\", line 4\n    c\n    ^\n"
        + "IndentationError: expected an indented block after 'if' statement on line 3\n";
    Outcome o = verdict(exited(1), "", new ProcessOutcome.Output("", stderr));
    assertThat(o.status()).isEqualTo(Status.ERROR);
    assertThat(o.errorType()).isEqualTo("SyntaxError");
    assertThat(o.errorMessage())
        .isEqualTo("expected an indented block after 'if' statement on line 2 (IndentationError, line 3)");
  }

  @Test
  void anythingElseIsACrashWithTheStderrTail() {
    Outcome killed = verdict(exited(137), "E a\n", new ProcessOutcome.Output("out", "Killed"));
    assertThat(killed.status()).isEqualTo(Status.CRASH);
    assertThat(killed.errorMessage()).isEqualTo("killed by signal 9 (SIGKILL)");
    assertThat(killed.events()).containsExactly("a");
    assertThat(killed.detail()).isEqualTo("Killed\n--- stdout ---\nout");
    assertThat(verdict(exited(0), "", NO_OUTPUT).errorMessage()).startsWith("exited with status 0 before");
    assertThat(verdict(exited(1), "", new ProcessOutcome.Output("", "MemoryError\n")).status()).isEqualTo(Status.CRASH);
    assertThat(verdict(exited(0), "E a\nZ\nbroken\n", NO_OUTPUT).errorMessage()).startsWith("unreadable output");
  }
}
