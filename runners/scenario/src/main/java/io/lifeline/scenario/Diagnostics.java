package io.lifeline.scenario;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The problems found in one scenario file, in the order of their place in the file. Remembers which nodes
 * (by JSON pointer) already have a problem, so that a specific message (an unquoted version) is not
 * repeated by a generic one (a schema type error) about the same node.
 */
final class Diagnostics {

  private final Path file;
  private final String id;
  private final List<ScenarioError> errors = new ArrayList<>();
  private final Set<String> pointers = new HashSet<>();

  Diagnostics(Path file, String id) {
    this.file = file;
    this.id = id;
  }

  Path file() {
    return file;
  }

  String id() {
    return id;
  }

  SourceLocation at(int line, int column) {
    return new SourceLocation(file, line, column);
  }

  void report(SourceLocation location, String message) {
    errors.add(new ScenarioError(location, id, message));
  }

  /** Reports a problem with the node at {@code pointer}; see {@link #reportedAt}. */
  void reportAt(String pointer, SourceLocation location, String message) {
    pointers.add(pointer);
    report(location, message);
  }

  /** Whether {@link #reportAt} already reported a problem with this node. */
  boolean reportedAt(String pointer) {
    return pointers.contains(pointer);
  }

  boolean hasErrors() {
    return !errors.isEmpty();
  }

  /** The problems sorted by line, then column (a stable sort: equal places keep reporting order). */
  List<ScenarioError> errors() {
    List<ScenarioError> sorted = new ArrayList<>(errors);
    // Not Comparator's combinators, whose lambda classes are spun at run time (a cost to every short command).
    sorted.sort((a, b) -> {
      int line = Integer.compare(a.location().line(), b.location().line());
      return line != 0 ? line : Integer.compare(a.location().column(), b.location().column());
    });
    return sorted;
  }
}
