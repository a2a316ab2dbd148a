package io.lifeline.scenario;

import java.util.List;
import java.util.Map;

/**
 * Trait conditions as written in a {@code when}: trait name to the patterns it accepts (any of them). Shared by
 * scenario rules and baseline entries, so both select backends the same way.
 *
 * @param conditions trait name to its accepted patterns; empty accepts every backend
 */
public record When(Map<String, List<TraitPattern>> conditions) {

  public When {
    conditions = Map.copyOf(conditions);
  }

  /**
   * Whether every named trait has a value that one of its patterns accepts; a backend without the trait does not
   * match.
   */
  public boolean matches(Map<String, String> traits) {
    for (Map.Entry<String, List<TraitPattern>> e : conditions.entrySet()) {
      String actual = traits.get(e.getKey());
      if (actual == null || e.getValue().stream().noneMatch(p -> p.matches(actual))) {
        return false;
      }
    }
    return true;
  }

  public boolean isEmpty() {
    return conditions.isEmpty();
  }
}
