package io.lifeline.scenario;

import java.util.List;
import java.util.Objects;

/**
 * The part of a run's outcome that a baseline records and compares: how the run ended, and either the events it
 * emitted or, for a scenario judged by a partial-order rule, the constraints it broke (such a rule lets the events
 * vary, so they would make a known failure look new at every run). Error messages are not part of it: they carry
 * addresses and line numbers that change with no change in behaviour.
 *
 * @param status how the run ended
 * @param errorType the exception type of an {@code error} status, else null
 * @param events the events in order; null when {@code broken} is given
 * @param broken the broken constraints as written in the rule, in the rule's order; null when {@code events} is
 *     given
 */
public record KnownOutcome(Status status, String errorType, List<String> events, List<String> broken) {

  public KnownOutcome {
    Objects.requireNonNull(status, "status");
    if ((events == null) == (broken == null)) {
      throw new IllegalArgumentException("a known outcome has either events or broken constraints");
    }
    events = events == null ? null : List.copyOf(events);
    broken = broken == null ? null : List.copyOf(broken);
  }

  public static KnownOutcome ofEvents(Status status, String errorType, List<String> events) {
    return new KnownOutcome(status, errorType, events, null);
  }

  public static KnownOutcome ofBroken(Status status, String errorType, List<String> broken) {
    return new KnownOutcome(status, errorType, null, broken);
  }

  /** Whether the broken constraints, not the events, are what is compared. */
  public boolean isPartialOrder() {
    return broken != null;
  }

  /** The list compared: the events, or the broken constraints. */
  public List<String> compared() {
    return broken != null ? broken : events;
  }

  /** How the run ended: {@code completed}, {@code error: KeyError}. */
  public String end() {
    return status.wireName() + (errorType == null ? "" : ": " + errorType);
  }

  /** One line: {@code completed [a, b]} or {@code completed, broken [a < b]}. */
  @Override
  public String toString() {
    return end() + (broken != null ? ", broken " + broken : " " + events);
  }
}
