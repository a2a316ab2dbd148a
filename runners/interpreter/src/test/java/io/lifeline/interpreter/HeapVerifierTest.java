package io.lifeline.interpreter;

import static org.assertj.core.api.Assertions.assertThat;

import io.lifeline.interpreter.memory.HeapVerifier;
import io.lifeline.interpreter.vm.Interp;
import java.util.ArrayList;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The heap verifier finds every reference count equal to the references that exist after each corpus
 * program (no leak, no double free), also between the collector's phases and under stress collection, and
 * every executed instruction changes the stack exactly as the opcode table says; on every model backend.
 */
class HeapVerifierTest {
  /**
   * Stress mode, with every code object compiled on first entry (the checked mode runs the dispatch loop
   * for most code, since its stack-effect checks are the loop's): compiled code keeps the heap consistent too.
   */
  private static final Consumer<Interp> STRESS = in -> {
    in.heap.setStress(true);
    in.jitThreshold = 1;
  };
  /** The checked mode: the heap verified after the run and between collector phases, each instruction checked. */
  private static final Check CHECKED = (m, source) -> Inspect.assertHeapConsistent(m, source,
      Inspect::checkStackEffects);
  /** Stress mode, the heap verified after the run. */
  private static final Check STRESSED = (m, source) -> Inspect.assertHeapConsistentAfter(m, source, STRESS);

  @TestFactory
  Stream<DynamicContainer> everyRefcountMatchesTheReferencesThatExistAfterEachProgram() {
    return checkedAndStressed(programs());
  }

  @TestFactory
  Stream<DynamicContainer> everyRefcountMatchesAfterEachScenarioOfTheCasesCorpus() {
    return checkedAndStressed(cases());
  }

  /** The checked mode, then stress mode, each on every CPython model and every source. */
  private static Stream<DynamicContainer> checkedAndStressed(Map<String, String> sources) {
    return Stream.of(DynamicContainer.dynamicContainer("checked", onEveryCPythonModel(sources, CHECKED)),
        DynamicContainer.dynamicContainer("stress", onEveryCPythonModel(sources, STRESSED)));
  }

  /** One run of a named program on a model. */
  @FunctionalInterface
  private interface Check {
    void run(ModelBackend model, String source);
  }

  private static Stream<DynamicTest> onEveryCPythonModel(Map<String, String> sources, Check check) {
    return models().flatMap(m -> sources.entrySet().stream().map(s -> DynamicTest.dynamicTest(
        s.getKey() + " [" + m.name() + "]", () -> check.run(m, s.getValue()))));
  }

  /** Name -> source of every program, in name order. */
  private static Map<String, String> programs() {
    Map<String, String> out = new java.util.LinkedHashMap<>();
    Programs.all().forEach(p -> out.put(p.name(), p.source()));
    return out;
  }

  /** Id -> program of every scenario of cases/, in the loader's order. */
  private static Map<String, String> cases() {
    Map<String, String> out = new java.util.LinkedHashMap<>();
    Programs.cases().forEach(s -> out.put(s.id(), s.program()));
    return out;
  }

  private static Stream<ModelBackend> models() {
    return ModelBackends.all().stream().map(ModelBackend.class::cast)
        .filter(m -> m.traits().asMap().get("impl").equals("cpython"));
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
