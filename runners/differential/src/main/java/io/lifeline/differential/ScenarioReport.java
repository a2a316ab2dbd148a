package io.lifeline.differential;

import io.lifeline.scenario.Scenario;
import java.util.List;
import java.util.Map;

/**
 * Everything the differential engine says about one scenario.
 *
 * @param scenario the scenario
 * @param judgements one per backend, in run order
 * @param groups backends grouped by identical outcome, in order of first appearance
 * @param groupDiffs the aligned diff of each group after the first against the first group
 * @param stability for repeated runs ({@link Differential#compareRepeated}), each backend's distinct outcomes by
 *     backend name; empty when each backend ran once
 */
public record ScenarioReport(
    Scenario scenario, List<Judgement> judgements, List<OutcomeGroup> groups, List<AlignedDiff> groupDiffs,
    Map<String, Stability> stability) {

  public ScenarioReport {
    judgements = List.copyOf(judgements);
    groups = List.copyOf(groups);
    groupDiffs = List.copyOf(groupDiffs);
    stability = Map.copyOf(stability);
  }

  /** A report of single runs. */
  public ScenarioReport(
      Scenario scenario, List<Judgement> judgements, List<OutcomeGroup> groups, List<AlignedDiff> groupDiffs) {
    this(scenario, judgements, groups, groupDiffs, Map.of());
  }

  /** The stability of one backend's repeated runs, or null when it ran once. */
  public Stability stabilityOf(String backend) {
    return stability.get(backend);
  }

  /** Whether backends disagree on this scenario. */
  public boolean diverges() {
    return groups.size() > 1;
  }

  /** The judgement of one backend, or null. */
  public Judgement judgementOf(String backend) {
    return judgements.stream().filter(j -> j.backend().equals(backend)).findFirst().orElse(null);
  }
}
