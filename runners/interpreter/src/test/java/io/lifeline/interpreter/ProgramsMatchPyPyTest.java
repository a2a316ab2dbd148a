package io.lifeline.interpreter;

import static org.assertj.core.api.Assertions.assertThat;

import io.lifeline.interpreter.memory.HeapVerifier;
import io.lifeline.scenario.Status;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The pypy-7.3.11 model emits exactly the events real PyPy 7.3.11 recorded for every program that has a
 * NAME.expected-pypy (made by {@code generate_expected.py /usr/bin/pypy3 programs/pypy_*.py}), and after each
 * the reference counts, which tracing reclamation keeps exact, still equal the references that exist, also
 * between the phases of every major collection.
 */
class ProgramsMatchPyPyTest {
  private static final String SUFFIX = ".expected-pypy";

  @TestFactory
  Stream<DynamicTest> everyProgramEmitsWhatRealPyPyEmitted() {
    return Programs.withExpectations(SUFFIX).stream().map(p -> DynamicTest.dynamicTest(p.name(), () -> {
      List<String> phaseProblems = new ArrayList<>();
      Inspect.Result r = Inspect.run(ModelBackend.pypy7311(), p.source(), in -> {
        in.checkStackEffects = true;
        in.heap.tracer().setPhaseValidator(
            () -> phaseProblems.addAll(HeapVerifier.verify(in.heap, in::visitRoots, false)));
      });
      assertThat(r.outcome().events()).as(r.outcome().detail()).containsExactlyElementsOf(p.events());
      String errorType = r.outcome().errorType();
      assertThat(r.outcome().status().wireName() + (errorType == null ? "" : " " + errorType))
          .isEqualTo(p.status());
      assertThat(r.outcome().status()).isNotEqualTo(Status.CRASH);
      assertThat(phaseProblems).as("between collection phases").isEmpty();
      assertThat(HeapVerifier.verify(r.interp().heap, r.interp()::visitRoots, true)).isEmpty();
    }));
  }
}
