package io.lifeline.fuzz;

import io.lifeline.scenario.Backend;
import io.lifeline.scenario.Outcome;
import io.lifeline.scenario.Status;
import io.lifeline.scenario.Version;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns the real interpreters' outcomes into scenario rules in the corpus's style: one rule per implementation
 * and group of versions with the same outcome, {@code when: {impl: cpython, version: ['3.11', '3.12']}}.
 *
 * <p>CPython versions are written as major.minor when every release of that minor version found agrees (3.11.2
 * and 3.11.7), else as full versions, one per release. PyPy versions are written in full (7.3.11): a model of
 * another PyPy release must not inherit them. A crash is never expected, so crashed interpreters get no rule.
 */
final class Expectations {
  private Expectations() {}

  /** A rule: the versions of one implementation that share {@code outcome}. */
  record Rule(String impl, List<String> versions, Outcome outcome) {}

  static List<Rule> of(List<Map.Entry<Backend, Outcome>> reals) {
    // (impl, version key) -> outcomes, in catalog order (CPython before PyPy, ascending versions).
    Map<String, List<Map.Entry<Backend, Outcome>>> byMinor = new LinkedHashMap<>();
    for (Map.Entry<Backend, Outcome> e : reals) {
      if (e.getValue().status() != Status.CRASH) {
        byMinor.computeIfAbsent(e.getKey().traits().impl() + " " + minorKey(e.getKey()), k -> new ArrayList<>()).add(e);
      }
    }
    List<Rule> entries = new ArrayList<>();
    for (List<Map.Entry<Backend, Outcome>> group : byMinor.values()) {
      Backend first = group.get(0).getKey();
      boolean agree = group.stream().allMatch(e -> e.getValue().signature().equals(group.get(0).getValue().signature()));
      if (agree) {
        entries.add(new Rule(first.traits().impl(), List.of(minorKey(first)), group.get(0).getValue()));
      } else {
        group.forEach(e -> entries.add(new Rule(e.getKey().traits().impl(), List.of(e.getKey().traits().version()), e.getValue())));
      }
    }
    return merge(entries);
  }

  /** Merges rules of one implementation with equal outcomes, keeping the first one's place. */
  private static List<Rule> merge(List<Rule> entries) {
    List<Rule> out = new ArrayList<>();
    for (Rule r : entries) {
      int same = -1;
      for (int i = 0; i < out.size(); i++) {
        if (out.get(i).impl().equals(r.impl()) && out.get(i).outcome().signature().equals(r.outcome().signature())) {
          same = i;
        }
      }
      if (same < 0) {
        out.add(r);
      } else {
        List<String> versions = new ArrayList<>(out.get(same).versions());
        versions.addAll(r.versions());
        out.set(same, new Rule(r.impl(), versions, out.get(same).outcome()));
      }
    }
    return out;
  }

  private static String minorKey(Backend b) {
    String v = b.traits().version();
    if (!"cpython".equals(b.traits().impl())) {
      return v;
    }
    return Version.parseLenient(v).map(p -> p.truncate(2).toString()).orElse(v);
  }
}
