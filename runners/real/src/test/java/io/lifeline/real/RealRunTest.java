package io.lifeline.real;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.lifeline.scenario.Budget;
import io.lifeline.scenario.Outcome;
import io.lifeline.scenario.Status;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** Runs programs on every interpreter this machine has. */
class RealRunTest {

  private static Outcome run(RealInterpreterBackend b, String program) {
    return b.run(program, Budget.DEFAULT);
  }

  @OnEachInterpreter
  void eventsAreRecordedInOrderJoiningStrWithOneSpace(RealInterpreterBackend b) {
    Outcome o = run(b, """
        event("a", 1, None, [1, 'x'], 2.5)
        event()
        event("two\\nlines", "back\\\\slash")
        class P:
            def __str__(self): return "custom"
        event(P(), "ü")
        """);
    assertThat(o.status()).as(o.detail()).isEqualTo(Status.COMPLETED);
    assertThat(o.events()).containsExactly("a 1 None [1, 'x'] 2.5", "", "two\nlines back\\slash", "custom ü");
    assertThat(o.shutdownEvents()).isEmpty();
  }

  @OnEachInterpreter
  void thePreludeAddsNoNamesToTheProgramsGlobals(RealInterpreterBackend b) {
    Outcome o = run(b, """
        event(sorted(k for k in globals() if not k.startswith('__')))
        x = 1
        event(sorted(k for k in globals() if not k.startswith('__')))
        event(sorted(k for k in globals() if 'lifeline' in k))
        """);
    assertThat(o.events()).containsExactly("[]", "['x']", "[]");
  }

  @OnEachInterpreter
  void gcCollectReturnsAreMarkersAfterTheEventsOfTheCollection(RealInterpreterBackend b) {
    Outcome o = run(b, """
        import gc, weakref
        class C:
            pass
        event("start")
        gc.collect()
        c = C()
        c.self = c
        r = weakref.ref(c, lambda _: event("callback"))
        del c
        found = gc.collect(generation=2)
        event("found", found if found is None else found > 0)
        from gc import collect
        collect(0)
        """);
    assertThat(o.status()).as(o.detail()).isEqualTo(Status.COMPLETED);
    boolean pypy = b.traits().impl().equals("pypy");
    assertThat(o.events()).containsExactly("start", "callback", pypy ? "found None" : "found True");
    assertThat(o.gcCollectReturns()).containsExactly(1, 2, 3);
  }

  @OnEachInterpreter
  void theGcWrapperChangesNeitherCountsNorTheProgramsNames(RealInterpreterBackend b) {
    Outcome o = run(b, """
        import gc
        event(gc.collect(), gc.collect.__name__, gc.collect.__module__)
        class C:
            pass
        a = C()
        a.self = a
        del a
        event(gc.collect())
        event(sorted(k for k in globals() if not k.startswith('__')))
        """);
    assertThat(o.status()).as(o.detail()).isEqualTo(Status.COMPLETED);
    boolean pypy = b.traits().impl().equals("pypy");
    boolean dictInline = !pypy && b.traits().get("python").orElse("").compareTo("3.11") >= 0;
    // The instance and, before 3.11, its __dict__: exactly what the same program collects without the wrapper.
    String cycle = pypy ? "None" : dictInline ? "1" : "2";
    assertThat(o.events()).containsExactly((pypy ? "None" : "0") + " collect gc", cycle, "['C', 'gc']");
    assertThat(o.gcCollectReturns()).containsExactly(0, 1);
  }

  @OnEachInterpreter
  void theProgramRunsInAnEmptyDirectoryWithEmptyStdin(RealInterpreterBackend b) {
    Outcome o = run(b, """
        import os, sys
        event(os.listdir('.'))
        event(repr(sys.stdin.read()))
        event(sys.flags.isolated or (sys.flags.ignore_environment and sys.flags.no_user_site))
        """);
    assertThat(o.events()).containsExactly("[]", "''", "1");
  }

  @OnEachInterpreter
  void eventsAfterTheBodyAreShutdownEvents(RealInterpreterBackend b) {
    Outcome o = run(b, """
        import atexit
        class Noisy:
            def __del__(self):
                event("del")
        atexit.register(lambda: event("atexit"))
        n = Noisy()
        event("body")
        """);
    assertThat(o.status()).isEqualTo(Status.COMPLETED);
    assertThat(o.events()).containsExactly("body");
    assertThat(o.shutdownEvents()).startsWith("atexit");
    if (b.traits().impl().equals("cpython")) {
      assertThat(o.shutdownEvents()).containsExactly("atexit", "del");
    }
  }

  @OnEachInterpreter
  void anUncaughtExceptionIsAnErrorAndLaterEventsAreShutdownEvents(RealInterpreterBackend b) {
    Outcome o = runToError(b, """
        import atexit
        atexit.register(lambda: event("at exit"))
        class Boom(Exception):
            pass
        event("before")
        def f():
            raise Boom("bad\\nthing")
        f()
        event("never")
        """, "Boom");
    assertThat(o.errorMessage()).isEqualTo("bad\nthing");
    assertThat(o.events()).containsExactly("before");
    assertThat(o.shutdownEvents()).containsExactly("at exit");
    assertThat(o.detail()).contains("Traceback").contains("Boom");
  }

  @OnEachInterpreter
  void aKeyErrorKeepsPythonsStrOfTheException(RealInterpreterBackend b) {
    assertThat(runToError(b, "{}['k']\n", "KeyError").errorMessage()).isEqualTo("'k'");
  }

  @OnEachInterpreter
  void aSyntaxErrorIsLocatedInTheProgramsOwnLines(RealInterpreterBackend b) {
    Outcome o = runToError(b, "event(1)\nx = 1 +\n", "SyntaxError");
    assertThat(o.errorMessage()).endsWith("(line 2)");
    assertThat(o.events()).isEmpty();
  }

  @OnEachInterpreter
  void anIndentationErrorIsASyntaxErrorNamingItsClass(RealInterpreterBackend b) {
    assertThat(runToError(b, "x = 1\nevent(x)\nif x:\nevent(2)\n", "SyntaxError").errorMessage())
        .endsWith("(IndentationError, line 4)");
  }

  @OnEachInterpreter
  void anUnclosedBracketAtTheEndIsReportedOnAProgramLine(RealInterpreterBackend b) {
    assertThat(runToError(b, "event(1)\nx = (1,\n", "SyntaxError").errorMessage()).matches(".*\\(line [23]\\)");
  }

  @OnEachInterpreter
  void futureImportsStayAtTheTop(RealInterpreterBackend b) {
    Outcome ok = run(b, "\"\"\"doc\"\"\"\nfrom __future__ import annotations\nevent('ok')\n");
    assertThat(ok.status()).as(ok.detail()).isEqualTo(Status.COMPLETED);
    assertThat(ok.events()).containsExactly("ok");
    Outcome bad = run(b, "from __future__ import annotations\nevent('x')\nx x\n");
    assertThat(bad.errorType()).isEqualTo("SyntaxError");
    assertThat(bad.errorMessage()).endsWith("(line 3)");
  }

  @OnEachInterpreter
  void anEndlessLoopIsAHangWithTheEventsSoFar(RealInterpreterBackend b) {
    long start = System.nanoTime();
    Outcome o = b.run("event('started')\nwhile True: pass\n", Budget.DEFAULT.withWallClock(Duration.ofSeconds(1)));
    Duration took = Duration.ofNanos(System.nanoTime() - start);
    assertThat(o.status()).isEqualTo(Status.HANG);
    assertThat(o.events()).containsExactly("started");
    assertThat(o.errorMessage()).isEqualTo("1s wall clock");
    assertThat(took).isLessThan(Duration.ofSeconds(5));
  }

  @Test
  void aHangKillsTheProcessesTheProgramSpawnedOnCPython() throws Exception {
    assertChildKilled(Installed.all().stream().filter(b -> b.traits().impl().equals("cpython")).findFirst()
        .orElse(null));
  }

  @Test
  void aHangKillsTheProcessesTheProgramSpawnedOnPyPy() throws Exception {
    assertChildKilled(Installed.pypyOrSkip());
  }

  private static void assertChildKilled(RealInterpreterBackend b) throws Exception {
    assumeTrue(b != null, "no interpreter of this kind");
    Outcome o = b.run("""
        import subprocess, sys
        child = subprocess.Popen([sys.executable, '-c', 'while True: pass'])
        event(child.pid)
        while True: pass
        """, Budget.DEFAULT.withWallClock(Duration.ofSeconds(2)));
    assertThat(o.status()).as(o.detail()).isEqualTo(Status.HANG);
    long pid = Long.parseLong(o.events().get(0));
    long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
    while (isRunning(pid) && System.nanoTime() < deadline) {
      Thread.sleep(50);
    }
    assertThat(isRunning(pid)).as("child %d still running", pid).isFalse();
  }

  /** Alive and not a zombie (a killed orphan may wait a while for a reaper in a container). */
  private static boolean isRunning(long pid) throws Exception {
    Path stat = Path.of("/proc/" + pid + "/stat");
    if (!Files.exists(stat)) {
      return false;
    }
    try {
      String s = Files.readString(stat);
      char state = s.charAt(s.lastIndexOf(')') + 2);
      return state != 'Z' && state != 'X';
    } catch (java.io.IOException e) {
      return false;
    }
  }

  @OnEachInterpreter
  void aMemoryErrorInsidePythonIsAnError(RealInterpreterBackend b) {
    Outcome o = runToError(b, "event('start')\nx = bytearray(3 * 1024 ** 3)\n", "MemoryError");
    assertThat(o.events()).containsExactly("start");
  }

  @OnEachInterpreter
  void theAddressSpaceLimitIsTheBudgetsAndLeavesRoomToWork(RealInterpreterBackend b) {
    Outcome o = b.run("""
        import resource
        event(resource.getrlimit(resource.RLIMIT_AS)[0])
        x = bytearray(512 * 1024 ** 2)
        event(len(x))
        """, Budget.DEFAULT.withWallClock(Duration.ofSeconds(60))); // about memory; 512 MiB is slow to zero when loaded
    assertThat(o.status()).as(o.detail()).isEqualTo(Status.COMPLETED);
    assertThat(o.events()).containsExactly(String.valueOf(2L << 30), String.valueOf(512L << 20));
  }

  @OnEachInterpreter
  void exitingBeforeTheEndOrBeingKilledIsACrash(RealInterpreterBackend b) {
    Outcome exited = runTo(b, "import sys\nevent(1)\nsys.exit(3)\nevent(2)\n", Status.CRASH);
    assertThat(exited.errorMessage()).contains("status 3");
    Outcome killed = runTo(b, "import os, signal\nevent(1)\nos.kill(os.getpid(), signal.SIGKILL)\n", Status.CRASH);
    assertThat(killed.errorMessage()).isEqualTo("killed by signal 9 (SIGKILL)");
    assertThat(List.of(exited.events(), killed.events())).containsOnly(List.of("1"));
  }

  @OnEachInterpreter
  void outputIsCapturedButBounded(RealInterpreterBackend b) {
    Outcome o = run(b, "import sys\nfor i in range(60000):\n    sys.stdout.write('x' * 99 + '\\n')\nprint('last')\n");
    assertThat(o.status()).isEqualTo(Status.COMPLETED);
    assertThat(o.detail()).hasSizeLessThan(70 * 1024).contains("earlier bytes dropped").endsWith("last\n");
  }

  @OnEachInterpreter
  void runsInParallelDoNotMix(RealInterpreterBackend b) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<Outcome>> futures = new ArrayList<>();
      for (int i = 0; i < 16; i++) {
        int n = i;
        futures.add(pool.submit(() -> run(b, "event(" + n + ")\nevent(" + n + " * 2)\n")));
      }
      for (int i = 0; i < 16; i++) {
        assertThat(futures.get(i).get().events()).containsExactly(String.valueOf(i), String.valueOf(i * 2));
      }
    } finally {
      pool.shutdownNow();
    }
  }

  private static final String MOVED_ARGUMENT = """
      import weakref
      class Token:
          pass
      def consume(*, tok):
          r = weakref.ref(tok, lambda _: event("callback"))
          tok = None
          event("rebound")
          return r
      consume(tok=Token())
      event("after-call")
      """;

  @Test
  void cpython310HoldsACallsArguments() {
    assertThat(run(Installed.cpythonOrSkip(10), MOVED_ARGUMENT).events())
        .containsExactly("rebound", "callback", "after-call");
  }

  @Test
  void cpython311MovesACallsArguments() {
    assertThat(run(Installed.cpythonOrSkip(11), MOVED_ARGUMENT).events())
        .containsExactly("callback", "rebound", "after-call");
  }

  @OnEachInterpreter
  void theMovedArgumentProgramFollowsThePycallTrait(RealInterpreterBackend b) {
    List<String> events = run(b, MOVED_ARGUMENT).events();
    if (b.traits().impl().equals("pypy")) {
      assertThat(events).containsExactly("rebound", "after-call");
    } else if (b.traits().get("pycall").orElseThrow().equals("move")) {
      assertThat(events).containsExactly("callback", "rebound", "after-call");
    } else {
      assertThat(events).containsExactly("rebound", "callback", "after-call");
    }
  }

  /** The outcome of {@code program}, asserted to have ended with an uncaught {@code errorType}. */
  private static Outcome runToError(RealInterpreterBackend b, String program, String errorType) {
    Outcome o = runTo(b, program, Status.ERROR);
    assertThat(o.errorType()).isEqualTo(errorType);
    return o;
  }

  /** The outcome of {@code program}, asserted to have ended with {@code status}. */
  private static Outcome runTo(RealInterpreterBackend b, String program, Status status) {
    Outcome o = run(b, program);
    assertThat(o.status()).as(o.detail()).isEqualTo(status);
    return o;
  }
}
