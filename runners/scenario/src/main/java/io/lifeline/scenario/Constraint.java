package io.lifeline.scenario;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One check of a partial-order rule: what a backend's events must satisfy when real interpreters leave the exact
 * order to timing (spec/scenarios.md, "Partial-order rules"). A label is an event's full text; "occurs" means
 * occurs among the script body's events, and "the first X" is X's first occurrence. Only the body's events and
 * its {@code gc.collect()} returns ({@link Outcome#gcCollectReturns()}) are read; shutdown events never are.
 */
public sealed interface Constraint {

  /**
   * The constraint as reports show it: {@code a < b}, {@code absent: x}, {@code count: x = 2},
   * {@code within gc: a < b}.
   */
  String text();

  /** The labels the constraint names, in the order written. */
  List<String> labels();

  /** Why the outcome breaks the constraint, phrased for a report; empty when it is met. */
  Optional<String> brokenBy(List<String> events, List<Integer> gcCollectReturns);

  /**
   * {@code order: ["a < b < c"]}: each label occurs, and the first of each occurs before the first of the next.
   * A single label ({@code "a"}) only says that it occurs.
   */
  record Order(List<String> chain) implements Constraint {
    public Order {
      chain = List.copyOf(chain);
    }

    @Override
    public String text() {
      return String.join(" < ", chain);
    }

    @Override
    public List<String> labels() {
      return chain;
    }

    @Override
    public Optional<String> brokenBy(List<String> events, List<Integer> gcCollectReturns) {
      for (String label : chain) {
        if (!events.contains(label)) {
          return Optional.of(label + " never occurs");
        }
      }
      for (int i = 1; i < chain.size(); i++) {
        int before = events.indexOf(chain.get(i - 1));
        int after = events.indexOf(chain.get(i));
        if (after < before) {
          return Optional.of(chain.get(i) + " (event " + (after + 1) + ") occurs before " + chain.get(i - 1)
              + " (event " + (before + 1) + ")");
        }
      }
      return Optional.empty();
    }
  }

  /** {@code absent: [x]}: x never occurs. */
  record Absent(String label) implements Constraint {
    @Override
    public String text() {
      return "absent: " + label;
    }

    @Override
    public List<String> labels() {
      return List.of(label);
    }

    @Override
    public Optional<String> brokenBy(List<String> events, List<Integer> gcCollectReturns) {
      int at = events.indexOf(label);
      return at < 0 ? Optional.empty() : Optional.of(label + " occurs (event " + (at + 1) + ")");
    }
  }

  /** {@code count: {x: n}}: x occurs exactly n times. */
  record Count(String label, int times) implements Constraint {
    @Override
    public String text() {
      return "count: " + label + " = " + times;
    }

    @Override
    public List<String> labels() {
      return List.of(label);
    }

    @Override
    public Optional<String> brokenBy(List<String> events, List<Integer> gcCollectReturns) {
      long actual = events.stream().filter(label::equals).count();
      return actual == times ? Optional.empty() : Optional.of(label + " occurs " + actual + " times");
    }
  }

  /**
   * {@code within: {gc: ["e"]}}: e occurs before the first {@code gc.collect()} of the body returns.
   * {@code within: {gc: ["a < e"]}}: a occurs, and e occurs after the first a and before the first
   * {@code gc.collect()} return that follows the first a. Events emitted during that collection (finalizers,
   * weakref callbacks) count as before its return. With no such return the constraint is broken: a scenario that
   * states a deadline must reach it.
   *
   * @param anchor the event the deadline is counted from, or null for the start of the body
   * @param label the event that must occur by the deadline
   */
  record WithinGc(String anchor, String label) implements Constraint {
    @Override
    public String text() {
      return "within gc: " + (anchor == null ? label : anchor + " < " + label);
    }

    @Override
    public List<String> labels() {
      List<String> labels = new ArrayList<>();
      if (anchor != null) {
        labels.add(anchor);
      }
      labels.add(label);
      return labels;
    }

    @Override
    public Optional<String> brokenBy(List<String> events, List<Integer> gcCollectReturns) {
      int from = -1;
      if (anchor != null) {
        from = events.indexOf(anchor);
        if (from < 0) {
          return Optional.of(anchor + " never occurs");
        }
      }
      Integer deadline = null;
      for (int at : gcCollectReturns) {
        if (at > from) {
          deadline = at;
          break;
        }
      }
      String since = anchor == null ? "in the body" : "after " + anchor + " (event " + (from + 1) + ")";
      if (deadline == null) {
        return Optional.of("no gc.collect() returned " + since);
      }
      for (int i = from + 1; i < deadline; i++) {
        if (events.get(i).equals(label)) {
          return Optional.empty();
        }
      }
      int late = events.subList(from + 1, events.size()).indexOf(label);
      String when = late < 0 ? "never occurs " + since
          : "occurs only at event " + (from + 1 + late + 1) + ", after gc.collect() returned";
      return Optional.of(label + " " + when + " (the first gc.collect() " + since + " returned when " + deadline
          + (deadline == 1 ? " event had" : " events had") + " occurred)");
    }
  }
}
