package io.lifeline.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import io.lifeline.real.RealInterpreterBackend;
import io.lifeline.scenario.Budget;
import io.lifeline.scenario.Outcome;
import io.lifeline.scenario.Status;
import java.time.Duration;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The fork server runs programs as the regular real backend does, apart from exit-time events. */
class ForkServerTest {
  private static final Budget BUDGET = Budget.DEFAULT.withWallClock(Duration.ofSeconds(10));

  @Test
  void aSampleOfGeneratedProgramsGivesTheSameOutcomesAsFreshInterpreters() {
    RealInterpreterBackend fresh = Interpreters.cpython("3.11");
    ForkServerBackend forked = Interpreters.forkServer("3.11");
    ProgramGenerator g = new ProgramGenerator(99);
    List<String> sources = IntStream.range(0, 12).mapToObj(i -> g.program(i).source()).toList();
    List<Outcome> expected = sources.parallelStream().map(s -> fresh.run(s, BUDGET)).toList();
    for (int i = 0; i < sources.size(); i++) {
      Outcome o = forked.run(sources.get(i), BUDGET);
      assertThat(o.signature()).as("program %d:\n%s", i, sources.get(i)).isEqualTo(expected.get(i).signature());
    }
  }

  @Test
  void everyInterpreterFoundAgreesWithItsForkServerOnASample() {
    ProgramGenerator g = new ProgramGenerator(98);
    List<String> sources = IntStream.range(0, 4).mapToObj(i -> g.program(i).source()).toList();
    for (RealInterpreterBackend fresh : io.lifeline.real.RealInterpreters.discover().backends()) {
      try (ForkServerBackend forked = new ForkServerBackend(fresh, 1)) {
        List<Outcome> expected = sources.parallelStream().map(s -> fresh.run(s, BUDGET)).toList();
        for (int i = 0; i < sources.size(); i++) {
          assertThat(forked.run(sources.get(i), BUDGET).signature())
              .as("%s, program %d:\n%s", fresh.name(), i, sources.get(i)).isEqualTo(expected.get(i).signature());
        }
      }
    }
  }

  @Test
  void handWrittenEdgesMatchTheRealBackend() {
    RealInterpreterBackend fresh = Interpreters.cpython("3.11");
    ForkServerBackend forked = Interpreters.forkServer("3.11");
    List<String> programs = List.of(
        // parts joined with one space, str() of each
        "event('a', 1, None, 2.5)\nevent()\nevent('x\\ny', 'back\\\\slash')\n",
        // an uncaught error: type and message, events so far
        "event('before')\nraise KeyError('k')\n",
        // a syntax error
        "x = (\n",
        // __main__ is a fresh module named __main__, with no leftovers from earlier programs
        "event(__name__, sorted(k for k in globals() if not k.startswith('__')))\nleftover = 1\n",
        // automatic gc is on unless the program turns it off
        "import gc\nevent(gc.isenabled())\n",
        // a frame's globals are the program's
        "import sys\nevent(sys._getframe().f_globals is globals())\n");
    for (String p : programs) {
      Outcome a = fresh.run(p, BUDGET);
      Outcome b = forked.run(p, BUDGET);
      assertThat(b.signature()).as(p).isEqualTo(a.signature());
      if (a.status() == Status.ERROR && !"SyntaxError".equals(a.errorType())) {
        assertThat(b.errorMessage()).isEqualTo(a.errorMessage());
      }
    }
  }

  @Test
  void aHangIsStoppedWithTheEventsSoFarAndTheServerCarriesOn() {
    ForkServerBackend forked = Interpreters.forkServer("3.11");
    Outcome hang = forked.run("event('spinning')\nwhile True:\n    pass\n", BUDGET.withWallClock(Duration.ofSeconds(1)));
    assertThat(hang.status()).isEqualTo(Status.HANG);
    assertThat(hang.events()).containsExactly("spinning");
    assertThat(forked.run("event('next')\n", BUDGET).events()).containsExactly("next");
  }

  @Test
  void aChildThatDiesIsACrashAndNothingLeaksIntoTheNextProgram() {
    ForkServerBackend forked = Interpreters.forkServer("3.11");
    Outcome crash = forked.run("import os\nevent('a')\nos._exit(3)\n", BUDGET);
    assertThat(crash.status()).isEqualTo(Status.CRASH);
    assertThat(crash.events()).containsExactly("a");
    forked.run("import sys\nsys.modules['leak'] = 1\nimport builtins\nbuiltins.leaked = 1\n", BUDGET);
    Outcome next = forked.run("import sys\nevent('leak' in sys.modules, hasattr(__builtins__, 'leaked'))\n", BUDGET);
    assertThat(next.events()).containsExactly("False False");
  }

  @Test
  void withShutdownExitTimeEventsAreRecordedAsShutdownEvents() {
    try (ForkServerBackend withShutdown = new ForkServerBackend(Interpreters.cpython("3.11"), 1,
        Budget.DEFAULT.memoryBytes(), true)) {
      String p = "class A:\n    def __del__(self):\n        event('del')\nkept = A()\nevent('end')\n";
      Outcome o = withShutdown.run(p, BUDGET);
      assertThat(o.events()).containsExactly("end");
      assertThat(o.shutdownEvents()).containsExactly("del");
      assertThat(Interpreters.forkServer("3.11").run(p, BUDGET).shutdownEvents()).isEmpty();
    }
  }

  @Test
  void closingAServerKillsWhatItsProgramsLeftBehind() {
    String p = """
        import subprocess, sys
        for session in (False, True):
            c = subprocess.Popen([sys.executable, '-c', 'import time; time.sleep(60)'], start_new_session=session)
            event(c.pid)
        """;
    List<Long> pids;
    try (ForkServerBackend server = new ForkServerBackend(Interpreters.cpython("3.11"), 1)) {
      Outcome o = server.run(p, BUDGET);
      assertThat(o.status()).as(o.detail()).isEqualTo(Status.COMPLETED);
      pids = o.events().stream().map(Long::parseLong).toList();
      assertThat(pids).hasSize(2).allSatisfy(pid -> assertThat(alive(pid)).isTrue());
    }
    assertThat(pids).allSatisfy(pid -> assertThat(alive(pid)).as("process %d left running", pid).isFalse());
  }

  /** Alive and not a zombie: a killed orphan may stay a zombie where pid 1 does not reap. */
  private static boolean alive(long pid) {
    try {
      String stat = java.nio.file.Files.readString(java.nio.file.Path.of("/proc", Long.toString(pid), "stat"));
      char state = stat.substring(stat.lastIndexOf(')') + 2).charAt(0);
      return state != 'Z' && state != 'X';
    } catch (java.io.IOException e) {
      return false;
    }
  }
}
