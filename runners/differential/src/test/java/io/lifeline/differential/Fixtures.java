package io.lifeline.differential;

import io.lifeline.scenario.Backend;
import io.lifeline.scenario.Budget;
import io.lifeline.scenario.Outcome;
import io.lifeline.scenario.Rule;
import io.lifeline.scenario.Scenario;
import io.lifeline.scenario.SourceLocation;
import io.lifeline.scenario.Status;
import io.lifeline.scenario.TraitPattern;
import io.lifeline.scenario.Traits;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Small builders for scenarios, rules and scripted backends. */
final class Fixtures {
  private Fixtures() {}

  static final Path FILE = Path.of("cases/demo/x.yaml");

  static Rule rule(Map<String, String> when, List<String> events) {
    return rule(when, events, Status.COMPLETED, null);
  }

  static Rule rule(Map<String, String> when, List<String> events, Status status, String error) {
    Map<String, List<TraitPattern>> patterns = new LinkedHashMap<>();
    when.forEach((k, v) -> patterns.put(k, List.of(exact(v))));
    return new Rule(patterns, events, status, error, new SourceLocation(FILE, 10, 3));
  }

  static TraitPattern exact(String value) {
    return actual -> actual.equals(value);
  }

  static Scenario scenario(Rule... rules) {
    return new Scenario("demo/x", FILE, "t", "", List.of(), List.of(), List.of(), "pass\n", "pass\n", 5, 0,
        List.of(rules));
  }

  static Traits traits(String impl, String version) {
    return Traits.of(Map.of("impl", impl, "version", version, "kind", "model"));
  }

  static Outcome completed(String... events) {
    return Outcome.completed(List.of(events), List.of(), Duration.ZERO);
  }

  static Outcome error(String type, String... events) {
    return new Outcome(List.of(events), Status.ERROR, type, "boom", List.of(), "", Duration.ZERO);
  }

  /** A backend that always returns the same outcome. */
  record Scripted(String name, Traits traits, Outcome outcome) implements Backend {
    @Override
    public Outcome run(String program, Budget budget) {
      return outcome;
    }
  }
}
