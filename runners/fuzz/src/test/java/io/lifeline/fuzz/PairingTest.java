package io.lifeline.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import io.lifeline.scenario.Backend;
import java.util.List;
import org.junit.jupiter.api.Test;

class PairingTest {
  private static final List<Backend> REALS = List.of(
      FakeBackend.real("cpython", "3.10.13"), FakeBackend.real("cpython", "3.11.2"),
      FakeBackend.real("cpython", "3.11.7"), FakeBackend.real("cpython", "3.12.1"),
      FakeBackend.real("pypy", "7.3.11"));

  private static String counterpart(Backend model) {
    return Pairing.counterpart(model, REALS).map(Backend::name).orElse("none");
  }

  @Test
  void aCpythonModelModelsTheNewestReleaseOfItsMinorVersion() {
    assertThat(counterpart(FakeBackend.model("cpython", "3.11"))).isEqualTo("real:cpython-3.11.7");
    assertThat(counterpart(FakeBackend.model("cpython", "3.10"))).isEqualTo("real:cpython-3.10.13");
    assertThat(counterpart(FakeBackend.model("cpython", "3.1"))).isEqualTo("none");
    assertThat(counterpart(FakeBackend.model("cpython", "3.13"))).isEqualTo("none");
  }

  @Test
  void aPypyModelModelsItsOwnRelease() {
    assertThat(counterpart(FakeBackend.model("pypy", "7.3.11"))).isEqualTo("real:pypy-7.3.11");
    assertThat(counterpart(FakeBackend.model("pypy", "7.3.18"))).isEqualTo("none");
  }

  @Test
  void onlyRealInterpretersAreCounterparts() {
    List<Backend> models = List.of(FakeBackend.model("cpython", "3.11.7"));
    assertThat(Pairing.counterpart(FakeBackend.model("cpython", "3.11"), models)).isEmpty();
  }
}
