package io.lifeline.baseline;

import io.lifeline.scenario.Baseline;
import io.lifeline.scenario.BaselineEntry;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code lifeline run --write-baseline}: the baseline a run's results make, keeping what still applies of the
 * previous one. Every failing result gets an entry. An old entry whose results all still have its verdict and
 * outcome is kept as written (its {@code when}, reason and link); one some of whose results changed or stopped
 * failing gives way to one entry per backend still failing, by name, with its reason and link; one that no result
 * reached (its scenario or backend did not run) is kept. Entries are sorted by scenario, those naming a backend
 * first (by name), then those with trait conditions in their old order; so updating with the same results again
 * gives the same baseline.
 */
public final class BaselineUpdate {
  private BaselineUpdate() {}

  public static Baseline of(Baseline old, List<ObservedResult> results) {
    Map<BaselineEntry, List<ObservedResult>> reached = new IdentityHashMap<>();
    List<BaselineEntry> entries = new ArrayList<>();
    for (ObservedResult r : results) {
      Optional<BaselineEntry> e = old.entryFor(r.scenario(), r.backend(), r.traits());
      if (e.isPresent()) {
        reached.computeIfAbsent(e.get(), k -> new ArrayList<>()).add(r);
      } else if (r.failing()) {
        entries.add(new BaselineEntry(r.scenario(), r.backend(), null, r.verdict(), r.known(), null, null, null));
      }
    }
    for (BaselineEntry e : old.entries()) {
      List<ObservedResult> rs = reached.get(e);
      if (rs == null || rs.stream().allMatch(r -> still(e, r))) {
        entries.add(e);
      } else {
        rs.stream().filter(ObservedResult::failing)
            .forEach(r -> entries.add(e.forBackend(r.backend(), r.verdict(), r.known())));
      }
    }
    List<BaselineEntry> sorted = new ArrayList<>(entries);
    sorted.sort(Comparator.comparing(BaselineEntry::scenario)
        .thenComparing(e -> !e.byName())
        .thenComparing(e -> e.byName() ? e.backend() : ""));
    return new Baseline(sorted);
  }

  /** Whether {@code r} still fails as {@code e} records. */
  private static boolean still(BaselineEntry e, ObservedResult r) {
    return r.failing() && e.verdict().equals(r.verdict()) && e.outcome().equals(r.known());
  }
}
