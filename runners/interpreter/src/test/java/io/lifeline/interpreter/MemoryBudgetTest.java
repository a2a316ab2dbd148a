package io.lifeline.interpreter;

import static org.assertj.core.api.Assertions.assertThat;

import io.lifeline.scenario.Backend;
import io.lifeline.scenario.Budget;
import io.lifeline.scenario.Outcome;
import io.lifeline.scenario.Status;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The memory budget on every model: MemoryError in the program for one huge allocation and for gradual growth, as
 * CPython 3.10-3.13 and PyPy 7.3.11 raise it under {@code ulimit -v} (expectations from those, probed under 2 GiB
 * and 256 MiB); the JVM is never at risk and later runs are untouched; sys.stdout/sys.stderr.
 */
class MemoryBudgetTest {
  private static final Budget TWO_GIB = Budget.DEFAULT;
  private static final Budget SMALL = new Budget(Duration.ofSeconds(30), 64L << 20);

  /** Each probe's outcome as real CPython 3.10-3.13 and PyPy 7.3.11 print it under ulimit -v 2 GiB. */
  private static final String HUGE = """
      def t(label, f):
          try:
              f()
              event(label + " ok")
          except BaseException as e:
              event(label + " " + type(e).__name__ + " " + repr(str(e)))
      t("list*1e10", lambda: [0] * 10**10)
      t("list*1e20", lambda: [0] * 10**20)
      t("list*2**62", lambda: [0] * 2**62)
      t("str*1e10", lambda: 'x' * 10**10)
      t("str*1e20", lambda: 'x' * 10**20)
      t("bytes(1e10)", lambda: bytes(10**10))
      t("bytes(1e20)", lambda: bytes(10**20))
      t("list(range(1e9))", lambda: list(range(10**9)))
      t("join", lambda: ' '.join(['x' * 10**8] * 30))
      t("format", lambda: '{:>3000000000}'.format(1))
      event("done")
      """;

  @Test
  void aSingleHugeAllocationIsAMemoryErrorOrOverflowErrorAsOnTheRealInterpreters() {
    for (Backend b : ModelBackends.all()) {
      Outcome o = b.run(HUGE, TWO_GIB);
      assertThat(o.status()).as(b.name()).isEqualTo(Status.COMPLETED);
      assertThat(o.events()).as(b.name()).containsExactly(
          "list*1e10 MemoryError ''",
          "list*1e20 OverflowError \"cannot fit 'int' into an index-sized integer\"",
          "list*2**62 MemoryError ''",
          "str*1e10 MemoryError ''",
          "str*1e20 OverflowError \"cannot fit 'int' into an index-sized integer\"",
          "bytes(1e10) MemoryError ''",
          "bytes(1e20) OverflowError \"cannot fit 'int' into an index-sized integer\"",
          "list(range(1e9)) MemoryError ''",
          "join MemoryError ''",
          "format MemoryError ''",
          "done");
    }
  }

  @Test
  void anUncaughtHugeAllocationEndsTheRunWithMemoryError() {
    // CPython 3.10-3.13 and PyPy 7.3.11: "before", then MemoryError escapes (exit status 1, empty message)
    for (Backend b : ModelBackends.all()) {
      Outcome o = b.run("event('before')\nhoard = [0] * 10**10\nevent('after')\n", TWO_GIB);
      assertThat(o.status()).as(b.name()).isEqualTo(Status.ERROR);
      assertThat(o.errorType()).as(b.name()).isEqualTo("MemoryError");
      assertThat(o.errorMessage()).as(b.name()).isEmpty();
      assertThat(o.events()).as(b.name()).containsExactly("before");
    }
  }

  /**
   * Real CPython 3.10-3.13 under ulimit -v 256 MiB print these three lines (PyPy cannot start its JIT there); the
   * churn after the MemoryError passes only if freed strings give their bytes back.
   */
  private static final String GRADUAL = """
      hoard = []
      try:
          while True:
              hoard.append("x" * 10**6)
      except MemoryError as e:
          kept = len(hoard)
          hoard = None
          event("caught MemoryError " + repr(str(e)) + " after " + str(kept > 10))
      event("continues")
      for i in range(100):
          churn = ["y" * 10**6 for _ in range(10)]
      event("churned")
      """;

  @Test
  void gradualGrowthIsAMemoryErrorTheProgramCatchesAndFreedMemoryIsUsableAgain() {
    for (Backend b : ModelBackends.all()) {
      Outcome o = b.run(GRADUAL, SMALL);
      assertThat(o.status()).as(b.name() + " " + o.errorMessage()).isEqualTo(Status.COMPLETED);
      assertThat(o.events()).as(b.name()).containsExactly("caught MemoryError '' after True", "continues",
          "churned");
    }
  }

  @Test
  void instancesMadeAndDroppedOneAtATimeNeverExhaustTheBudget() {
    // CPython 3.10-3.13 under ulimit -v 64 MiB print "done 299999". On the models with inline attributes (3.11+)
    // each instance's attributes grow a table the heap never registered; charging that growth, which nothing
    // gave back, ended such runs with a MemoryError. (The PyPy models, which collect under pressure, need more
    // than the budget's wall clock for this on a loaded machine.)
    String src = """
        class C:
            pass
        for i in range(300000):
            o = C()
            o.a = i
            o.b = [i]
            o.c = i
            o.d = i
            o.e = i
        event("done", o.a)
        """;
    for (Backend b : ModelBackends.all()) {
      if (!b.name().matches("cpython-3\\.1[1-9]")) {
        continue;
      }
      Outcome o = b.run(src, new Budget(Duration.ofSeconds(120), SMALL.memoryBytes()));
      assertThat(o.status()).as(b.name() + " " + o.errorType()).isEqualTo(Status.COMPLETED);
      assertThat(o.events()).as(b.name()).containsExactly("done 299999");
    }
  }

  @Test
  void runsAfterAMemoryErrorGetTheWholeBudgetAgain() {
    // A run's share of the JVM is given back when it ends: the tenth run keeps as many strings as the first.
    String src = """
        hoard = []
        try:
            while True:
                hoard.append("x" * 10**6)
        except MemoryError:
            event(str(len(hoard)))
        """;
    Backend b = ModelBackend.cpython311();
    List<List<String>> kept = new ArrayList<>();
    for (int i = 0; i < 10; i++) {
      kept.add(b.run(src, new Budget(Duration.ofSeconds(30), 256L << 20)).events());
    }
    assertThat(kept.get(0)).hasSize(1);
    assertThat(Integer.parseInt(kept.get(0).get(0))).isBetween(200, 270);
    assertThat(kept).containsOnly(kept.get(0));
    Outcome after = b.run("event('fine')\n", TWO_GIB);
    assertThat(after.status()).isEqualTo(Status.COMPLETED);
    assertThat(after.events()).containsExactly("fine");
  }

  @Test
  void theJvmsOwnLimitsEndOneRunWithANamedCrash() {
    assertThat(Run.crashReason(new OutOfMemoryError("Java heap space")))
        .isEqualTo("Java heap exhausted inside the model (Java heap space); the run's heap was released");
    assertThat(Run.crashReason(new StackOverflowError())).isEqualTo("Java stack overflow inside the model");
  }

  @Test
  void stdoutAndStderrWriteWhereInterpretersPrintAndReturnTheCharacterCount() {
    // CPython 3.10-3.13: "write 4 0 2", "errwrite 4", "flush None", then the TypeError; PyPy 7.3.11 words the
    // TypeError "unicode argument expected, got 'int'".
    String src = """
        import sys
        event("write " + str(sys.stdout.write("abc\\n")) + " " + str(sys.stdout.write("")) + " "
              + str(sys.stdout.write("\\u00e9\\n")))
        event("errwrite " + str(sys.stderr.write("err\\n")))
        event("flush " + str(sys.stdout.flush()) + " " + str(sys.stderr.flush()))
        try:
            sys.stdout.write(5)
        except TypeError as e:
            event("TypeError " + str(e))
        print("to err", file=sys.stderr)
        print("to out", file=sys.stdout)
        """;
    for (Backend b : ModelBackends.all()) {
      Outcome o = b.run(src, TWO_GIB);
      boolean pypy = b.traits().asMap().get("impl").equals("pypy");
      assertThat(o.status()).as(b.name()).isEqualTo(Status.COMPLETED);
      assertThat(o.events()).as(b.name()).containsExactly("write 4 0 2", "errwrite 4", "flush None None",
          pypy ? "TypeError unicode argument expected, got 'int'" : "TypeError write() argument must be str, not int");
      assertThat(o.detail()).as(b.name()).isEqualTo("abc\n\u00e9\nto out\nerr\nto err\n");
    }
  }
}
