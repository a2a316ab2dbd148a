package io.lifeline.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import io.lifeline.fuzz.UnsupportedIsNoFindingTest.Scripted;
import io.lifeline.scenario.Backend;
import io.lifeline.scenario.Budget;
import io.lifeline.scenario.Outcome;
import io.lifeline.scenario.Status;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A divergence is a finding only when the real interpreter completed and the shrunk program still diverges: a
 * reference that timed out on a loaded machine, or a divergence that does not come back, is not one.
 */
class IncompleteReferenceIsNoFindingTest {
  private static final Program PROGRAM = new Program(1, 0, List.of(new Stmt.Pass()));

  @Test
  void aRealInterpreterThatDidNotCompleteGivesNoDivergence() {
    Backend model = new Scripted("cpython-3.11", "model", "3.11", Outcome.completed(List.of("a"), List.of(),
        Duration.ZERO));
    Backend timedOut = new Scripted("real:cpython-3.11.7", "real", "3.11.7", new Outcome(List.of(),
        Status.HANG, null, "5s wall clock", List.of(), "", Duration.ofSeconds(5)));
    Fuzzer fuzzer = new Fuzzer(new FuzzOptions(1, 1, null, 1, Budget.DEFAULT, 10), List.of(model), List.of(timedOut),
        CompileCheck.NONE, new FuzzListener() {});

    assertThat(fuzzer.runProgram(PROGRAM).divergences()).isEmpty();
  }

  @Test
  void aDivergenceTheShrunkProgramNoLongerShowsIsDropped() {
    Outcome same = Outcome.completed(List.of("a"), List.of(), Duration.ZERO);
    Backend model = new Scripted("cpython-3.11", "model", "3.11", same);
    Backend real = new Scripted("real:cpython-3.11.7", "real", "3.11.7", same);
    Fuzzer fuzzer = new Fuzzer(new FuzzOptions(1, 1, null, 1, Budget.DEFAULT, 10), List.of(model), List.of(real),
        CompileCheck.NONE, new FuzzListener() {});
    Pair pair = fuzzer.pairs().get(0);

    assertThat(fuzzer.shrink(PROGRAM, pair, new Divergence(0, "a", "b"), same)).isNull();
  }
}
