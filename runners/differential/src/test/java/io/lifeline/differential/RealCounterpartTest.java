package io.lifeline.differential;

import static io.lifeline.differential.Fixtures.completed;
import static org.assertj.core.api.Assertions.assertThat;

import io.lifeline.scenario.Backend;
import io.lifeline.scenario.Traits;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RealCounterpartTest {

  static Backend backend(String name, String impl, String version, String kind, String... events) {
    return new Fixtures.Scripted(name, Traits.of(Map.of("impl", impl, "version", version, "kind", kind)),
        completed(events));
  }

  static List<BackendRun> runs(Backend... backends) {
    return java.util.Arrays.stream(backends).map(b -> new BackendRun(b, b.run("", null))).toList();
  }

  @Test
  void aModelThatDisagreesWithItsRealInterpreterNamesIt() {
    Backend model = backend("cpython-3.11", "cpython", "3.11", "model", "rebound", "callback");
    Backend real = backend("real:cpython-3.11.7", "cpython", "3.11.7", "real", "callback", "rebound");
    Backend other = backend("real:cpython-3.10.13", "cpython", "3.10.13", "real", "rebound", "callback");
    assertThat(RealCounterpart.divergingFrom(model, runs(model, real, other))).hasValue("real:cpython-3.11.7");
  }

  @Test
  void agreementOrNoCounterpartOrARealBackendNamesNothing() {
    Backend model = backend("cpython-3.11", "cpython", "3.11", "model", "a");
    Backend agreeing = backend("real:cpython-3.11.7", "cpython", "3.11.7", "real", "a");
    Backend pypy = backend("real:pypy-7.3.11", "pypy", "7.3.11", "real", "b");
    assertThat(RealCounterpart.divergingFrom(model, runs(model, agreeing, pypy))).isEmpty();
    assertThat(RealCounterpart.divergingFrom(model, runs(model, pypy))).isEmpty();
    assertThat(RealCounterpart.divergingFrom(pypy, runs(model, pypy))).isEqualTo(Optional.empty());
  }

  @Test
  void versionsMatchByDottedPrefixOnly() {
    Backend model = backend("cpython-3.1", "cpython", "3.1", "model");
    assertThat(RealCounterpart.imitates(model, backend("r", "cpython", "3.11.7", "real"))).isFalse();
    assertThat(RealCounterpart.imitates(model, backend("r", "cpython", "3.1.5", "real"))).isTrue();
  }

  @Test
  void theFailureMessageSaysSoForReportCategories() {
    Judgement j = Judge.judge(Fixtures.scenario(Fixtures.rule(Map.of(), List.of("a"))),
        backend("cpython-3.11", "cpython", "3.11", "model", "b"), completed("b"));
    String message = FailureMessages.of(Fixtures.scenario(Fixtures.rule(Map.of(), List.of("a"))), j,
        Optional.of("real:cpython-3.11.7"));
    assertThat(message).contains("diverges from its real interpreter real:cpython-3.11.7", "events differ");
  }
}
