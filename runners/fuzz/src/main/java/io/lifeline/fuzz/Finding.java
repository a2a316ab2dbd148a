package io.lifeline.fuzz;

import io.lifeline.scenario.Backend;
import io.lifeline.scenario.Outcome;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A divergence between a model and the real interpreter it models, shrunk.
 *
 * @param pair the model and its real interpreter
 * @param original the generated program that diverged
 * @param shrunk the minimal program found that diverges the same way
 * @param divergence the first divergence, on both programs
 * @param features the constructs the shrunk program uses
 * @param model the model's outcome on the shrunk program
 * @param real the real interpreter's outcome on the shrunk program
 * @param reals every real interpreter's outcome on the shrunk program, in catalog order: the expectations
 */
public record Finding(
    Pair pair,
    Program original,
    Program shrunk,
    Divergence divergence,
    Set<Feature> features,
    Outcome model,
    Outcome real,
    List<Map.Entry<Backend, Outcome>> reals) {

  public Finding {
    features = Set.copyOf(features);
    reals = List.copyOf(reals);
  }

  /** What dedup compares: the pair, the first divergence made anonymous, and the constructs involved. */
  public Key key() {
    return new Key(pair.model().name(), pair.real().name(), divergence.shape(), features);
  }

  /** A finding's identity for deduplication. */
  public record Key(String model, String real, String shape, Set<Feature> features) {
    public Key {
      features = Set.copyOf(features);
    }
  }
}
