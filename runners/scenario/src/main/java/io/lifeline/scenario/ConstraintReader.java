package io.lifeline.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads the constraint keys of one rule ({@code order}, {@code absent}, {@code count}, {@code within}) into
 * {@link Constraint}s, reporting what the schema cannot say: an order item that is not {@code a < b < c} (an empty
 * side, {@code <=}, {@code >}), an event ordered before itself, orders that contradict each other, an event both
 * absent and required, and items listed twice. Nodes of the wrong type are skipped (the schema reports them).
 */
final class ConstraintReader {

  /** The keys of a partial-order rule, in the order their constraints are listed. */
  static final List<String> KEYS = List.of("order", "absent", "count", "within");

  /** The deadlines {@code within} knows; the schema lists the same. */
  static final List<String> DEADLINES = List.of("gc");

  private final YamlTree tree;
  private final Diagnostics diagnostics;
  private final List<Constraint> constraints = new ArrayList<>();
  /** Where each constraint was written, parallel to {@link #constraints}. */
  private final List<String> pointers = new ArrayList<>();

  private ConstraintReader(YamlTree tree, Diagnostics diagnostics) {
    this.tree = tree;
    this.diagnostics = diagnostics;
  }

  /** The constraints of the rule at {@code rule} ({@code /expect/1}), in key order; empty for an exact rule. */
  static List<Constraint> read(YamlTree tree, Diagnostics diagnostics, String rule) {
    ConstraintReader reader = new ConstraintReader(tree, diagnostics);
    reader.order(YamlTree.child(rule, "order"));
    reader.absent(YamlTree.child(rule, "absent"));
    reader.count(YamlTree.child(rule, "count"));
    reader.within(YamlTree.child(rule, "within"));
    reader.checkCycles();
    reader.checkAbsences();
    return reader.constraints;
  }

  /** Whether the rule at {@code rule} names any constraint key. */
  static boolean hasConstraints(YamlTree tree, String rule) {
    return KEYS.stream().anyMatch(k -> !tree.node(YamlTree.child(rule, k)).isMissingNode());
  }

  private void order(String pointer) {
    JsonNode node = tree.node(pointer);
    for (int i = 0; i < node.size() && node.isArray(); i++) {
      String item = YamlTree.child(pointer, i);
      if (tree.node(item).isTextual()) {
        chain(item, "order").ifPresent(chain -> add(new Constraint.Order(chain), item));
      }
    }
  }

  private void absent(String pointer) {
    JsonNode node = tree.node(pointer);
    for (int i = 0; i < node.size() && node.isArray(); i++) {
      String item = YamlTree.child(pointer, i);
      if (tree.node(item).isValueNode() && !tree.node(item).isNull()) {
        add(new Constraint.Absent(tree.textAt(item)), item);
      }
    }
  }

  private void count(String pointer) {
    JsonNode node = tree.node(pointer);
    if (!node.isObject()) {
      return;
    }
    for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
      String label = names.next();
      JsonNode times = node.get(label);
      if (times.canConvertToInt() && times.isIntegralNumber() && times.asInt() >= 0) {
        add(new Constraint.Count(label, times.asInt()), YamlTree.child(pointer, label));
      }
    }
  }

  private void within(String pointer) {
    JsonNode node = tree.node(pointer);
    if (node.isTextual()) {
      diagnostics.reportAt(pointer, tree.valueAt(pointer), "within takes a deadline and the events due by it:"
          + " within: {gc: [event, 'anchor < event']}, not '" + node.asText() + "'");
      return;
    }
    JsonNode gc = node.path("gc");
    String gcPointer = YamlTree.child(pointer, "gc");
    for (int i = 0; i < gc.size() && gc.isArray(); i++) {
      String item = YamlTree.child(gcPointer, i);
      if (!tree.node(item).isTextual()) {
        continue;
      }
      Optional<List<String>> chain = chain(item, "within");
      if (chain.isPresent() && chain.get().size() > 2) {
        diagnostics.reportAt(item, tree.valueAt(item), "within item '" + tree.textAt(item)
            + "' has more than one '<': write 'event' (due by the first gc.collect() return) or 'anchor < event'"
            + " (due by the first gc.collect() return after anchor)");
      } else if (chain.isPresent()) {
        List<String> c = chain.get();
        add(c.size() == 1 ? new Constraint.WithinGc(null, c.get(0)) : new Constraint.WithinGc(c.get(0), c.get(1)),
            item);
      }
    }
  }

  /** Splits {@code a < b < c} into its labels, or reports why it is not such a chain. */
  private Optional<List<String>> chain(String pointer, String key) {
    String text = tree.textAt(pointer);
    String problem = null;
    if (text.contains(">")) {
      problem = "uses '>'; write every " + key + " with '<', earlier event first: 'a < b'";
    } else if (text.contains("<=") || text.contains("<<")) {
      problem = "is not an order; write 'a < b' (a occurs before b)";
    }
    List<String> labels = new ArrayList<>();
    for (String part : text.split("<", -1)) {
      labels.add(part.strip());
    }
    if (problem == null && labels.stream().anyMatch(String::isEmpty)) {
      problem = "has an empty side; write 'a < b' with an event on each side of '<'";
    }
    if (problem == null && labels.size() != labels.stream().distinct().count()) {
      String twice = labels.stream().filter(l -> labels.indexOf(l) != labels.lastIndexOf(l)).findFirst().get();
      problem = "orders " + twice + " before itself";
    }
    if (problem != null) {
      diagnostics.reportAt(pointer, tree.valueAt(pointer), key + " item '" + text + "' " + problem);
      return Optional.empty();
    }
    return Optional.of(labels);
  }

  private void add(Constraint constraint, String pointer) {
    int earlier = constraints.indexOf(constraint);
    if (earlier >= 0) {
      diagnostics.reportAt(pointer, tree.valueAt(pointer), "'" + constraint.text() + "' is already listed at line "
          + tree.valueAt(pointers.get(earlier)).line());
      return;
    }
    constraints.add(constraint);
    pointers.add(pointer);
  }

  /** Orders (and within anchors) that together put an event before itself can never be met. */
  private void checkCycles() {
    Map<String, Set<String>> later = new HashMap<>();
    for (int i = 0; i < constraints.size(); i++) {
      Constraint c = constraints.get(i);
      boolean orders = c instanceof Constraint.Order || (c instanceof Constraint.WithinGc w && w.anchor() != null);
      List<String> labels = orders ? c.labels() : List.of();
      for (int j = 1; j < labels.size(); j++) {
        if (reaches(labels.get(j), labels.get(j - 1), later, new HashSet<>())) {
          diagnostics.reportAt(pointers.get(i), tree.valueAt(pointers.get(i)), "'" + c.text()
              + "' contradicts the other orders of this rule: together they put " + labels.get(j) + " before itself");
          return;
        }
        later.computeIfAbsent(labels.get(j - 1), k -> new HashSet<>()).add(labels.get(j));
      }
    }
  }

  /** Whether {@code target} is {@code from} or must come after it, along the orders read so far. */
  private static boolean reaches(String from, String target, Map<String, Set<String>> later, Set<String> seen) {
    if (from.equals(target)) {
      return true;
    }
    if (!seen.add(from)) {
      return false;
    }
    for (String next : later.getOrDefault(from, Set.of())) {
      if (reaches(next, target, later, seen)) {
        return true;
      }
    }
    return false;
  }

  /** An event that is absent (or counted 0 times) cannot also be ordered, due or counted more often. */
  private void checkAbsences() {
    for (int i = 0; i < constraints.size(); i++) {
      Constraint c = constraints.get(i);
      if (!never(c)) {
        continue;
      }
      String label = c.labels().get(0);
      for (int j = 0; j < constraints.size(); j++) {
        Constraint other = constraints.get(j);
        if (j != i && !never(other) && other.labels().contains(label)) {
          diagnostics.reportAt(pointers.get(i), tree.valueAt(pointers.get(i)), "'" + c.text() + "' contradicts '"
              + other.text() + "' (line " + tree.valueAt(pointers.get(j)).line() + "): " + label
              + " cannot both never occur and occur");
          return;
        }
      }
    }
  }

  /** Whether the constraint says its label never occurs: {@code absent}, or a count of 0. */
  private static boolean never(Constraint c) {
    return c instanceof Constraint.Absent || (c instanceof Constraint.Count n && n.times() == 0);
  }
}
