package io.lifeline.interpreter;

import static org.assertj.core.api.Assertions.assertThat;

import io.lifeline.interpreter.memory.HeapVerifier;
import io.lifeline.scenario.Scenario;
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
 * every executed instruction changes the stack exactly as the opcode table says; on every model backend.
 */
class HeapVerifierTest {

  @TestFactory
  Stream<DynamicTest> everyRefcountMatchesTheReferencesThatExistAfterEachProgram() {
    return models().flatMap(m -> Programs.all().stream().map(p -> DynamicTest.dynamicTest(name(p.name(), m), () -> {
      List<String> phaseProblems = new ArrayList<>();
      Inspect.Result r = Inspect.run(m, p.source(), in -> {
        in.checkStackEffects = true;
        in.heap.collector().setPhaseValidator(
            () -> phaseProblems.addAll(HeapVerifier.verify(in.heap, in::visitRoots, false)));
      });
      assertThat(r.outcome().status()).as(r.outcome().detail()).isNotEqualTo(Status.CRASH);
      assertThat(phaseProblems).as("between gc phases").isEmpty();
      assertThat(HeapVerifier.verify(r.interp().heap, r.interp()::visitRoots, true)).isEmpty();
    })));
  }

  @TestFactory
  Stream<DynamicTest> stressModeCollectingAtEveryAllocationKeepsTheHeapConsistent() {
    return models().flatMap(m -> Programs.all().stream().map(p -> DynamicTest.dynamicTest(name(p.name(), m), () -> {
      Inspect.Result r = Inspect.run(m, p.source(), HeapVerifierTest::stressCompiled);
      assertThat(r.outcome().status()).as(r.outcome().detail()).isNotEqualTo(Status.CRASH);
      assertThat(HeapVerifier.verify(r.interp().heap, r.interp()::visitRoots, true)).isEmpty();
    })));
  }

  @TestFactory
  Stream<DynamicTest> everyRefcountMatchesAfterEachScenarioOfTheCasesCorpus() {
    java.nio.file.Path root = java.nio.file.Path.of(System.getProperty("lifeline.root", "../..")).resolve("cases");
    org.junit.jupiter.api.Assumptions.assumeTrue(java.nio.file.Files.isDirectory(root), "no cases/ directory");
    List<Scenario> scenarios = new io.lifeline.scenario.ScenarioLoader().loadRoot(root).scenarios();
    return models().flatMap(m -> scenarios.stream()
        .map(s -> DynamicTest.dynamicTest(name(s.id(), m), () -> {
          List<String> phaseProblems = new ArrayList<>();
          Inspect.Result r = Inspect.run(m, s.program(), in -> {
            in.checkStackEffects = true;
            in.heap.collector().setPhaseValidator(
                () -> phaseProblems.addAll(HeapVerifier.verify(in.heap, in::visitRoots, false)));
          });
          assertThat(r.outcome().status()).as(r.outcome().detail()).isNotEqualTo(Status.CRASH);
          assertThat(phaseProblems).as("between gc phases").isEmpty();
          assertThat(HeapVerifier.verify(r.interp().heap, r.interp()::visitRoots, true)).isEmpty();
        })));
  }

  @TestFactory
  Stream<DynamicTest> stressModeKeepsTheHeapConsistentOnEachScenarioOfTheCasesCorpus() {
    java.nio.file.Path root = java.nio.file.Path.of(System.getProperty("lifeline.root", "../..")).resolve("cases");
    org.junit.jupiter.api.Assumptions.assumeTrue(java.nio.file.Files.isDirectory(root), "no cases/ directory");
    List<Scenario> scenarios = new io.lifeline.scenario.ScenarioLoader().loadRoot(root).scenarios();
    return models().flatMap(m -> scenarios.stream()
        .map(s -> DynamicTest.dynamicTest(name(s.id(), m), () -> {
          Inspect.Result r = Inspect.run(m, s.program(), HeapVerifierTest::stressCompiled);
          assertThat(r.outcome().status()).as(r.outcome().detail()).isNotEqualTo(Status.CRASH);
          assertThat(HeapVerifier.verify(r.interp().heap, r.interp()::visitRoots, true)).isEmpty();
        })));
  }

  /**
   * Stress mode, with every code object compiled on first entry (the checked mode above runs the dispatch loop
   * for most code, since its stack-effect checks are the loop's): compiled code keeps the heap consistent too.
   */
  private static void stressCompiled(io.lifeline.interpreter.vm.Interp in) {
    in.heap.setStress(true);
    in.jitThreshold = 1;
  }

  private static String name(String test, ModelBackend model) {
    return test + " [" + model.name() + "]";
  }

  private static Stream<ModelBackend> models() {
    return Stream.of(
        ModelBackend.cpython310(),
        ModelBackend.cpython311(),
        ModelBackend.cpython312(),
        ModelBackend.cpython313());
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
