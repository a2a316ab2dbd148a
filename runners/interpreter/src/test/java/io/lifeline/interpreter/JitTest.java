package io.lifeline.interpreter;

import static org.assertj.core.api.Assertions.assertThat;

import io.lifeline.interpreter.object.PyCode;
import io.lifeline.scenario.Outcome;
import io.lifeline.scenario.Status;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Compiled code (vm.Jit) runs the dispatch loop's instructions without dispatch, so nothing a program or a
 * report can see depends on it: per program, compiling every code object on first entry and compiling nothing
 * give the same events, status, output, tracebacks and --trace-refs attributions, and execute exactly as many
 * instructions.
 */
class JitTest {

  @TestFactory
  Stream<DynamicTest> compiledAndInterpretedRunsAreIndistinguishable() {
    return Stream.of(ModelBackend.cpython311(), ModelBackend.cpython310(), ModelBackend.cpython313(),
        ModelBackend.pypy7311()).flatMap(m -> Programs.all().stream()
        .map(p -> DynamicTest.dynamicTest(p.name() + " [" + m.name() + "]", () -> {
          // With --trace-refs, so the detail also names the instruction and line behind each event.
          Inspect.Result interpreted = Inspect.run(m.withJitThreshold(0), p.source(), in -> in.heap.setTraceRefs(true));
          Inspect.Result compiled = Inspect.run(m.withJitThreshold(1), p.source(), in -> in.heap.setTraceRefs(true));
          Outcome a = interpreted.outcome();
          Outcome b = compiled.outcome();
          assertThat(addressesOut(b.events())).isEqualTo(addressesOut(a.events()));
          assertThat(b.status()).isEqualTo(a.status());
          if (a.status() == Status.CRASH) {
            return; // the Java stack in the detail shows compiled code; the collector's self-check names any object
          }
          assertThat(addressesOut(b.errorMessage())).isEqualTo(addressesOut(a.errorMessage()));
          assertThat(addressesOut(b.shutdownEvents())).isEqualTo(addressesOut(a.shutdownEvents()));
          assertThat(addressesOut(b.detail())).isEqualTo(addressesOut(a.detail()));
          assertThat(compiled.interp().instructionsRun).isEqualTo(interpreted.interp().instructionsRun);
        })));
  }

  @Test
  void compiledLoopsStillRunOutOfBudgetWithTheEventsSoFar() {
    String program = "event('start')\ni = 0\nwhile True:\n    i += 1\n";
    Inspect.Result r = Inspect.run(ModelBackend.cpython311().withJitThreshold(1), program, in -> {},
        java.time.Duration.ofMillis(500));
    assertThat(r.outcome().status()).isEqualTo(Status.HANG);
    assertThat(r.outcome().events()).containsExactly("start");
  }

  /** Real CPython 3.11 prints [7, 3]: the module's call line, then the raising line in f. */
  @Test
  void aTracebackFromCompiledCodeNamesTheRaisingLines() {
    String program = String.join("\n",
        "def f(x):",
        "    y = x + 1",
        "    return y / 0",
        "",
        "try:",
        "    for i in range(3):",
        "        f(i)",
        "except ZeroDivisionError as e:",
        "    tb = e.__traceback__",
        "    lines = []",
        "    while tb is not None:",
        "        lines.append(tb.tb_lineno)",
        "        tb = tb.tb_next",
        "    event(lines)",
        "");
    Outcome o = Inspect.run(ModelBackend.cpython311().withJitThreshold(1), program, in -> {}).outcome();
    assertThat(o.events()).containsExactly("[7, 3]");
  }

  @Test
  void hotCodeIsCompiledAndColdCodeIsNot() {
    String program = "def hot(x):\n    return x\n\ndef cold(x):\n    return x\n\nfor i in range(500):\n    hot(i)\n"
        + "cold(1)\n";
    PyCode module = run(ModelBackend.cpython311().withJitThreshold(100), program);
    assertThat(function(module, "hot").compiled).isNotNull();
    assertThat(function(module, "cold").compiled).isNull();
  }

  @Test
  void codeObjectsWithTheSameInstructionsShareOneCompiledClass() {
    String program = "def f(a, b):\n    return a + b\n\nfor i in range(200):\n    f(i, i)\n";
    PyCode first = function(run(ModelBackend.cpython311().withJitThreshold(1), program), "f");
    PyCode second = function(run(ModelBackend.cpython311().withJitThreshold(1), program), "f");
    assertThat(second).isNotSameAs(first);
    assertThat(second.compiled).isNotNull().isSameAs(first.compiled);
  }

  /** Object addresses (id(), default reprs, Java identity hashes in crash messages) differ between runs. */
  private static String addressesOut(String s) {
    return s == null ? null : s.replaceAll("0x[0-9a-f]+|@[0-9a-f]+", "#");
  }

  private static java.util.List<String> addressesOut(java.util.List<String> l) {
    return l.stream().map(JitTest::addressesOut).toList();
  }

  /** Runs {@code program} on this thread; its module code. */
  private static PyCode run(ModelBackend backend, String program) {
    Run run = new Run(backend.newInterp(false));
    assertThat(run.execute(program).status()).isEqualTo(Status.COMPLETED);
    return run.code();
  }

  /** The code object of the function {@code name} defined in {@code module}. */
  private static PyCode function(PyCode module, String name) {
    return Stream.of(module.consts).filter(c -> c instanceof PyCode pc && pc.name.equals(name))
        .map(PyCode.class::cast).findFirst().orElseThrow();
  }
}
