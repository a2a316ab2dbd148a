package io.lifeline.interpreter;

import static org.assertj.core.api.Assertions.assertThat;

import io.lifeline.scenario.Outcome;
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
      Outcome o = Inspect.assertHeapConsistent(ModelBackend.pypy7311(), p.source(), Inspect::checkStackEffects);
      assertThat(o.events()).as(o.detail()).containsExactlyElementsOf(p.events());
      assertThat(o.status().wireName() + (o.errorType() == null ? "" : " " + o.errorType())).isEqualTo(p.status());
    }));
  }
}
