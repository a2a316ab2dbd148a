package io.lifeline.baseline;

import io.lifeline.differential.AlignedDiff;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code lifeline compare OLD NEW}: what changed between two runs, for a developer bisecting a build. Backends are
 * paired by name; when, after that, exactly one backend of each run is left (yesterday's build and today's, whose
 * version and so whose name moved, or two interpreters), those two are paired. Each (scenario, backend pair) run
 * in both whose verdict, status, error type, events or broken constraints differ is one {@link Change}; a failing
 * result that changed is a regression, as it is against a baseline.
 *
 * @param changes the changes, by scenario then backend
 * @param pairs old backend name to the new one it is compared with
 * @param onlyBefore backends only the older run has (not compared)
 * @param onlyAfter backends only the newer run has (not compared)
 * @param compared (scenario, backend pair)s run in both
 */
public record RunComparison(
    List<Change> changes, Map<String, String> pairs, List<String> onlyBefore, List<String> onlyAfter, int compared) {

  /** Compares two runs' results. */
  public static RunComparison of(List<ObservedResult> before, List<ObservedResult> after) {
    Map<String, String> pairs = pair(backends(before), backends(after));
    Map<String, ObservedResult> afterByKey = new LinkedHashMap<>();
    after.forEach(r -> afterByKey.put(r.scenario() + "\n" + r.backend(), r));
    List<Change> changes = new ArrayList<>();
    int compared = 0;
    for (ObservedResult b : before) {
      String partner = pairs.get(b.backend());
      ObservedResult a = partner == null ? null : afterByKey.get(b.scenario() + "\n" + partner);
      if (a == null) {
        continue;
      }
      compared++;
      if (!b.signature().equals(a.signature())) {
        changes.add(new Change(kind(b, a), b, a, AlignedDiff.of("before", b.events(), "after", a.events())));
      }
    }
    changes.sort(Comparator.comparing(Change::scenario).thenComparing(c -> c.after().backend()));
    List<String> onlyBefore = backends(before).stream().filter(n -> !pairs.containsKey(n)).toList();
    List<String> onlyAfter = backends(after).stream().filter(n -> !pairs.containsValue(n)).toList();
    return new RunComparison(changes, pairs, onlyBefore, onlyAfter, compared);
  }

  public List<Change> of(ChangeKind kind) {
    return changes.stream().filter(c -> c.kind() == kind).toList();
  }

  public boolean hasRegression() {
    return changes.stream().anyMatch(c -> c.kind() == ChangeKind.REGRESSION);
  }

  private static ChangeKind kind(ObservedResult before, ObservedResult after) {
    if (after.failing()) {
      return ChangeKind.REGRESSION;
    }
    return before.failing() ? ChangeKind.FIXED : ChangeKind.CHANGED;
  }

  private static Map<String, String> pair(Set<String> before, Set<String> after) {
    Map<String, String> pairs = new LinkedHashMap<>();
    before.stream().filter(after::contains).forEach(n -> pairs.put(n, n));
    List<String> leftBefore = before.stream().filter(n -> !after.contains(n)).toList();
    List<String> leftAfter = after.stream().filter(n -> !before.contains(n)).toList();
    if (leftBefore.size() == 1 && leftAfter.size() == 1) {
      pairs.put(leftBefore.get(0), leftAfter.get(0));
    }
    return pairs;
  }

  private static Set<String> backends(List<ObservedResult> results) {
    Set<String> names = new LinkedHashSet<>();
    results.forEach(r -> names.add(r.backend()));
    return names;
  }
}
