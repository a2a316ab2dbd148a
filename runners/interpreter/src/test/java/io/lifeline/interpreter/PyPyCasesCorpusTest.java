package io.lifeline.interpreter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.lifeline.interpreter.memory.HeapVerifier;
import io.lifeline.scenario.Budget;
import io.lifeline.scenario.Outcome;
import io.lifeline.scenario.Rule;
import io.lifeline.scenario.ScenarioLoader;
import io.lifeline.scenario.Status;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The scenario corpus (cases/) on the PyPy models: every scenario whose exact rule matches a model's traits emits
 * those events. For pypy-7.3.18 this is the only check there is (no real PyPy 7.3.18 on this machine: its rules,
 * {@code when: {impl: pypy, version: '>=7.3.18'}}, come from pypy/pypy PR #5087's description); pypy-7.3.11 is
 * also compared with real PyPy by ModelsMatchRealTest. Partial-order rules are the differential engine's.
 */
class PyPyCasesCorpusTest {
  private static final Budget BUDGET = new Budget(Duration.ofSeconds(20), 1L << 30, 20_000_000L);

  @TestFactory
  Stream<DynamicTest> pypyModelsPassEveryCaseWhoseExactRuleMatchesThem() {
    Path root = Path.of(System.getProperty("lifeline.root", "../..")).resolve("cases");
    assumeTrue(Files.isDirectory(root), "no cases/ directory at " + root);
    var scenarios = new ScenarioLoader().loadRoot(root).scenarios();
    return Stream.of(ModelBackend.pypy7311(), ModelBackend.pypy7318()).flatMap(model -> scenarios.stream()
        .map(s -> DynamicTest.dynamicTest(s.id() + " [" + model.name() + "]", () -> {
          Optional<Rule> rule = s.ruleFor(model.traits());
          assumeTrue(rule.isPresent() && !rule.get().isPartialOrder(), "no exact rule for " + model.name());
          Outcome o = model.run(s.program(), BUDGET);
          String expected = rule.get().status().wireName() + " " + rule.get().events();
          String actual = o.status().wireName() + " " + o.events();
          assertThat(actual).as("%s: %s %s", s.id(), o.statusLine(), o.detail()).isEqualTo(expected);
        })));
  }

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
