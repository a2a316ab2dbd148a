package io.lifeline.differential;

import io.lifeline.scenario.Outcome;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What repeated runs of one (scenario, backend) observed ({@code lifeline run --verify N}): the distinct outcomes,
 * compared on {@link Outcome#signature()} (events, status, error type), with how often each came up.
 *
 * @param runs how many times the program ran
 * @param variants the distinct outcomes in order of first appearance; one when every run agreed
 */
public record Stability(int runs, List<Variant> variants) {

  /**
   * One distinct outcome.
   *
   * @param outcome the first run that observed it
   * @param count how many runs observed it
   */
  public record Variant(Outcome outcome, int count) {}

  public Stability {
    variants = List.copyOf(variants);
  }

  /** Groups the outcomes of repeated runs by signature. */
  public static Stability of(List<Outcome> outcomes) {
    Map<String, List<Outcome>> bySignature = new LinkedHashMap<>();
    for (Outcome o : outcomes) {
      bySignature.computeIfAbsent(o.signature(), k -> new ArrayList<>()).add(o);
    }
    List<Variant> variants = new ArrayList<>();
    bySignature.values().forEach(same -> variants.add(new Variant(same.get(0), same.size())));
    return new Stability(outcomes.size(), variants);
  }

  /** Whether the runs did not all observe the same outcome. */
  public boolean unstable() {
    return variants.size() > 1;
  }
}
