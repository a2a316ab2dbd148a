package io.lifeline.authoring;

import io.lifeline.scenario.TraitPatterns;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds the narrowest {@code when} clauses, over the traits {@code impl} and {@code version}, that match a target
 * set of backends and no other backend of a universe. Per implementation: {@code impl: X} when the target holds
 * every backend of X in the universe; otherwise {@code impl: X, version: [...]} listing, for each target backend,
 * the shortest version prefix (at least major.minor) that matches no other backend of X (so CPython is written
 * '3.10', and PyPy '7.3.11' only when another PyPy release differs).
 */
final class WhenSynthesis {
  private WhenSynthesis() {}

  /**
   * A backend as far as {@code when} is concerned.
   *
   * @param impl its impl trait
   * @param version its version trait
   */
  record Member(String impl, String version) {}

  /** CPython first, then PyPy, then other implementations by name; within one, by version. */
  static final Comparator<Member> ORDER = Comparator.comparingInt((Member m) -> implRank(m.impl()))
      .thenComparing(Member::impl)
      .thenComparing(m -> versionKey(m.version()));

  /**
   * The clauses (each a trait name to its values, impl first) that together match every target member and no
   * other member of the universe, one per implementation, in {@link #ORDER}. One empty clause (a default rule)
   * when the target is the whole universe.
   */
  static List<Map<String, List<String>>> clauses(List<Member> target, List<Member> universe) {
    List<Member> others = universe.stream().filter(m -> !target.contains(m)).toList();
    if (others.isEmpty()) {
      return List.of(Map.of());
    }
    List<String> impls = target.stream().sorted(ORDER).map(Member::impl).distinct().toList();
    List<Map<String, List<String>>> clauses = new ArrayList<>();
    for (String impl : impls) {
      Map<String, List<String>> clause = new LinkedHashMap<>();
      clause.put("impl", List.of(impl));
      List<Member> otherSameImpl = others.stream().filter(m -> m.impl().equals(impl)).toList();
      if (!otherSameImpl.isEmpty()) {
        clause.put("version", target.stream().filter(m -> m.impl().equals(impl)).sorted(ORDER)
            .map(m -> shortestPrefix(m.version(), otherSameImpl)).distinct().toList());
      }
      clauses.add(clause);
    }
    return clauses;
  }

  /** Whether some clause matches a member of {@code others}: the members cannot be told apart by impl and version. */
  static boolean overlaps(List<Map<String, List<String>>> clauses, List<Member> others) {
    for (Map<String, List<String>> clause : clauses) {
      for (Member m : others) {
        boolean impl = !clause.containsKey("impl") || clause.get("impl").contains(m.impl());
        boolean version = !clause.containsKey("version")
            || clause.get("version").stream().anyMatch(v -> TraitPatterns.parse(v).matches(m.version()));
        if (impl && version) {
          return true;
        }
      }
    }
    return false;
  }

  /** The shortest prefix of {@code version}, of at least two components, that matches none of {@code others}. */
  private static String shortestPrefix(String version, List<Member> others) {
    String[] parts = version.split("\\.");
    for (int n = Math.min(2, parts.length); n <= parts.length; n++) {
      String prefix = String.join(".", java.util.Arrays.copyOf(parts, n));
      if (others.stream().noneMatch(o -> TraitPatterns.parse(prefix).matches(o.version()))) {
        return prefix;
      }
    }
    return version;
  }

  private static int implRank(String impl) {
    return switch (impl) {
      case "cpython" -> 0;
      case "pypy" -> 1;
      default -> 2;
    };
  }

  /** Zero-padded numeric components, so that 3.9 sorts before 3.10. */
  static String versionKey(String version) {
    StringBuilder sb = new StringBuilder();
    for (String part : version.split("\\.")) {
      String digits = part.replaceAll("\\D.*", "");
      sb.append(String.format("%06d", digits.isEmpty() ? 0 : Integer.parseInt(digits.substring(0, Math.min(6,
          digits.length()))))).append('.');
    }
    return sb.toString();
  }
}
