package io.lifeline.baseline;

import static org.assertj.core.api.Assertions.assertThat;

import io.lifeline.scenario.Baseline;
import io.lifeline.scenario.BaselineEntry;
import io.lifeline.scenario.KnownOutcome;
import io.lifeline.scenario.Status;
import io.lifeline.scenario.TraitPatterns;
import io.lifeline.scenario.When;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BaselineGateTest {

  private static final Map<String, String> PYPY = Map.of("impl", "pypy", "version", "7.3.18");

  private static ObservedResult result(String scenario, String backend, String verdict, String... events) {
    return new ObservedResult(scenario, backend, PYPY, verdict, Status.COMPLETED, null, List.of(events), null);
  }

  private static BaselineEntry named(String scenario, String backend, String... events) {
    return new BaselineEntry(scenario, backend, null, "fail",
        KnownOutcome.ofEvents(Status.COMPLETED, null, List.of(events)), "why", "https://bug", null);
  }

  private static BaselineEntry pypyFamily(String scenario, String... events) {
    return new BaselineEntry(scenario, null, new When(Map.of("impl", List.of(TraitPatterns.parse("pypy")))), "fail",
        KnownOutcome.ofEvents(Status.COMPLETED, null, List.of(events)), "family", null, null);
  }

  @Test
  void classifiesKnownRegressionAndFixed() {
    Baseline b = new Baseline(List.of(named("s", "pypy", "b", "a"), named("t", "pypy", "x")));
    assertThat(BaselineGate.judge(b, result("s", "pypy", "fail", "b", "a")).kind()).isEqualTo(GateClass.KNOWN);
    GateResult changed = BaselineGate.judge(b, result("s", "pypy", "fail", "a", "b"));
    assertThat(changed.kind()).isEqualTo(GateClass.REGRESSION);
    assertThat(changed.diff().render()).contains("baseline").contains("now");
    assertThat(changed.why()).startsWith("regression against the baseline: known as fail completed [b, a]");
    assertThat(BaselineGate.judge(b, result("s", "pypy", "error", "b", "a")).kind())
        .isEqualTo(GateClass.REGRESSION);
    assertThat(BaselineGate.judge(b, result("u", "pypy", "fail")).why())
        .isEqualTo("regression against the baseline: fail, and the baseline does not list it");
    assertThat(BaselineGate.judge(b, result("t", "pypy", "pass", "x")).kind()).isEqualTo(GateClass.FIXED);
    assertThat(BaselineGate.judge(b, result("t", "pypy", "skip")).kind()).isEqualTo(GateClass.FIXED);
    assertThat(BaselineGate.judge(b, result("u", "pypy", "pass")).kind()).isEqualTo(GateClass.NONE);
  }

  @Test
  void brokenConstraintsNotEventsAreComparedForAPartialOrderRule() {
    BaselineEntry e = new BaselineEntry("s", "pypy", null, "fail",
        KnownOutcome.ofBroken(Status.COMPLETED, null, List.of("a < b")), null, null, null);
    Baseline b = new Baseline(List.of(e));
    ObservedResult oneOrder = new ObservedResult("s", "pypy", PYPY, "fail", Status.COMPLETED, null,
        List.of("b", "a", "c"), List.of("a < b"));
    ObservedResult otherOrder = new ObservedResult("s", "pypy", PYPY, "fail", Status.COMPLETED, null,
        List.of("c", "b", "a"), List.of("a < b"));
    ObservedResult otherConstraint = new ObservedResult("s", "pypy", PYPY, "fail", Status.COMPLETED, null,
        List.of("b", "a"), List.of("absent: c"));
    assertThat(BaselineGate.judge(b, oneOrder).kind()).isEqualTo(GateClass.KNOWN);
    assertThat(BaselineGate.judge(b, otherOrder).kind()).isEqualTo(GateClass.KNOWN);
    assertThat(BaselineGate.judge(b, otherConstraint).kind()).isEqualTo(GateClass.REGRESSION);
  }

  @Test
  void updateKeepsReasonsOfEntriesStillApplyingAndIsIdempotent() {
    Baseline old = new Baseline(List.of(
        pypyFamily("fam", "x"),
        named("s", "pypy", "b", "a"),
        named("gone", "pypy", "y"),
        named("notrun", "other", "z")));
    List<ObservedResult> run = List.of(
        result("fam", "pypy-a", "fail", "x"),
        result("fam", "pypy-b", "fail", "x"),
        result("s", "pypy", "fail", "a", "b"),
        result("gone", "pypy", "pass", "y"),
        result("new", "pypy", "error"));
    Baseline updated = BaselineUpdate.of(old, run);
    assertThat(updated.entries()).extracting(e -> e.scenario() + " " + e.selector() + " " + e.outcome().events()
        + " " + e.reason()).containsExactly(
        "fam when {impl=[pypy]} [x] family",
        "new pypy [] null",
        "notrun other [z] why",
        "s pypy [a, b] why");
    assertThat(BaselineUpdate.of(updated, run)).isEqualTo(updated);
    assertThat(run.stream().map(r -> BaselineGate.judge(updated, r).kind()).toList()).containsExactly(
        GateClass.KNOWN, GateClass.KNOWN, GateClass.KNOWN, GateClass.NONE, GateClass.KNOWN);
  }

  @Test
  void aFamilyEntryOfWhichOneBackendChangedIsSplitByName() {
    Baseline old = new Baseline(List.of(pypyFamily("fam", "x")));
    Baseline updated = BaselineUpdate.of(old, List.of(
        result("fam", "pypy-a", "fail", "x"), result("fam", "pypy-b", "fail", "y"), result("fam", "pypy-c", "pass")));
    assertThat(updated.entries()).extracting(e -> e.selector() + " " + e.outcome().events() + " " + e.reason())
        .containsExactly("pypy-a [x] family", "pypy-b [y] family");
  }

  @Test
  void comparisonPairsTheOneBackendLeftOnEachSide() {
    List<ObservedResult> before = List.of(
        result("same", "real:cpython-3.12.1", "pass", "a"),
        result("moved", "real:cpython-3.12.1", "pass", "a", "b"),
        result("broke", "real:cpython-3.12.1", "pass", "a"),
        result("healed", "real:cpython-3.12.1", "fail", "a"));
    List<ObservedResult> after = List.of(
        result("same", "real:cpython-3.13.0", "pass", "a"),
        result("moved", "real:cpython-3.13.0", "pass", "b", "a"),
        result("broke", "real:cpython-3.13.0", "fail", "a"),
        result("healed", "real:cpython-3.13.0", "pass", "a"));
    RunComparison c = RunComparison.of(before, after);
    assertThat(c.pairs()).containsEntry("real:cpython-3.12.1", "real:cpython-3.13.0");
    assertThat(c.compared()).isEqualTo(4);
    assertThat(c.changes()).extracting(ch -> ch.scenario() + " " + ch.kind().wireName())
        .containsExactly("broke regression", "healed fixed", "moved changed");
    assertThat(c.hasRegression()).isTrue();
    assertThat(c.of(ChangeKind.CHANGED).get(0).diff().isEqual()).isFalse();
  }
}
