package io.lifeline.scenario;

import java.util.List;
import java.util.Map;

/**
 * One entry of a scenario's {@code expect} list. The first rule whose {@code when} matches a backend's traits
 * applies to that backend.
 *
 * @param when trait name to the patterns it accepts (any of them); empty for the default rule
 * @param events the exact expected events
 * @param status the expected status: COMPLETED by default, ERROR when {@code error} is given
 * @param errorType the expected uncaught exception type name, or null
 * @param location where the rule starts in its file
 */
public record Rule(
    Map<String, List<TraitPattern>> when,
    List<String> events,
    Status status,
    String errorType,
    SourceLocation location) {

  public Rule {
    when = Map.copyOf(when);
    events = List.copyOf(events);
  }

  /** Whether every trait named in {@code when} has a value that one of its patterns accepts. */
  public boolean matches(Traits traits) {
    for (Map.Entry<String, List<TraitPattern>> e : when.entrySet()) {
      String actual = traits.get(e.getKey()).orElse(null);
      if (actual == null || e.getValue().stream().noneMatch(p -> p.matches(actual))) {
        return false;
      }
    }
    return true;
  }

  /** A short rendering for reports: {@code when {impl=cpython, version=[3.10]}} or {@code default}. */
  public String describeWhen() {
    return when.isEmpty() ? "default" : "when " + when;
  }
}
