package io.lifeline.interpreter;

import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The cpython-3.12 and cpython-3.13 models on the program corpus: every program with a NAME.expected-3.12
 * (NAME.expected-3.13) file, recorded from real CPython 3.12.1 (3.13.0) by generate_expected.py, emits exactly
 * those events on the model and ends the same way. The programs that show what changed since 3.11 are
 * comprehensions_inlined_pep709, star_calls_inlined_into_python_callee, close_of_unstarted_generator,
 * slice_subscripts_release_order and gc_collection_at_eval_breaker (3.12); frame_locals_proxy_pep667, init_call_specialized_after_warm_up and
 * generator_close_shortcut_and_return_value (3.13).
 */
class ProgramsMatchCPython312And313Test {
  @TestFactory
  Stream<DynamicTest> cpython312ModelEmitsTheEventsOfRealCPython312() {
    return Programs.matching(ModelBackend.cpython312(), ".expected-3.12");
  }

  @TestFactory
  Stream<DynamicTest> cpython313ModelEmitsTheEventsOfRealCPython313() {
    return Programs.matching(ModelBackend.cpython313(), ".expected-3.13");
  }

  @TestFactory
  Stream<DynamicTest> cpython312ModelKeepsTheHeapConsistent() {
    return heapConsistent(ModelBackend.cpython312(), ".expected-3.12");
  }

  @TestFactory
  Stream<DynamicTest> cpython313ModelKeepsTheHeapConsistent() {
    return heapConsistent(ModelBackend.cpython313(), ".expected-3.13");
  }

  /**
   * After each program, and between the collector's phases, every refcount equals the references that exist;
   * every executed instruction (LOAD_FAST_AND_CLEAR and the inlined calls included) matches the opcode table.
   */
  private static Stream<DynamicTest> heapConsistent(ModelBackend backend, String suffix) {
    return Programs.withExpectations(suffix).stream().map(p -> DynamicTest.dynamicTest(p.name(),
        () -> Inspect.assertHeapConsistent(backend, p.source(), Inspect::checkStackEffects)));
  }
}
