package io.lifeline.interpreter;

import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The scenario corpus (cases/) on the PyPy model's heap: after every scenario, and between the tracing collector's
 * phases, every refcount equals the references that exist, also with a minor collection at every back edge.
 * (Whether the PyPy models emit each scenario's events is CasesCorpusTest's job.)
 */
class PyPyCasesCorpusTest {
  @TestFactory
  Stream<DynamicTest> minorCollectionsAtEveryBackEdgeKeepTheHeapConsistent() {
    return Programs.cases().stream().map(s -> DynamicTest.dynamicTest(s.id(), () -> Inspect.assertHeapConsistent(
        ModelBackend.pypy7311(), s.program(), in -> in.heap.tracer().setMinorCollectionAfter(1))));
  }

  @TestFactory
  Stream<DynamicTest> everyRefcountMatchesTheReferencesThatExistAfterEachScenarioOnPyPy() {
    return Programs.cases().stream().map(s -> DynamicTest.dynamicTest(s.id(), () -> Inspect.assertHeapConsistent(
        ModelBackend.pypy7311(), s.program(), Inspect::checkStackEffects)));
  }
}
