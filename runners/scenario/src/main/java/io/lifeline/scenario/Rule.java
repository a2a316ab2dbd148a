package io.lifeline.scenario;

import java.util.List;
import java.util.Map;

/**
 * One entry of a scenario's {@code expect} list. The first rule whose {@code when} matches a backend's traits
 * applies to that backend. A rule expects either the exact event list ({@code events}) or, as a partial-order
 * rule, a set of {@link Constraint}s ({@code order}, {@code absent}, {@code count}, {@code within}); never both.
 *
 * @param when trait name to the patterns it accepts (any of them); empty for the default rule
 * @param events the exact expected events; empty for a partial-order rule
 * @param status the expected status: COMPLETED by default, ERROR when {@code error} is given
 * @param errorType the expected uncaught exception type name, or null
 * @param location where the rule starts in its file
 * @param constraints the checks of a partial-order rule, in the order written (order, absent, count, within);
 *     empty for an exact rule
 */
public record Rule(
    Map<String, List<TraitPattern>> when,
    List<String> events,
    Status status,
    String errorType,
    SourceLocation location,
    List<Constraint> constraints) {

  public Rule {
    when = Map.copyOf(when);
    events = List.copyOf(events);
    constraints = List.copyOf(constraints);
  }

  /** An exact rule: the events, in order, and nothing else. */
  public Rule(Map<String, List<TraitPattern>> when, List<String> events, Status status, String errorType,
      SourceLocation location) {
    this(when, events, status, errorType, location, List.of());
  }

  /** Whether this rule gives constraints rather than the exact event list. */
  public boolean isPartialOrder() {
    return !constraints.isEmpty();
  }

  /** Whether every trait named in {@code when} has a value that one of its patterns accepts. */
  public boolean matches(Traits traits) {
    return new When(when).matches(traits.asMap());
  }

  /** A short rendering for reports: {@code when {impl=cpython, version=[3.10]}} or {@code default}. */
  public String describeWhen() {
    return when.isEmpty() ? "default" : "when " + when;
  }
}
