package io.lifeline.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import io.lifeline.scenario.Budget;
import io.lifeline.scenario.Outcome;
import io.lifeline.scenario.Status;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Every generated program of a fixed seed compiles and runs to completion on real CPython 3.11. */
class GeneratedProgramsTest {
  static final int COUNT = 200;

  @Test
  void everyProgramOfAFixedSeedCompilesAndCompletesOnCpython311() throws Exception {
    ForkServerBackend cpython = Interpreters.forkServer("3.11");
    ProgramGenerator g = new ProgramGenerator(2026);
    Budget budget = Budget.DEFAULT.withWallClock(Duration.ofSeconds(10));
    List<String> failures = new ArrayList<>();
    List<Outcome> outcomes = IntStream.range(0, COUNT).parallel()
        .mapToObj(i -> cpython.run(g.program(i).source(), budget)).toList();
    for (int i = 0; i < COUNT; i++) {
      Outcome o = outcomes.get(i);
      if (o.status() != Status.COMPLETED || !o.events().contains("end")) {
        failures.add("program " + i + ": " + o.statusLine() + "\n" + g.program(i).source());
      }
    }
    assertThat(failures).isEmpty();
    assertThat(cpython.compileError(g.program(0).source())).isNull();
    assertThat(cpython.compileError("x = (\n")).contains("never closed");
  }
}
