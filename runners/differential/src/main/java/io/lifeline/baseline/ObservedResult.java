package io.lifeline.baseline;

import io.lifeline.differential.ConstraintResult;
import io.lifeline.differential.Judgement;
import io.lifeline.scenario.KnownOutcome;
import io.lifeline.scenario.Status;
import io.lifeline.scenario.Traits;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One (scenario, backend) result as the gate sees it, whichever runner produced it: the verdict, how the run
 * ended, its events and, for a partial-order rule, the constraints it broke.
 *
 * @param scenario the scenario id
 * @param backend the backend's name
 * @param traits the backend's traits (empty when unknown)
 * @param verdict {@code pass}, {@code fail}, {@code error}, {@code skip} or {@code unsupported}
 * @param status how the run ended
 * @param errorType the exception type of an error status, else null
 * @param events the body events in order
 * @param broken the broken constraints of a partial-order rule, in the rule's order; null for an exact rule or
 *     none
 */
public record ObservedResult(
    String scenario, String backend, Map<String, String> traits, String verdict, Status status, String errorType,
    List<String> events, List<String> broken) {

  public ObservedResult {
    Objects.requireNonNull(scenario, "scenario");
    Objects.requireNonNull(backend, "backend");
    traits = traits == null ? Map.of() : Map.copyOf(traits);
    events = List.copyOf(events);
    broken = broken == null ? null : List.copyOf(broken);
  }

  /** The result of a judgement. */
  public static ObservedResult of(Judgement j, Traits traits) {
    List<String> broken = j.rule() != null && j.rule().isPartialOrder()
        ? j.brokenConstraints().stream().map(ConstraintResult::constraint).toList() : null;
    return new ObservedResult(j.scenarioId(), j.backend(), traits.asMap(), j.verdict().wireName(),
        j.outcome().status(), j.outcome().errorType(), j.outcome().events(), broken);
  }

  /** Whether the verdict makes a run without a baseline exit 1: fail or error. */
  public boolean failing() {
    return verdict.equals("fail") || verdict.equals("error");
  }

  /** What a baseline records of it: status, error type, and the broken constraints or else the events. */
  public KnownOutcome known() {
    return broken != null ? KnownOutcome.ofBroken(status, errorType, broken)
        : KnownOutcome.ofEvents(status, errorType, events);
  }

  /** Everything two runs are compared on: verdict, status, error type, events and broken constraints. */
  String signature() {
    return verdict + " " + status.wireName() + (errorType == null ? "" : ":" + errorType) + " " + events
        + (broken == null ? "" : " broken " + broken);
  }
}
