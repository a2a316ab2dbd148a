package io.lifeline.differential;

import static io.lifeline.differential.Fixtures.*;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DifferentialTest {

  @Test
  void groupsBackendsByIdenticalOutcomeInRunOrder() {
    var scenario = scenario(rule(Map.of(), List.of("callback", "rebound", "after-call")));
    var runs = List.of(
        run("cpython-3.11", completed("callback", "rebound", "after-call")),
        run("cpython-3.10", completed("rebound", "callback", "after-call")),
        run("cpython-3.12", completed("callback", "rebound", "after-call")),
        run("pypy", completed("rebound", "after-call")));

    ScenarioReport report = Differential.compare(scenario, runs);

    assertThat(report.diverges()).isTrue();
    assertThat(report.groups()).extracting(OutcomeGroup::backends).containsExactly(
        List.of("cpython-3.11", "cpython-3.12"), List.of("cpython-3.10"), List.of("pypy"));
    assertThat(report.groupDiffs()).hasSize(2);
    AlignedDiff vs310 = report.groupDiffs().get(0);
    assertThat(vs310.leftTitle()).isEqualTo("group 1");
    assertThat(vs310.rightTitle()).isEqualTo("group 2");
    assertThat(vs310.isEqual()).isFalse();
    AlignedDiff vsPypy = report.groupDiffs().get(1);
    assertThat(vsPypy.rows()).extracting(AlignedDiff.Row::tag)
        .containsExactly(AlignedDiff.Tag.DELETE, AlignedDiff.Tag.EQUAL, AlignedDiff.Tag.EQUAL);
    assertThat(report.judgementOf("cpython-3.10").verdict()).isEqualTo(Verdict.FAIL);
    assertThat(report.judgementOf("cpython-3.12").verdict()).isEqualTo(Verdict.PASS);
  }

  @Test
  void differentStatusWithSameEventsIsAnotherGroupAndTheDiffShowsIt() {
    var scenario = scenario(rule(Map.of(), List.of("a")));
    var report = Differential.compare(scenario, List.of(
        run("one", completed("a")), run("two", error("KeyError", "a"))));
    assertThat(report.groups()).hasSize(2);
    assertThat(report.groupDiffs().get(0).render()).contains("<completed>").contains("<error: KeyError: boom>");
  }

  @Test
  void agreeingBackendsFormOneGroup() {
    var scenario = scenario(rule(Map.of(), List.of("a")));
    var report = Differential.compare(scenario, List.of(run("one", completed("a")), run("two", completed("a"))));
    assertThat(report.diverges()).isFalse();
    assertThat(report.groupDiffs()).isEmpty();
  }

  private static BackendRun run(String name, io.lifeline.scenario.Outcome outcome) {
    return new BackendRun(new Scripted(name, traits("cpython", "3.11"), outcome), outcome);
  }
}
