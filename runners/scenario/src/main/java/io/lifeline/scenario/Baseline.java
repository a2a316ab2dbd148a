package io.lifeline.scenario;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The known results of an interpreter under development (spec/baselines.md): for each (scenario, backend) that
 * fails or errors today, the outcome it is known to have. A result's entry is the one naming its backend, else
 * the first whose trait conditions match its backend's traits.
 *
 * @param entries the entries in file order
 */
public record Baseline(List<BaselineEntry> entries) {

  public static final Baseline EMPTY = new Baseline(List.of());

  public Baseline {
    entries = List.copyOf(entries);
  }

  /**
   * The entries naming a scenario that is not among {@code ids}: they never apply (a renamed or deleted scenario),
   * so no run reports them as fixed either.
   */
  public List<BaselineEntry> unknownScenarios(Set<String> ids) {
    return entries.stream().filter(e -> !ids.contains(e.scenario())).toList();
  }

  /** The entry that applies to a (scenario, backend), if any. */
  public Optional<BaselineEntry> entryFor(String scenario, String backend, Map<String, String> traits) {
    Optional<BaselineEntry> named = entries.stream()
        .filter(e -> e.byName() && e.appliesTo(scenario, backend, traits)).findFirst();
    return named.or(() -> entries.stream()
        .filter(e -> !e.byName() && e.appliesTo(scenario, backend, traits)).findFirst());
  }
}
