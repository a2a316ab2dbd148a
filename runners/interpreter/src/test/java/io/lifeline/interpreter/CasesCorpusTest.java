package io.lifeline.interpreter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.lifeline.scenario.Budget;
import io.lifeline.scenario.Outcome;
import io.lifeline.scenario.Rule;
import io.lifeline.scenario.Scenario;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The repository's scenario corpus (cases/) on every model backend: every scenario whose exact rule matches
 * the model's traits emits those events. Scenarios a model cannot run yet are listed in {@link #KNOWN} with
 * the reason; partial-order rules are checked by the differential engine, not here. For pypy-7.3.18 this is the
 * only check there is: no real PyPy 7.3.18 is on this machine, and its rules ({@code when: {impl: pypy, version:
 * '>=7.3.18'}}) come from pypy/pypy PR #5087's description.
 */
class CasesCorpusTest {
  private static final Budget BUDGET = new Budget(Duration.ofSeconds(20), 1L << 30);

  /** Model name -> (scenario id -> why the model does not pass it yet). */
  static final Map<String, Map<String, String>> KNOWN = Map.of();

  @TestFactory
  Stream<DynamicTest> modelPassesEveryCaseWhoseExactRuleMatchesIt() {
    List<Scenario> scenarios = Programs.cases();
    return models().flatMap(model -> scenarios.stream().map(s -> DynamicTest.dynamicTest(s.id() + " [" + model.name() + "]", () -> {
          Map<String, String> known = KNOWN.getOrDefault(model.name(), Map.of());
          assumeTrue(!known.containsKey(s.id()), () -> "known gap: " + known.get(s.id()));
          Optional<Rule> rule = s.ruleFor(model.traits());
          assumeTrue(rule.isPresent() && !rule.get().isPartialOrder(), "no exact rule for " + model.name());
          Outcome o = model.run(s.program(), BUDGET);
          String expected = rule.get().status().wireName() + " " + rule.get().events();
          String actual = o.status().wireName() + " " + o.events();
          assertThat(actual).as("%s: %s %s", s.id(), o.statusLine(), o.detail()).isEqualTo(expected);
        })));
  }

  private static Stream<ModelBackend> models() {
    return ModelBackends.all().stream().map(ModelBackend.class::cast);
  }
}
