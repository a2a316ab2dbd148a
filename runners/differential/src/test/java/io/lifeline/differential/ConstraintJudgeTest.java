package io.lifeline.differential;

import static io.lifeline.differential.Fixtures.*;
import static org.assertj.core.api.Assertions.assertThat;

import io.lifeline.scenario.Constraint;
import io.lifeline.scenario.Outcome;
import io.lifeline.scenario.Rule;
import io.lifeline.scenario.SourceLocation;
import io.lifeline.scenario.Status;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Partial-order rules: each kind of constraint met and broken, combinations, and how verdicts come out. */
class ConstraintJudgeTest {

  private static Judgement judge(Outcome outcome, Constraint... constraints) {
    return judge(outcome, Status.COMPLETED, constraints);
  }

  private static Judgement judge(Outcome outcome, Status status, Constraint... constraints) {
    Rule rule = new Rule(Map.of(), List.of(), status, null, new SourceLocation(FILE, 7, 3), List.of(constraints));
    return Judge.judge(scenario(rule), new Scripted("b", traits("cpython", "3.12"), outcome), outcome);
  }

  /** A completed outcome whose gc.collect() calls returned after the given numbers of events. */
  private static Outcome collected(List<Integer> gcReturns, String... events) {
    return new Outcome(List.of(events), Status.COMPLETED, null, null, List.of(), "", Duration.ZERO, gcReturns);
  }

  private static Constraint order(String... chain) {
    return new Constraint.Order(List.of(chain));
  }

  private static List<String> lines(Judgement j) {
    return j.constraints().stream().map(ConstraintResult::line).toList();
  }

  @Test
  void orderComparesFirstOccurrences() {
    assertThat(lines(judge(completed("a", "x", "b", "c", "a"), order("a", "b", "c"))))
        .containsExactly("met     a < b < c");
    assertThat(lines(judge(completed("b", "a"), order("a", "b"))))
        .containsExactly("BROKEN  a < b: b (event 1) occurs before a (event 2)");
    assertThat(lines(judge(completed("a"), order("a", "b")))).containsExactly("BROKEN  a < b: b never occurs");
    assertThat(lines(judge(completed("a"), order("a")))).containsExactly("met     a");
  }

  @Test
  void absentAndCount() {
    assertThat(lines(judge(completed("a", "b", "a"), new Constraint.Absent("c"), new Constraint.Count("a", 2),
        new Constraint.Count("c", 0))))
        .containsExactly("met     absent: c", "met     count: a = 2", "met     count: c = 0");
    assertThat(lines(judge(completed("a", "c"), new Constraint.Absent("c"), new Constraint.Count("a", 2))))
        .containsExactly("BROKEN  absent: c: c occurs (event 2)", "BROKEN  count: a = 2: a occurs 1 times");
  }

  @Test
  void withinGcCountsFromTheStartOfTheBody() {
    Constraint callback = new Constraint.WithinGc(null, "callback");
    // the callback ran during the first collection: recorded before its return, after 2 events
    assertThat(judge(collected(List.of(2), "start", "callback", "end"), callback).verdict()).isEqualTo(Verdict.PASS);
    assertThat(lines(judge(collected(List.of(1, 3), "start", "x", "callback"), callback))).containsExactly(
        "BROKEN  within gc: callback: callback occurs only at event 3, after gc.collect() returned (the first"
            + " gc.collect() in the body returned when 1 event had occurred)");
    assertThat(lines(judge(completed("callback"), callback)))
        .containsExactly("BROKEN  within gc: callback: no gc.collect() returned in the body");
  }

  @Test
  void withinGcAfterAnAnchorUsesTheFirstReturnAfterTheAnchor() {
    Constraint due = new Constraint.WithinGc("dropped", "callback");
    // a collection before the anchor does not count; the one after it does
    assertThat(judge(collected(List.of(0, 3), "dropped", "x", "callback", "y"), due).verdict())
        .isEqualTo(Verdict.PASS);
    // a callback before the anchor does not count either
    assertThat(lines(judge(collected(List.of(2), "callback", "dropped", "y", "callback"), due))).containsExactly(
        "BROKEN  within gc: dropped < callback: callback occurs only at event 4, after gc.collect() returned (the"
            + " first gc.collect() after dropped (event 2) returned when 2 events had occurred)");
    assertThat(lines(judge(collected(List.of(1), "dropped"), due))).containsExactly(
        "BROKEN  within gc: dropped < callback: callback never occurs after dropped (event 1) (the first"
            + " gc.collect() after dropped (event 1) returned when 1 event had occurred)");
    assertThat(lines(judge(collected(List.of(0), "dropped", "callback"), due)))
        .containsExactly("BROKEN  within gc: dropped < callback: no gc.collect() returned after dropped (event 1)");
    assertThat(lines(judge(collected(List.of(0), "x"), due)))
        .containsExactly("BROKEN  within gc: dropped < callback: dropped never occurs");
  }

  @Test
  void combinedConstraintsPassOnlyWhenAllAreMetAndEachIsReported() {
    Constraint[] all = {order("enter", "exit"), new Constraint.Absent("leak"), new Constraint.Count("tick", 2),
        new Constraint.WithinGc("dropped", "finalized")};
    Judgement pass = judge(collected(List.of(4), "enter", "tick", "dropped", "finalized", "tick", "exit"), all);
    assertThat(pass.verdict()).isEqualTo(Verdict.PASS);
    assertThat(pass.reason()).isEmpty();
    assertThat(pass.constraints()).extracting(ConstraintResult::met).containsOnly(true).hasSize(4);
    assertThat(pass.expectedEvents()).isNull();
    assertThat(pass.diff()).isNull();

    Judgement fail = judge(collected(List.of(3), "enter", "tick", "dropped", "exit", "finalized", "leak"), all);
    assertThat(fail.verdict()).isEqualTo(Verdict.FAIL);
    assertThat(fail.reason()).startsWith("3 of 4 constraints broken, rule at cases/demo/x.yaml:7:3 (default)");
    assertThat(fail.brokenConstraints()).extracting(ConstraintResult::constraint)
        .containsExactly("absent: leak", "count: tick = 2", "within gc: dropped < finalized");
  }

  @Test
  void statusStillDecidesFirstAndConstraintsAreStillReported() {
    Judgement raised = judge(error("KeyError", "a"), order("a"));
    assertThat(raised.verdict()).isEqualTo(Verdict.ERROR);
    assertThat(lines(raised)).containsExactly("met     a");
    Judgement expectedError = judge(error("KeyError", "b", "a"), Status.ERROR, order("a", "b"));
    assertThat(expectedError.verdict()).isEqualTo(Verdict.FAIL);
    assertThat(expectedError.reason()).contains("1 of 1 constraints broken");
  }

  @Test
  void shutdownEventsAreNeverRead() {
    Outcome o = Outcome.completed(List.of("a"), List.of("leak"), Duration.ZERO);
    assertThat(judge(o, new Constraint.Absent("leak")).verdict()).isEqualTo(Verdict.PASS);
  }
}
