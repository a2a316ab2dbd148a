package io.lifeline.authoring;

import io.lifeline.scenario.Outcome;
import io.lifeline.scenario.Status;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Renders {@code expect} blocks in the suite's house style: the key at column 1, each rule a {@code - } item at
 * column 1, {@code when} and {@code events} in flow style, versions always quoted, other values quoted only when
 * YAML needs it.
 *
 * <pre>
 * expect:
 * - when: {impl: cpython, version: ['3.11', '3.12']}
 *   events: [callback, rebound]
 * - when: {impl: pypy}
 *   events: [rebound]
 *   error: KeyError
 * </pre>
 */
final class ExpectWriter {
  private ExpectWriter() {}

  /** One rule: its clause (empty for the default rule) and the outcome it expects. */
  static String rule(Map<String, List<String>> when, Outcome outcome) {
    StringBuilder sb = new StringBuilder();
    String indent = "- ";
    if (!when.isEmpty()) {
      sb.append("- when: ").append(when(when)).append('\n');
      indent = "  ";
    }
    sb.append(indent).append("events: ").append(YamlScalars.flowList(outcome.events())).append('\n');
    if (outcome.status() == Status.ERROR && outcome.errorType() != null) {
      sb.append("  error: ").append(YamlScalars.flow(outcome.errorType())).append('\n');
    } else if (outcome.status() != Status.COMPLETED) {
      sb.append("  status: ").append(outcome.status().wireName()).append('\n');
    }
    return sb.toString();
  }

  /** {@code expect:} followed by the rules' texts, each ending in a line break. */
  static String block(List<String> rules) {
    return "expect:\n" + String.join("", rules);
  }

  /** {@code {impl: cpython, version: ['3.11', '3.12']}}: one value bare, several as a list; versions quoted. */
  static String when(Map<String, List<String>> when) {
    List<String> entries = new ArrayList<>();
    when.forEach((trait, values) -> {
      List<String> written = values.stream()
          .map(v -> trait.equals("version") ? YamlScalars.quoted(v) : YamlScalars.flow(v)).toList();
      entries.add(trait + ": " + (written.size() == 1 ? written.get(0) : "[" + String.join(", ", written) + "]"));
    });
    return "{" + String.join(", ", entries) + "}";
  }
}
