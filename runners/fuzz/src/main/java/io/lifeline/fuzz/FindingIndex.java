package io.lifeline.fuzz;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Deduplicates findings. Two findings are the same when they have the same {@link Finding.Key}: same model and
 * real interpreter, same first diverging event up to labels ({@link Divergence#shape()}), and same constructs in
 * their shrunk programs. Since shrinking costs hundreds of runs, a new divergence is first checked against the
 * findings so far: a program that diverges with the same pair and shape and contains every construct of an
 * existing finding's minimal program is counted as that finding, unshrunk. Not thread-safe.
 */
public final class FindingIndex {

  private final Map<Finding.Key, Finding> distinct = new LinkedHashMap<>();
  private final Map<Finding.Key, Integer> counts = new LinkedHashMap<>();

  /** The existing finding that covers a program of {@code pair} diverging as {@code d} with {@code features}. */
  public Optional<Finding> covering(Pair pair, Divergence d, Set<Feature> features) {
    return distinct.values().stream()
        .filter(f -> f.pair().model().name().equals(pair.model().name())
            && f.pair().real().name().equals(pair.real().name())
            && f.divergence().shape().equals(d.shape())
            && features.containsAll(f.features()))
        .findFirst();
  }

  /**
   * Records a shrunk finding; true when its key is new (a distinct finding), false when it merged into an
   * existing one.
   */
  public boolean add(Finding f) {
    counts.merge(f.key(), 1, Integer::sum);
    return distinct.putIfAbsent(f.key(), f) == null;
  }

  /** Counts one more program diverging as {@code existing} does. */
  public void countDuplicate(Finding existing) {
    counts.merge(existing.key(), 1, Integer::sum);
  }

  /** The distinct findings in the order found. */
  public List<Finding> distinct() {
    return new ArrayList<>(distinct.values());
  }

  /** How many programs diverged as {@code f} does (itself included). */
  public int count(Finding f) {
    return counts.getOrDefault(f.key(), 0);
  }
}
