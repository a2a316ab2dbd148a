package io.lifeline.interpreter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.lifeline.interpreter.memory.HeapVerifier;
import io.lifeline.scenario.ScenarioLoader;
import io.lifeline.scenario.Status;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
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
    Path root = Path.of(System.getProperty("lifeline.root", "../..")).resolve("cases");
    assumeTrue(Files.isDirectory(root), "no cases/ directory at " + root);
    return new ScenarioLoader().loadRoot(root).scenarios().stream()
        .map(s -> DynamicTest.dynamicTest(s.id(), () -> {
          List<String> phaseProblems = new ArrayList<>();
          Inspect.Result r = Inspect.run(ModelBackend.pypy7311(), s.program(), in -> {
            in.heap.tracer().setMinorCollectionAfter(1);
            in.heap.tracer().setPhaseValidator(
                () -> phaseProblems.addAll(HeapVerifier.verify(in.heap, in::visitRoots, false)));
          });
          assertThat(r.outcome().status()).as(r.outcome().detail()).isNotEqualTo(Status.CRASH);
          assertThat(phaseProblems).as("between collection phases").isEmpty();
          assertThat(HeapVerifier.verify(r.interp().heap, r.interp()::visitRoots, true)).isEmpty();
        }));
  }

  @TestFactory
  Stream<DynamicTest> everyRefcountMatchesTheReferencesThatExistAfterEachScenarioOnPyPy() {
    Path root = Path.of(System.getProperty("lifeline.root", "../..")).resolve("cases");
    assumeTrue(Files.isDirectory(root), "no cases/ directory at " + root);
    return new ScenarioLoader().loadRoot(root).scenarios().stream()
        .map(s -> DynamicTest.dynamicTest(s.id(), () -> {
          List<String> phaseProblems = new ArrayList<>();
          Inspect.Result r = Inspect.run(ModelBackend.pypy7311(), s.program(), in -> {
            in.checkStackEffects = true;
            in.heap.tracer().setPhaseValidator(
                () -> phaseProblems.addAll(HeapVerifier.verify(in.heap, in::visitRoots, false)));
          });
          assertThat(r.outcome().status()).as(r.outcome().detail()).isNotEqualTo(Status.CRASH);
          assertThat(phaseProblems).as("between collection phases").isEmpty();
          assertThat(HeapVerifier.verify(r.interp().heap, r.interp()::visitRoots, true)).isEmpty();
        }));
  }
}
