package io.lifeline.interpreter;

import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every program in the corpus, run on the cpython-3.11 model, emits exactly the events real CPython 3.11
 * emitted (recorded in its .expected file by generate_expected.py) and ends the same way.
 */
class ProgramsMatchCPython311Test {
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
    return Programs.matching(backend, ".expected");
  }
}
