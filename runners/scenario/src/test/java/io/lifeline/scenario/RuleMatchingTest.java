package io.lifeline.scenario;

import static io.lifeline.scenario.Fixtures.traits;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RuleMatchingTest {

  private static List<TraitPattern> any(String... patterns) {
    return Arrays.stream(patterns).map(TraitPatterns::parse).toList();
  }

  private static Rule rule(Map<String, List<TraitPattern>> when, String... events) {
    return new Rule(when, List.of(events), Status.COMPLETED, null, SourceLocation.ofFile(Path.of("x.yaml")));
  }

  private static Scenario scenario(Rule... rules) {
    return new Scenario("f/x", Path.of("f/x.yaml"), "t", "", List.of(), List.of(), List.of(), "", "", 1, 0,
        List.of(rules));
  }

  @Test
  void everyNamedTraitMustMatch() {
    Rule r = rule(Map.of("impl", any("cpython"), "version", any("3.10")));
    assertThat(r.matches(traits("cpython", "3.10.13"))).isTrue();
    assertThat(r.matches(traits("cpython", "3.11.1"))).isFalse();
    assertThat(r.matches(traits("pypy", "3.10"))).isFalse();
  }

  @Test
  void aListAcceptsAnyOfItsValues() {
    Rule r = rule(Map.of("version", any("3.11", "3.12", ">=3.14")));
    assertThat(r.matches(traits("cpython", "3.11.9"))).isTrue();
    assertThat(r.matches(traits("cpython", "3.12.0"))).isTrue();
    assertThat(r.matches(traits("cpython", "3.13.1"))).isFalse();
    assertThat(r.matches(traits("cpython", "3.14"))).isTrue();
  }

  @Test
  void aTraitTheBackendDoesNotHaveNeverMatches() {
    Rule r = rule(Map.of("gil", any("disabled")));
    assertThat(r.matches(traits("cpython", "3.13"))).isFalse();
    Traits freeThreaded = Traits.of(Map.of("impl", "cpython", "version", "3.13", "gil", "disabled"));
    assertThat(r.matches(freeThreaded)).isTrue();
  }

  @Test
  void theFirstMatchingRuleWins() {
    Rule old = rule(Map.of("version", any("<3.12")), "old");
    Rule cpython = rule(Map.of("impl", any("cpython")), "cpython");
    Scenario s = scenario(old, cpython);
    assertThat(s.ruleFor(traits("cpython", "3.11.4"))).containsSame(old);
    assertThat(s.ruleFor(traits("cpython", "3.12.4"))).containsSame(cpython);
    assertThat(s.ruleFor(traits("pypy", "3.10"))).containsSame(old);
    assertThat(s.ruleFor(traits("pypy", "3.12"))).isEmpty();
  }

  @Test
  void aRuleWithoutWhenIsTheDefault() {
    Rule pypy = rule(Map.of("impl", any("pypy")), "pypy");
    Rule fallback = rule(Map.of(), "default");
    Scenario s = scenario(pypy, fallback);
    assertThat(s.ruleFor(traits("pypy", "3.10"))).containsSame(pypy);
    assertThat(s.ruleFor(traits("cpython", "3.13"))).containsSame(fallback);
    assertThat(fallback.describeWhen()).isEqualTo("default");
  }

  @Test
  void loadedRulesMatchAsWritten() {
    Scenario s = new ScenarioLoader().load(List.of(Fixtures.path("suite/weakref/kwarg-rebind.yaml")))
        .byId("weakref/kwarg-rebind").orElseThrow();
    assertThat(s.ruleFor(traits("cpython", "3.10.13")).orElseThrow().events())
        .containsExactly("rebound", "callback", "after-call");
    assertThat(s.ruleFor(traits("cpython", "3.12.1")).orElseThrow().events())
        .containsExactly("callback", "rebound", "after-call");
    assertThat(s.ruleFor(traits("pypy", "3.10")).orElseThrow().events()).containsExactly("rebound", "after-call");
    assertThat(s.ruleFor(traits("cpython", "3.1"))).isEmpty();
    assertThat(s.ruleFor(traits("cpython", "3.100"))).isEmpty();
    assertThat(s.ruleFor(traits("cpython", "3.9.18"))).isEmpty();
  }
}
