package io.lifeline.interpreter;

import io.lifeline.interpreter.vm.Policies;
import static org.assertj.core.api.Assertions.assertThat;

import io.lifeline.scenario.Budget;
import io.lifeline.scenario.Outcome;
import io.lifeline.scenario.Traits;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The same interpreter with CPython 3.10's hold calling convention reproduces real CPython 3.10 on the
 * call-argument programs (expectations in NAME.expected-3.10, made by generate_expected.py with 3.10.13),
 * while the default policies reproduce 3.11 on them (ProgramsMatchCPython311Test).
 */
class PoliciesArePluggableTest {
  private static final ModelBackend HOLD = new ModelBackend("test-hold",
      Traits.of(Map.of(Traits.IMPL, "cpython", Traits.VERSION, "3.10", Traits.KIND, "model", "pycall", "hold")),
      Policies.cpython310CallsOnly());

  @ParameterizedTest
  @ValueSource(strings = {"probe_p01_python_call_arguments", "probe_p02_native_call_arguments",
      "call_moves_arguments_into_python_callee"})
  void holdConventionMatchesRealCPython310(String name) {
    Programs.Program p = Programs.load(Programs.dir().resolve(name + ".py"), ".expected-3.10");
    Outcome o = HOLD.run(p.source(), Budget.DEFAULT);
    assertThat(o.events()).as(o.detail()).containsExactlyElementsOf(p.events());
    assertThat(Stream.of(o.status().wireName())).containsExactly(p.status());
  }
}
