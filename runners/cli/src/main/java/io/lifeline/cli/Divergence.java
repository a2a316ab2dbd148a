package io.lifeline.cli;

import io.lifeline.junit.ResultEntries;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One scenario on which backends diverge (two or more outcome groups), and whether its rules expect it.
 *
 * <p>A divergence is <em>expected</em> when the rules already say the groups differ: backends in different groups
 * were judged by different rules (or by none). It is <em>unexpected</em> when two backends in different groups were
 * judged by the same rule, which promised them the same outcome: an exact rule (one of them fails it), or a
 * partial-order rule that one of them breaks. Two backends that each meet one partial-order rule in different
 * orders diverge as that rule allows, so that divergence is expected.
 *
 * @param scenario the scenario id
 * @param groups the outcome groups and the diffs of each group against the first
 * @param unexpected why the divergence is unexpected (the first pair of backends sharing a rule across groups),
 *     empty when the rules expect it
 */
record Divergence(String scenario, ResultEntries.Groups groups, Optional<String> unexpected) {

  /** The diverging scenarios of a run, in scenario order. */
  static List<Divergence> of(RunResults run) {
    Map<String, Map<String, ResultEntries.Result>> byScenario = new HashMap<>();
    for (ResultEntries.Result r : run.results()) {
      byScenario.computeIfAbsent(r.scenario(), k -> new HashMap<>()).put(r.backend(), r);
    }
    List<Divergence> divergences = new ArrayList<>();
    run.groups().forEach((scenario, g) -> {
      if (g.groups().size() > 1) {
        divergences.add(new Divergence(scenario, g, sharedRule(g, byScenario.getOrDefault(scenario, Map.of()))));
      }
    });
    return divergences;
  }

  boolean expected() {
    return unexpected.isEmpty();
  }

  /** One line: the groups' backends, groups separated by " | ". */
  String groupsLine() {
    List<String> parts = groups.groups().stream().map(g -> String.join(", ", g.backends())).toList();
    return String.join(" | ", parts);
  }

  private static Optional<String> sharedRule(ResultEntries.Groups g, Map<String, ResultEntries.Result> results) {
    for (int i = 0; i < g.groups().size(); i++) {
      for (int j = i + 1; j < g.groups().size(); j++) {
        for (String a : g.groups().get(i).backends()) {
          for (String b : g.groups().get(j).backends()) {
            ResultEntries.Result ra = results.get(a);
            ResultEntries.Result rb = results.get(b);
            if (ra != null && rb != null && promisedTheSame(ra, rb)) {
              return Optional.of(a + " (group " + (i + 1) + ") and " + b + " (group " + (j + 1)
                  + ") are judged by the same rule, " + ra.rule());
            }
          }
        }
      }
    }
    return Optional.empty();
  }

  private static boolean promisedTheSame(ResultEntries.Result a, ResultEntries.Result b) {
    if (a.rule() == null || !a.rule().equals(b.rule())) {
      return false;
    }
    boolean partialOrder = a.constraints() != null;
    return !partialOrder || !a.verdict().equals("pass") || !b.verdict().equals("pass");
  }
}
