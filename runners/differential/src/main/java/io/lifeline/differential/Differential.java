package io.lifeline.differential;

import io.lifeline.scenario.Outcome;
import io.lifeline.scenario.Scenario;
import io.lifeline.scenario.Status;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The differential engine: judges every backend's outcome, groups identical outcomes, diffs the groups. A model
 * that could not run the program (status {@code unsupported}) has no outcome to compare: it is judged, but left out
 * of the groups, so it never makes a scenario diverge.
 */
public final class Differential {

  private Differential() {}

  /** Compares the runs of one scenario. Runs are kept in the order given. */
  public static ScenarioReport compare(Scenario scenario, List<BackendRun> runs) {
    List<Judgement> judgements = new ArrayList<>();
    Map<String, List<BackendRun>> bySignature = new LinkedHashMap<>();
    for (BackendRun run : runs) {
      judgements.add(Judge.judge(scenario, run.backend(), run.outcome()));
      if (run.outcome().status() == Status.UNSUPPORTED) {
        continue;
      }
      bySignature.computeIfAbsent(run.outcome().signature(), k -> new ArrayList<>()).add(run);
    }
    List<OutcomeGroup> groups = new ArrayList<>();
    for (List<BackendRun> members : bySignature.values()) {
      groups.add(new OutcomeGroup(members.stream().map(r -> r.backend().name()).toList(), members.get(0).outcome()));
    }
    List<AlignedDiff> diffs = new ArrayList<>();
    for (int i = 1; i < groups.size(); i++) {
      OutcomeGroup first = groups.get(0);
      OutcomeGroup other = groups.get(i);
      diffs.add(AlignedDiff.of("group 1", comparable(first.outcome(), other.outcome()),
          "group " + (i + 1), comparable(other.outcome(), first.outcome())));
    }
    return new ScenarioReport(scenario, judgements, groups, diffs);
  }

  /**
   * Compares repeated runs of one scenario. Each backend is represented by the first of its runs with the worst
   * verdict (error, then fail, then pass), so a rule that only some runs meet fails; the groups are built from
   * those representatives, and the report records each backend's {@link Stability}.
   */
  public static ScenarioReport compareRepeated(Scenario scenario, List<RepeatedRun> runs) {
    List<BackendRun> representatives = new ArrayList<>();
    Map<String, Stability> stability = new LinkedHashMap<>();
    for (RepeatedRun run : runs) {
      Outcome worst = run.outcomes().get(0);
      int worstRank = -1;
      for (Outcome o : run.outcomes()) {
        int rank = rank(Judge.judge(scenario, run.backend(), o).verdict());
        if (rank > worstRank) {
          worst = o;
          worstRank = rank;
        }
      }
      representatives.add(new BackendRun(run.backend(), worst));
      stability.put(run.backend().name(), Stability.of(run.outcomes()));
    }
    ScenarioReport single = compare(scenario, representatives);
    return new ScenarioReport(scenario, single.judgements(), single.groups(), single.groupDiffs(), stability);
  }

  private static int rank(Verdict verdict) {
    return switch (verdict) {
      case SKIP -> 0;
      case UNSUPPORTED -> 1;
      case PASS -> 1;
      case FAIL -> 2;
      case ERROR -> 3;
    };
  }

  /** The events of {@code outcome}, followed by its status when the two statuses differ, so the diff shows it. */
  private static List<String> comparable(Outcome outcome, Outcome other) {
    boolean sameEnd = outcome.status() == other.status()
        && java.util.Objects.equals(outcome.errorType(), other.errorType());
    if (sameEnd) {
      return outcome.events();
    }
    List<String> lines = new ArrayList<>(outcome.events());
    lines.add("<" + (outcome.status() == Status.COMPLETED ? "completed" : outcome.statusLine()) + ">");
    return lines;
  }
}
