package io.lifeline.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads one entry of {@code expect} into a {@link Rule}, reporting what the schema cannot say: a trait value
 * that YAML typed as a number or boolean (an unquoted {@code 3.10} is the float 3.1), a comparison that is not
 * one, and an {@code error} that contradicts {@code status}. Tolerates nodes of the wrong type (the schema
 * reports those) so that every problem of a file is found in one pass.
 *
 * <p>A rule expects either the exact event list ({@code events}) or constraints ({@code order}, {@code absent},
 * {@code count}, {@code within}, read by {@link ConstraintReader}); giving both, or neither, is reported here.
 */
final class RuleReader {

  private final YamlTree tree;
  private final Diagnostics diagnostics;

  RuleReader(YamlTree tree, Diagnostics diagnostics) {
    this.tree = tree;
    this.diagnostics = diagnostics;
  }

  /** The rule at {@code pointer} ({@code /expect/2}); meaningful only when no problem was reported. */
  Rule read(String pointer) {
    Map<String, List<TraitPattern>> when = when(YamlTree.child(pointer, "when"));
    List<String> events = events(YamlTree.child(pointer, "events"));
    checkKind(pointer);
    List<Constraint> constraints = ConstraintReader.read(tree, diagnostics, pointer);
    String errorType = text(YamlTree.child(pointer, "error"));
    Status status = status(YamlTree.child(pointer, "status"), errorType);
    return new Rule(when, events, status, errorType, tree.valueAt(pointer), constraints);
  }

  /** Reports a rule with both events and constraints, or with neither. */
  private void checkKind(String pointer) {
    boolean exact = !tree.node(YamlTree.child(pointer, "events")).isMissingNode();
    boolean partial = ConstraintReader.hasConstraints(tree, pointer);
    if (!exact && !partial) {
      diagnostics.reportAt(pointer, tree.valueAt(pointer),
          "a rule needs 'events' (the exact list) or constraints: order, absent, count, within");
    }
    for (String key : exact ? ConstraintReader.KEYS : List.<String>of()) {
      String child = YamlTree.child(pointer, key);
      if (!tree.node(child).isMissingNode()) {
        diagnostics.reportAt(child, tree.keyAt(child), "'" + key + "' cannot be combined with 'events': a rule gives"
            + " either the exact events or constraints (order, absent, count, within)");
      }
    }
  }

  /** Whether the rule at {@code pointer} has no {@code when} (or an empty one): it matches every backend. */
  boolean isDefault(String pointer) {
    JsonNode when = tree.node(YamlTree.child(pointer, "when"));
    return when.isMissingNode() || (when.isObject() && when.isEmpty());
  }

  /** The trait conditions at {@code pointer}, each value reported if it is not a string or not a pattern. */
  Map<String, List<TraitPattern>> when(String pointer) {
    Map<String, List<TraitPattern>> when = new LinkedHashMap<>();
    JsonNode node = tree.node(pointer);
    if (!node.isObject()) {
      return when;
    }
    for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
      String trait = names.next();
      String traitPointer = YamlTree.child(pointer, trait);
      JsonNode values = node.get(trait);
      List<TraitPattern> patterns = new ArrayList<>();
      if (values.isArray()) {
        for (int i = 0; i < values.size(); i++) {
          pattern(trait, YamlTree.child(traitPointer, i), patterns);
        }
      } else {
        pattern(trait, traitPointer, patterns);
      }
      when.put(trait, patterns);
    }
    return when;
  }

  private void pattern(String trait, String pointer, List<TraitPattern> patterns) {
    JsonNode value = tree.node(pointer);
    if (value.isNumber() || value.isBoolean()) {
      diagnostics.reportAt(pointer, tree.valueAt(pointer), unquoted(trait, value, tree.textAt(pointer)));
    } else if (value.isTextual()) {
      try {
        patterns.add(TraitPatterns.parse(value.asText()));
      } catch (IllegalArgumentException e) {
        diagnostics.reportAt(pointer, tree.valueAt(pointer), trait + ": " + e.getMessage());
      }
    }
  }

  /** "version 3.1 is a YAML number (3.10 would read as 3.1); quote it: '3.10'". */
  static String unquoted(String trait, JsonNode value, String written) {
    String kind = value.isNumber() ? "number" : "boolean";
    String read = value.asText();
    String reading = read.equals(written) ? "" : " (" + written + " would read as " + read + ")";
    return trait + " " + read + " is a YAML " + kind + reading + "; quote it: '" + written + "'";
  }

  /** Events are strings; a number or boolean item ({@code - 1}) is taken as written. */
  private List<String> events(String pointer) {
    List<String> events = new ArrayList<>();
    JsonNode node = tree.node(pointer);
    for (int i = 0; i < node.size() && node.isArray(); i++) {
      JsonNode item = node.get(i);
      if (item.isValueNode() && !item.isNull()) {
        events.add(tree.textAt(YamlTree.child(pointer, i)));
      }
    }
    return events;
  }

  private Status status(String pointer, String errorType) {
    String written = text(pointer);
    Status status;
    try {
      status = written == null ? null : Status.fromWireName(written);
    } catch (IllegalArgumentException e) {
      return Status.COMPLETED; // not a status the schema allows; reported there
    }
    if (status != null && !status.isExpectable()) {
      return Status.COMPLETED; // crash and unsupported are never expected; the schema reports them
    }
    if (status != null && errorType != null && status != Status.ERROR) {
      diagnostics.reportAt(pointer, tree.valueAt(pointer),
          "status " + written + " contradicts error: " + errorType
              + " (an error implies status: error; drop status or error)");
    }
    if (status == null) {
      return errorType != null ? Status.ERROR : Status.COMPLETED;
    }
    return status;
  }

  private String text(String pointer) {
    JsonNode node = tree.node(pointer);
    return node.isTextual() ? node.asText() : null;
  }
}
