package io.lifeline.interpreter;

import static org.assertj.core.api.Assertions.assertThat;

import io.lifeline.interpreter.memory.HeapVerifier;
import io.lifeline.scenario.Status;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The heap verifier finds every reference count equal to the references that exist after each corpus
 * program (no leak, no double free), also between the collector's phases and under stress collection, and
 * every executed instruction changes the stack exactly as the opcode table says.
 */
class HeapVerifierTest {

  @TestFactory
  Stream<DynamicTest> everyRefcountMatchesTheReferencesThatExistAfterEachProgram() {
    return Programs.all().stream().map(p -> DynamicTest.dynamicTest(p.name(), () -> {
      List<String> phaseProblems = new ArrayList<>();
      Inspect.Result r = Inspect.run(p.source(), in -> {
        in.checkStackEffects = true;
        in.heap.collector().setPhaseValidator(
            () -> phaseProblems.addAll(HeapVerifier.verify(in.heap, in::visitRoots, false)));
      });
      assertThat(r.outcome().status()).as(r.outcome().detail()).isNotEqualTo(Status.CRASH);
      assertThat(phaseProblems).as("between gc phases").isEmpty();
      assertThat(HeapVerifier.verify(r.interp().heap, r.interp()::visitRoots, true)).isEmpty();
    }));
  }

  @TestFactory
  Stream<DynamicTest> stressModeCollectingAtEveryAllocationKeepsTheHeapConsistent() {
    return Programs.all().stream().map(p -> DynamicTest.dynamicTest(p.name(), () -> {
      Inspect.Result r = Inspect.run(p.source(), in -> in.heap.setStress(true));
      assertThat(r.outcome().status()).as(r.outcome().detail()).isNotEqualTo(Status.CRASH);
      assertThat(HeapVerifier.verify(r.interp().heap, r.interp()::visitRoots, true)).isEmpty();
    }));
  }

  @TestFactory
  Stream<DynamicTest> everyRefcountMatchesAfterEachScenarioOfTheCasesCorpus() {
    java.nio.file.Path root = java.nio.file.Path.of(System.getProperty("lifeline.root", "../..")).resolve("cases");
    org.junit.jupiter.api.Assumptions.assumeTrue(java.nio.file.Files.isDirectory(root), "no cases/ directory");
    return new io.lifeline.scenario.ScenarioLoader().loadRoot(root).scenarios().stream()
        .map(s -> DynamicTest.dynamicTest(s.id(), () -> {
          List<String> phaseProblems = new ArrayList<>();
          Inspect.Result r = Inspect.run(s.program(), in -> {
            in.checkStackEffects = true;
            in.heap.collector().setPhaseValidator(
                () -> phaseProblems.addAll(HeapVerifier.verify(in.heap, in::visitRoots, false)));
          });
          assertThat(r.outcome().status()).as(r.outcome().detail()).isNotEqualTo(Status.CRASH);
          assertThat(phaseProblems).as("between gc phases").isEmpty();
          assertThat(HeapVerifier.verify(r.interp().heap, r.interp()::visitRoots, true)).isEmpty();
        }));
  }

  @TestFactory
  Stream<DynamicTest> stressModeKeepsTheHeapConsistentOnEachScenarioOfTheCasesCorpus() {
    java.nio.file.Path root = java.nio.file.Path.of(System.getProperty("lifeline.root", "../..")).resolve("cases");
    org.junit.jupiter.api.Assumptions.assumeTrue(java.nio.file.Files.isDirectory(root), "no cases/ directory");
    return new io.lifeline.scenario.ScenarioLoader().loadRoot(root).scenarios().stream()
        .map(s -> DynamicTest.dynamicTest(s.id(), () -> {
          Inspect.Result r = Inspect.run(s.program(), in -> in.heap.setStress(true));
          assertThat(r.outcome().status()).as(r.outcome().detail()).isNotEqualTo(Status.CRASH);
          assertThat(HeapVerifier.verify(r.interp().heap, r.interp()::visitRoots, true)).isEmpty();
        }));
  }

  @Test
  void verifierReportsALeakedReference() {
    Inspect.Result r = Inspect.run("class A:\n    pass\nkeep = A()\n", in -> { });
    var in = r.interp();
    var leaked = in.newList(new ArrayList<>());
    in.heap.incref(leaked);
    assertThat(HeapVerifier.verify(in.heap, in::visitRoots, true)).anyMatch(s -> s.contains("list"));
  }
}
