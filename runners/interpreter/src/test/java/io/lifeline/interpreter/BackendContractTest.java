package io.lifeline.interpreter;

import static org.assertj.core.api.Assertions.assertThat;

import io.lifeline.scenario.Backend;
import io.lifeline.scenario.Budget;
import io.lifeline.scenario.Outcome;
import io.lifeline.scenario.Status;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** The Backend SPI contract: traits, budgets, error outcomes, never throwing, thread safety. */
class BackendContractTest {
  private final Backend backend = ModelBackend.cpython311();

  private Outcome run(String src) {
    return backend.run(src, new Budget(Duration.ofSeconds(10), 1L << 30, 2_000_000L));
  }

  @Test
  void cpython311ModelDeclaresItsTraits() {
    assertThat(backend.name()).isEqualTo("cpython-3.11");
    assertThat(backend.traits().asMap()).containsEntry("impl", "cpython").containsEntry("version", "3.11")
        .containsEntry("kind", "model").containsEntry("reclaim", "refcount").containsEntry("pycall", "move")
        .containsEntry("flocals", "snapshot").containsEntry("comprehensions", "function")
        .containsEntry("frames", "lazy");
    assertThat(backend.isReal()).isFalse();
    assertThat(ModelBackends.all()).extracting(Backend::name).containsExactly("cpython-3.11");
  }

  @Test
  void infiniteLoopExhaustsTheInstructionBudgetAndHangsWithEventsSoFar() {
    Outcome o = run("event('start')\nwhile True:\n    pass\n");
    assertThat(o.status()).isEqualTo(Status.HANG);
    assertThat(o.events()).containsExactly("start");
  }

  @Test
  void calleeWaitingForItsArgumentToDieHangsOnlyIfTheCallerHoldsIt() {
    String src = """
        import gc, weakref
        class A: pass
        def wait(x):
            dead = []
            r = weakref.ref(x, lambda _: dead.append(1))
            x = None
            while not dead:
                gc.collect()
            event("argument died")
        wait(A())
        """;
    Outcome o = run(src);
    assertThat(o.status()).isEqualTo(Status.COMPLETED);
    assertThat(o.events()).containsExactly("argument died");
  }

  @Test
  void wallClockOverrunIsAHang() {
    Outcome o = backend.run("while True:\n    pass\n",
        new Budget(Duration.ofMillis(300), 1L << 30, Long.MAX_VALUE));
    assertThat(o.status()).isEqualTo(Status.HANG);
  }

  @Test
  void exceedingTheHeapBudgetIsAMemoryErrorTheProgramCanCatch() {
    String src = "hoard = []\ntry:\n    while True:\n        hoard.append([0])\nexcept MemoryError:\n"
        + "    hoard = None\n    event('caught MemoryError')\n";
    Outcome o = backend.run(src, new Budget(Duration.ofSeconds(20), 8L << 20, 50_000_000L));
    assertThat(o.events()).containsExactly("caught MemoryError");
    assertThat(o.status()).isEqualTo(Status.COMPLETED);
  }

  @Test
  void uncaughtExceptionIsAnErrorWithTypeAndMessage() {
    Outcome o = run("event('a')\nraise KeyError('k')\n");
    assertThat(o.status()).isEqualTo(Status.ERROR);
    assertThat(o.errorType()).isEqualTo("KeyError");
    assertThat(o.errorMessage()).isEqualTo("'k'");
    assertThat(o.events()).containsExactly("a");
  }

  @Test
  void deepRecursionIsARecursionErrorNotAJavaStackOverflow() {
    Outcome o = run("def f(n):\n    return f(n + 1)\nf(0)\n");
    assertThat(o.status()).isEqualTo(Status.ERROR);
    assertThat(o.errorType()).isEqualTo("RecursionError");
  }

  @Test
  void unsupportedSyntaxIsASyntaxErrorNamingConstructLineAndColumn() {
    Outcome o = run("x = 1\nmatch x:\n    case 1:\n        pass\n");
    assertThat(o.status()).isEqualTo(Status.ERROR);
    assertThat(o.errorType()).isEqualTo("SyntaxError");
    assertThat(o.errorMessage()).contains("match statement").contains("line 2").contains("column 0");
    Outcome walrus = run("if (y := 3):\n    pass\n");
    assertThat(walrus.errorMessage()).contains(":=").contains("line 1");
  }

  @Test
  void invalidSyntaxIsALocatedSyntaxError() {
    Outcome o = run("def f(:\n    pass\n");
    assertThat(o.errorType()).isEqualTo("SyntaxError");
    assertThat(o.errorMessage()).contains("line 1");
  }

  @Test
  void unsupportedRuntimeFeatureIsANotImplementedErrorNamingIt() {
    Outcome o = run("x = 1\ns = bytearray()\n");
    assertThat(o.status()).isEqualTo(Status.ERROR);
    assertThat(o.errorType()).isEqualTo("NotImplementedError");
    assertThat(o.errorMessage()).isEqualTo("bytearray() is not supported by the model (line 2, column 4)");
  }

  @Test
  void runsInParallelAreIndependent() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      List<Future<Outcome>> futures = new java.util.ArrayList<>();
      for (int i = 0; i < 6; i++) {
        int n = i;
        futures.add(pool.submit(() -> run("x = " + n + "\nevent('x', x * 2)\n")));
      }
      for (int i = 0; i < 6; i++) {
        assertThat(futures.get(i).get().events()).containsExactly("x " + (i * 2));
      }
    } finally {
      pool.shutdown();
    }
  }
}
