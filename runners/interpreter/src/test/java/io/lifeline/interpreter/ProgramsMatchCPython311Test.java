package io.lifeline.interpreter;

import static org.assertj.core.api.Assertions.assertThat;

import io.lifeline.scenario.Budget;
import io.lifeline.scenario.Outcome;
import java.time.Duration;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every program in the corpus, run on the cpython-3.11 model, emits exactly the events real CPython 3.11
 * emitted (recorded in its .expected file by generate_expected.py) and ends the same way.
 */
class ProgramsMatchCPython311Test {
  private static final Budget BUDGET = new Budget(Duration.ofSeconds(20), 1L << 30);

  @TestFactory
  Stream<DynamicTest> modelEmitsTheEventsOfRealCPython311() {
    return matchEveryProgram(ModelBackend.cpython311());
  }

  /** Every code object compiled on its first entry: compiled code changes no event. */
  @TestFactory
  Stream<DynamicTest> modelWithEveryCodeObjectCompiledEmitsTheSameEvents() {
    return matchEveryProgram(ModelBackend.cpython311().withJitThreshold(1));
  }

  /** Nothing compiled: the dispatch loop alone gives the same events. */
  @TestFactory
  Stream<DynamicTest> modelWithNothingCompiledEmitsTheSameEvents() {
    return matchEveryProgram(ModelBackend.cpython311().withJitThreshold(0));
  }

  private static Stream<DynamicTest> matchEveryProgram(ModelBackend backend) {
    return Programs.all().stream().map(p -> DynamicTest.dynamicTest(p.name(), () -> {
      Outcome o = backend.run(p.source(), BUDGET);
      assertThat(p.actualText(o)).as("%s (detail: %s %s)", p.name(), o.errorMessage(), o.detail())
          .isEqualTo(p.expectedText());
    }));
  }
}
