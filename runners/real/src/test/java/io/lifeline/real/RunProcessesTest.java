package io.lifeline.real;

import static org.assertj.core.api.Assertions.assertThat;

import io.lifeline.scenario.Budget;
import io.lifeline.scenario.Outcome;
import io.lifeline.scenario.Status;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A program's processes die with its run, however they left the interpreter's tree, and the run does not wait on
 * them. Each process a program starts drops a file named {@code NOTE-PID} in a folder of the test's; the program
 * waits until all have, so they are alive when the interpreter exits.
 */
class RunProcessesTest {

  /** Defines {@code note(tag)} and {@code wait_for(n)} over folder {@code D}; reports the run's marker. */
  private static String program(Path notes, String body) {
    return """
        import os, sys, time, subprocess
        D = %s
        def note(tag):
            open(os.path.join(D, tag + '-' + str(os.getpid())), 'w').close()
        def wait_for(n):
            t = time.time() + 8
            while len(os.listdir(D)) < n and time.time() < t:
                time.sleep(0.01)
            event('noted', len(os.listdir(D)))
        event(os.environ.get('%s'))
        """.formatted(PyLiteral.of(notes.toString()), RunProcesses.MARKER_VARIABLE) + body
        + "event(repr(time.time()))\n";
  }

  private static final String SLEEPER =
      "[sys.executable, '-c', 'import os, sys, time; open(os.path.join(sys.argv[1], \"popen-\" + str(os.getpid())),"
          + " \"w\").close(); time.sleep(60)', D]";

  private static void assertNothingSurvives(RealInterpreterBackend b, Path notes, String program, int processes)
      throws IOException {
    Outcome o = b.run(program(notes, program), Budget.DEFAULT);
    double returned = System.currentTimeMillis() / 1000.0;

    assertThat(o.status()).as(o.detail()).isEqualTo(Status.COMPLETED);
    assertThat(o.events()).as(o.detail()).hasSize(3).element(1).isEqualTo("noted " + processes);
    // From the body's end to the run's return: shutdown, the sweep and the pipes. The old pipe grace alone added
    // 4 s when a child held stdout; the body itself may be slow on a loaded machine, so it is not counted.
    assertThat(returned - Double.parseDouble(o.events().get(2))).isLessThan(2.0);
    List<Long> pids = notedPids(notes);
    assertThat(pids).hasSize(processes);
    assertThat(pids).allSatisfy(pid -> assertThat(alive(pid)).as("process %d left running", pid).isFalse());
    assertThat(carrying(o.events().get(0))).as("processes with the run's marker").isEmpty();
  }

  @OnEachInterpreter
  void aForkedChildThatSleepsDiesWithTheRun(RealInterpreterBackend b, @TempDir Path notes) throws IOException {
    assertNothingSurvives(b, notes, """
        if os.fork() == 0:
            note('fork')
            time.sleep(60)
            os._exit(0)
        wait_for(1)
        """, 1);
  }

  @OnEachInterpreter
  void aPopenChildDiesWithTheRun(RealInterpreterBackend b, @TempDir Path notes) throws IOException {
    assertNothingSurvives(b, notes, "p = subprocess.Popen(" + SLEEPER + ")\nwait_for(1)\n", 1);
  }

  @OnEachInterpreter
  void aChildInANewSessionDiesWithTheRun(RealInterpreterBackend b, @TempDir Path notes) throws IOException {
    assertNothingSurvives(b, notes, "p = subprocess.Popen(" + SLEEPER + ", start_new_session=True)\nwait_for(1)\n", 1);
  }

  @OnEachInterpreter
  void aDoublyForkedDaemonDiesWithTheRun(RealInterpreterBackend b, @TempDir Path notes) throws IOException {
    assertNothingSurvives(b, notes, """
        pid = os.fork()
        if pid == 0:
            os.setsid()
            if os.fork() == 0:
                note('daemon')
                time.sleep(60)
            os._exit(0)
        os.waitpid(pid, 0)
        wait_for(1)
        """, 1);
  }

  @OnEachInterpreter
  void aBoundedForkBombDiesWithTheRun(RealInterpreterBackend b, @TempDir Path notes) throws IOException {
    // 3 levels of 3 children each: 3 + 9 + 27 processes, all asleep when the interpreter exits.
    assertNothingSurvives(b, notes, """
        def spawn(level):
            for i in range(3):
                if os.fork() == 0:
                    note('bomb')
                    if level < 3:
                        spawn(level + 1)
                    time.sleep(60)
                    os._exit(0)
        spawn(1)
        wait_for(39)
        """, 39);
  }

  @Test
  void aRunThatHangsTakesItsChildrenWithIt(@TempDir Path notes) throws IOException {
    RealInterpreterBackend b = Installed.allOrSkip().findFirst().orElseThrow();
    Outcome o = b.run(program(notes, "p = subprocess.Popen(" + SLEEPER + ", start_new_session=True)\n"
        + "wait_for(1)\ntime.sleep(60)\n"), Budget.DEFAULT.withWallClock(Duration.ofSeconds(2)));

    assertThat(o.status()).isEqualTo(Status.HANG);
    assertThat(o.elapsed()).isLessThan(Duration.ofSeconds(5));
    assertThat(notedPids(notes)).hasSize(1).allSatisfy(pid -> assertThat(alive(pid)).isFalse());
    assertThat(carrying(o.events().get(0))).isEmpty();
  }

  @Test
  void anEnvironmentEntryMatchesOnlyWhole() {
    byte[] env = "A=1\0LIFELINE_RUN=lifeline-x\0B=2\0".getBytes(StandardCharsets.UTF_8);
    assertThat(RunProcesses.containsEntry(env, bytes("LIFELINE_RUN=lifeline-x"))).isTrue();
    assertThat(RunProcesses.containsEntry(env, bytes("LIFELINE_RUN=lifeline-"))).isFalse();
    assertThat(RunProcesses.containsEntry(env, bytes("IFELINE_RUN=lifeline-x"))).isFalse();
    assertThat(RunProcesses.containsEntry(bytes("B=2"), bytes("B=2"))).isTrue();
  }

  private static byte[] bytes(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  private static List<Long> notedPids(Path notes) throws IOException {
    List<Long> pids = new ArrayList<>();
    try (Stream<Path> files = Files.list(notes)) {
      files.forEach(f -> {
        String name = f.getFileName().toString();
        pids.add(Long.parseLong(name.substring(name.lastIndexOf('-') + 1)));
      });
    }
    return pids;
  }

  /** Alive and not a zombie (a zombie has ended; in a container nobody may reap it). */
  static boolean alive(long pid) {
    return RunProcesses.Stat.read(pid).map(s -> !s.zombie()).orElse(false);
  }

  /** Live processes whose environment holds the run's marker. */
  private static List<Long> carrying(String marker) throws IOException {
    assertThat(marker).startsWith("lifeline-");
    byte[] entry = bytes(RunProcesses.MARKER_VARIABLE + "=" + marker);
    List<Long> found = new ArrayList<>();
    try (Stream<Path> procs = Files.list(Path.of("/proc"))) {
      for (Path p : (Iterable<Path>) procs::iterator) {
        String name = p.getFileName().toString();
        if (!name.chars().allMatch(Character::isDigit)) {
          continue;
        }
        try {
          if (RunProcesses.containsEntry(Files.readAllBytes(p.resolve("environ")), entry) && alive(Long.parseLong(name))) {
            found.add(Long.parseLong(name));
          }
        } catch (IOException e) {
          // Gone, or not ours to read.
        }
      }
    }
    return found;
  }
}
