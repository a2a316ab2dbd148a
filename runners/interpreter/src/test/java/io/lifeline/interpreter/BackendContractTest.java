package io.lifeline.interpreter;

import static org.assertj.core.api.Assertions.assertThat;

import io.lifeline.scenario.Backend;
import io.lifeline.scenario.Budget;
import io.lifeline.scenario.Outcome;
import io.lifeline.scenario.Status;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The Backend SPI contract: traits, budgets, error outcomes, never throwing, thread safety. */
class BackendContractTest {
  private final Backend backend = ModelBackend.cpython311();

  private Outcome run(String src) {
    return backend.run(src, new Budget(Duration.ofSeconds(10), 1L << 30));
  }

  /** name, then impl, version, reclaim, pycall, flocals, comprehensions, frames: spec/backends.md's traits. */
  @ParameterizedTest
  @CsvSource({
      "cpython-3.10, cpython, 3.10, refcount, hold, snapshot, function, eager",
      "cpython-3.11, cpython, 3.11, refcount, move, snapshot, function, lazy",
      "cpython-3.12, cpython, 3.12, refcount, move, snapshot, inlined, lazy",
      "cpython-3.13, cpython, 3.13, refcount, move, proxy, inlined, lazy",
      "pypy-7.3.11, pypy, 7.3.11, tracing, hold, snapshot, function, eager",
      "pypy-7.3.18, pypy, 7.3.18, tracing, move, snapshot, function, eager"})
  void everyModelIsListedWithItsTraitsInOrder(String name, String impl, String version, String reclaim,
      String pycall, String flocals, String comprehensions, String frames) {
    Backend b = ModelBackends.named(name).orElseThrow();
    assertThat(b.isReal()).isFalse();
    assertThat(b.traits().asMap()).containsExactly(Map.entry("impl", impl), Map.entry("version", version),
        Map.entry("kind", "model"), Map.entry("reclaim", reclaim), Map.entry("pycall", pycall),
        Map.entry("flocals", flocals), Map.entry("comprehensions", comprehensions), Map.entry("frames", frames));
  }

  @Test
  void theModelsAreTheSixBackends() {
    assertThat(ModelBackends.all()).extracting(Backend::name).containsExactly("cpython-3.10", "cpython-3.11",
        "cpython-3.12", "cpython-3.13", "pypy-7.3.11", "pypy-7.3.18");
    assertThat(backend.name()).isEqualTo("cpython-3.11");
  }

  /**
   * A callee waiting for its argument to die: 3.10 keeps the argument on the caller's stack, so the loop never ends
   * (like real 3.10's timeout); so does PyPy 7.3.11, until 7.3.18's frame-stack fix.
   */
  @ParameterizedTest
  @CsvSource({"cpython-3.10, HANG", "cpython-3.11, COMPLETED", "pypy-7.3.11, HANG", "pypy-7.3.18, COMPLETED"})
  void calleeWaitingForItsArgumentToDieHangsOnlyIfTheCallerHoldsIt(String model, Status status) {
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
    Duration wall = Duration.ofSeconds(status == Status.HANG ? 1 : 10);
    Outcome o = ModelBackends.named(model).orElseThrow().run(src, new Budget(wall, 1L << 30));
    assertThat(o.status()).isEqualTo(status);
    assertThat(o.events()).isEqualTo(status == Status.HANG ? List.of() : List.of("argument died"));
  }

  @Test
  void printedOutputIsKeptAsABoundedTail() {
    Outcome o = run("import sys\nfor i in range(20000):\n    print('x' * 99)\nsys.stdout.write('last')\nevent('done')\n");
    assertThat(o.status()).isEqualTo(Status.COMPLETED);
    assertThat(o.events()).containsExactly("done");
    assertThat(o.detail()).endsWith("last");
  }

  @Test
  void infiniteLoopSpendsTheWallClockAndHangsWithEventsSoFar() {
    Outcome o = backend.run("event('start')\nwhile True:\n    pass\n", new Budget(Duration.ofMillis(500), 1L << 30));
    assertThat(o.status()).isEqualTo(Status.HANG);
    assertThat(o.events()).containsExactly("start");
  }

  @Test
  void wallClockOverrunIsAHang() {
    Outcome o = backend.run("while True:\n    pass\n",
        new Budget(Duration.ofMillis(300), 1L << 30));
    assertThat(o.status()).isEqualTo(Status.HANG);
  }

  @Test
  void exceedingTheHeapBudgetIsAMemoryErrorTheProgramCanCatch() {
    String src = "hoard = []\ntry:\n    while True:\n        hoard.append([0])\nexcept MemoryError:\n"
        + "    hoard = None\n    event('caught MemoryError')\n";
    Outcome o = backend.run(src, new Budget(Duration.ofSeconds(20), 8L << 20));
    assertThat(o.events()).containsExactly("caught MemoryError");
    assertThat(o.status()).isEqualTo(Status.COMPLETED);
  }

  @Test
  void uncaughtExceptionIsAnErrorWithTypeAndMessage() {
    Outcome o = run("event('a')\nraise KeyError('k')\n");
    assertEnded(o, Status.ERROR, "KeyError");
    assertThat(o).extracting(Outcome::errorMessage, Outcome::events).containsExactly("'k'", List.of("a"));
  }

  @Test
  void deepRecursionIsARecursionErrorNotAJavaStackOverflow() {
    Outcome o = run("def f(n):\n    return f(n + 1)\nf(0)\n");
    assertEnded(o, Status.ERROR, "RecursionError");
  }

  @Test
  void pythonCallsDoNotRecurseOnTheJavaStackSoARaisedLimitAllowsDeepRecursion() {
    // Real CPython 3.11.7 prints the same three events: its Python-to-Python calls are inlined in one
    // _PyEval_EvalFrameDefault. Kept out of programs/: the heap verifier's passes over 25000 live frames are slow.
    String src = """
        import sys
        def depth(n):
            if n == 0:
                return 0
            return 1 + depth(n - 1)
        sys.setrecursionlimit(30000)
        event("depth", depth(25000))
        def forever(n):
            return forever(n + 1)
        try:
            forever(0)
        except RecursionError as e:
            event("RecursionError", e)
        sys.setrecursionlimit(1000)
        event("limit", sys.getrecursionlimit())
        """;
    Outcome o = run(src);
    assertThat(o.status()).as(o.detail()).isEqualTo(Status.COMPLETED);
    assertThat(o.events()).containsExactly("depth 25000", "RecursionError maximum recursion depth exceeded",
        "limit 1000");
  }

  @Test
  void unsupportedSyntaxIsAnUnsupportedOutcomeNamingConstructLineAndColumn() {
    Outcome o = run("x = 1\nmatch x:\n    case 1:\n        pass\n");
    assertEnded(o, Status.UNSUPPORTED, "SyntaxError");
    assertThat(o.errorMessage()).contains("match statement").contains("line 2").contains("column 0");
    // PEP 572: := in a comprehension binds in the enclosing scope (real CPython 3.11: [4] 4).
    Outcome walrus = run("xs = [1, 2]\nys = [y for x in xs if (y := x * 2) > 2]\nevent(ys, y)\n");
    assertThat(walrus.events()).containsExactly("[4] 4");
    assertThat(run("if (y := 3) > 2:\n    event(y)\n").events()).containsExactly("3");
  }

  @Test
  void invalidSyntaxIsALocatedSyntaxError() {
    Outcome o = run("def f(:\n    pass\n");
    assertEnded(o, Status.ERROR, "SyntaxError");
    assertThat(o.errorMessage()).contains("line 1");
  }

  @Test
  void unsupportedRuntimeFeatureIsAnUnsupportedOutcomeNamingIt() {
    Outcome o = run("event('a')\ns = input('1')\n");
    assertEnded(o, Status.UNSUPPORTED, "NotImplementedError");
    assertThat(o.errorMessage()).isEqualTo("the built-in name input is not supported by the model (line 2, column 4)");
    assertThat(o.events()).containsExactly("a");
  }

  @Test
  void anUnsupportedErrorReRaisedStaysUnsupportedAndAProgramRaisingNotImplementedErrorIsAnError() {
    Outcome reraised = run("try:\n    input('1')\nexcept NotImplementedError as e:\n    raise e\n");
    assertThat(reraised.status()).isEqualTo(Status.UNSUPPORTED);
    Outcome own = run("raise NotImplementedError('bytearray() is not supported by the model (line 1, column 0)')\n");
    assertEnded(own, Status.ERROR, "NotImplementedError");
  }

  @Test
  void anEventBeyondTheLimitEndsTheRunAsACrashNamingTheLimitWithTheEventsBefore() {
    Outcome o = run("event('before')\ntry:\n    event('x' * 70000)\nexcept BaseException:\n    event('caught')\n"
        + "event('after')\n");
    assertThat(o.status()).isEqualTo(Status.CRASH);
    assertThat(o.errorMessage()).isEqualTo("event of 70000 bytes exceeds the limit of 65536 bytes");
    assertThat(o.events()).containsExactly("before");
    Outcome parts = run("event('x' * 40000, 'y' * 40000)\n");
    assertThat(parts.errorMessage()).isEqualTo("event of 80001 bytes exceeds the limit of 65536 bytes");
    Outcome utf8 = run("event('\u00e9' * 40000)\n");
    assertThat(utf8.errorMessage()).isEqualTo("event of 80000 bytes exceeds the limit of 65536 bytes");
    assertThat(run("event('x' * 65536)\n").status()).isEqualTo(Status.COMPLETED);
  }

  @Test
  void moreEventsThanARunMayHaveEndTheRunAsACrash() {
    Outcome o = run("for i in range(100001):\n    event('e')\n");
    assertThat(o.status()).isEqualTo(Status.CRASH);
    assertThat(o.errorMessage()).isEqualTo("event 100001 exceeds the limit of 100000 events per run");
    assertThat(o.events()).hasSize(100000);
    Outcome bytes = run("for i in range(300):\n    event('x' * 60000)\n");
    assertThat(bytes.status()).isEqualTo(Status.CRASH);
    assertThat(bytes.errorMessage()).contains("exceed the limit of 16777216 bytes per run");
  }

  @Test
  void instanceDictAssignmentIsANotImplementedErrorNotASilentlyStoredAttribute() {
    String classes = "class C:\n    pass\nclass D:\n    pass\nc = C()\n";
    // __class__ assignment is object_set_class (programs/app3_state_pattern_class_swap), not an attribute
    assertThat(run(classes + "c.__class__ = D\nevent(type(c) is D, vars(c))\n").events()).containsExactly("True {}");
    assertThat(run(classes + "setattr(c, '__class__', D)\nevent(type(c) is D)\n").events()).containsExactly("True");
    Outcome dict = run(classes + "x = 1\nc.__dict__ = {}\n");
    assertThat(dict.errorType()).isEqualTo("NotImplementedError");
    assertThat(dict.errorMessage())
        .isEqualTo("assignment to an instance's __dict__ is not supported by the model (line 7, column 0)");
    assertThat(run(classes + "c.x = 1\nd = c.__dict__\nevent(d, vars(c) is d)\n").events())
        .containsExactly("{'x': 1} True");
    assertThat(run(classes + "del c.__class__\n").errorType()).isEqualTo("NotImplementedError");
    assertThat(run(classes + "event(c.__class__ is C)\n").events()).containsExactly("True");
  }

  @Test
  void cpythonNamesTheModelLacksAreLocatedNotImplementedErrorsNotNameAttributeOrImportErrors() {
    Outcome builtin = run("x = 1\nhelp('y')\n");
    assertThat(builtin.errorType()).isEqualTo("NotImplementedError");
    assertThat(builtin.errorMessage()).isEqualTo("the built-in name help is not supported by the model (line 2, column 0)");
    Outcome stdlib = run("from difflib import SequenceMatcher\n");
    assertThat(stdlib.errorType()).isEqualTo("NotImplementedError");
    assertThat(stdlib.errorMessage()).contains("module difflib").contains("line 1, column 0");
    Outcome method = run("x = 1\ny = b'ab'.expandtabs()\n");
    assertThat(method.errorMessage()).isEqualTo("bytes.expandtabs is not supported by the model (line 2, column 4)");
    assertThat(run("d = b'ab'.isalnum()\n").errorMessage()).startsWith("bytes.isalnum is not supported");
    assertThat(run("x = 'ab'.no_such_method\n").errorType()).isEqualTo("AttributeError");
    assertThat(run("import no_such_module\n").errorType()).isEqualTo("ModuleNotFoundError");
    assertThat(run("def f():\n    return undefined_name\nf()\n").errorType()).isEqualTo("NameError");
  }

  @Test
  void outOfSubsetSyntaxIsNamedAndLocated() {
    // Positional-only parameters and async for are in the subset now (messages of real CPython 3.11).
    assertThat(run("def f(a, /, b):\n    pass\nf(a=1, b=2)\n").errorMessage())
        .startsWith("f() got some positional-only arguments passed as keyword arguments: 'a'");
    assertThat(run("def f():\n    async for y in x:\n        pass\n").errorMessage())
        .startsWith("'async for' outside async function");
    assertThat(run("x = 1\nmatch x:\n    case 1:\n        pass\n").errorMessage())
        .contains("match statement").contains("line 2");
    assertThat(run("x = 3\nevent(f'{x=}', f'{x:{4}}|')\n").events()).containsExactly("x=3    3|");
    assertThat(run("x = 1\nb = bytearray(b'ab')\nb += b'c'\nevent(b, len(b))\n").events())
        .containsExactly("bytearray(b'abc') 3");
    assertThat(run("x = 1\nevent('%5d|%-3s|%#x' % (x, 'a', 255))\n")
        .events()).containsExactly("    1|a  |0xff");
    assertThat(run("xs = [3, 0, 1, 2]\nevent(list(iter(xs.pop, 0)))\n").events()).containsExactly("[2, 1]");
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

  /** {@code o} ended with {@code status} and a guest exception of type {@code errorType}. */
  private static void assertEnded(Outcome o, Status status, String errorType) {
    assertThat(o.status()).as(o.detail()).isEqualTo(status);
    assertThat(o.errorType()).isEqualTo(errorType);
  }
}
