package io.lifeline.differential;

import io.lifeline.scenario.Scenario;
import java.util.List;

/**
 * Everything the differential engine says about one scenario.
 *
 * @param scenario the scenario
 * @param judgements one per backend, in run order
 * @param groups backends grouped by identical outcome, in order of first appearance
 * @param groupDiffs the aligned diff of each group after the first against the first group
 */
public record ScenarioReport(
    Scenario scenario, List<Judgement> judgements, List<OutcomeGroup> groups, List<AlignedDiff> groupDiffs) {

  public ScenarioReport {
    judgements = List.copyOf(judgements);
    groups = List.copyOf(groups);
    groupDiffs = List.copyOf(groupDiffs);
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
