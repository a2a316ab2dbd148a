package io.lifeline.scenario;

import java.util.Map;
import java.util.Objects;

/**
 * One entry of a baseline: a scenario and the backends it covers (one by name, or a family by trait conditions),
 * the verdict they are known to get and the outcome they are known to have, with an optional reason and link.
 *
 * @param scenario the scenario id
 * @param backend the backend's name, or null when {@code when} selects the backends
 * @param when trait conditions, or null when {@code backend} names the backend
 * @param verdict {@code fail} or {@code error}
 * @param outcome the known outcome
 * @param reason why, for the next reader; may be null
 * @param link a bug tracking it; may be null
 * @param location where the entry starts in its file; null for an entry not read from a file
 */
public record BaselineEntry(
    String scenario, String backend, When when, String verdict, KnownOutcome outcome, String reason, String link,
    SourceLocation location) {

  public BaselineEntry {
    Objects.requireNonNull(scenario, "scenario");
    Objects.requireNonNull(outcome, "outcome");
    if ((backend == null) == (when == null)) {
      throw new IllegalArgumentException("a baseline entry has either a backend name or a when");
    }
  }

  /** Whether the entry covers this (scenario, backend): by name, or by the backend's traits. */
  public boolean appliesTo(String scenarioId, String backendName, Map<String, String> traits) {
    if (!scenario.equals(scenarioId)) {
      return false;
    }
    return backend != null ? backend.equals(backendName) : when.matches(traits);
  }

  /** Whether the entry names its backend (and so wins over entries with trait conditions). */
  public boolean byName() {
    return backend != null;
  }

  /** The same entry for one backend by name, keeping reason and link. */
  public BaselineEntry forBackend(String name, String newVerdict, KnownOutcome newOutcome) {
    return new BaselineEntry(scenario, name, null, newVerdict, newOutcome, reason, link, null);
  }

  /** The backends it covers, for messages: the name, or {@code when {impl=[pypy]}}. */
  public String selector() {
    return backend != null ? backend : "when " + when.conditions();
  }
}
