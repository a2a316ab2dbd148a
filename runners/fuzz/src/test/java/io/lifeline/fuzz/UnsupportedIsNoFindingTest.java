package io.lifeline.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import io.lifeline.scenario.Backend;
import io.lifeline.scenario.Budget;
import io.lifeline.scenario.Outcome;
import io.lifeline.scenario.Traits;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A model that cannot run a program has nothing to compare: the fuzzer records no divergence for it. */
class UnsupportedIsNoFindingTest {

  record Scripted(String name, String kind, String version, Outcome outcome) implements Backend {
    @Override
    public Traits traits() {
      return Traits.of(Map.of(Traits.IMPL, "cpython", Traits.VERSION, version, Traits.KIND, kind));
    }

    @Override
    public Outcome run(String program, Budget budget) {
      return outcome;
    }
  }

  @Test
  void anUnsupportedModelOutcomeIsSkippedWhileADivergingOneIsAFinding() {
    Outcome real = Outcome.completed(List.of("a"), List.of(), Duration.ZERO);
    Backend unsupported = new Scripted("cpython-3.11", "model", "3.11", Outcome.unsupported(List.of(),
        "NotImplementedError", "bytearray() is not supported by the model (line 1, column 4)", "", Duration.ZERO));
    Backend diverging = new Scripted("cpython-3.11~b", "model", "3.11",
        Outcome.completed(List.of("b"), List.of(), Duration.ZERO));
    Backend reference = new Scripted("real:cpython-3.11.7", "real", "3.11.7", real);
    Fuzzer fuzzer = new Fuzzer(new FuzzOptions(1, 1, null, 1, Budget.DEFAULT, 10), List.of(unsupported, diverging),
        List.of(reference), CompileCheck.NONE, new FuzzListener() {});
    assertThat(fuzzer.pairs()).hasSize(2);

    Fuzzer.ProgramRun run = fuzzer.runProgram(new Program(1, 0, List.of(new Stmt.Pass())));

    assertThat(run.divergences().keySet()).extracting(p -> p.model().name()).containsExactly("cpython-3.11~b");
  }
}
