package io.lifeline.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Times a program on a real interpreter without its process start: one process compiles the program once, runs it
 * a few times to warm up, then with fresh globals for {@code seconds} (as long as JMH measures the model, so that
 * both means span the machine's slow and fast spells alike), and reports the mean of the runs in milliseconds,
 * the lowest CPU time per run of {@code runs} batches of 5 more runs ({@code time.thread_time}, comparable with
 * {@link CpuTimer}'s), and the events of the last run.
 */
final class CpythonTimer {
  private CpythonTimer() {}

  /** Mean milliseconds per run, the lowest CPU milliseconds per run of {@code runs} batches, the last events. */
  record Timing(double millis, double cpuMillis, List<String> events) {
    /** The lower of each figure of two timings of the same program. */
    static Timing lowest(Timing a, Timing b) {
      return new Timing(Math.min(a.millis, b.millis), Math.min(a.cpuMillis, b.cpuMillis), b.events);
    }
  }

  private static final String HARNESS = String.join("\n",
      "import builtins, sys, time",
      "path, runs, seconds = sys.argv[1], int(sys.argv[2]), float(sys.argv[3])",
      "code = compile(open(path).read(), path, 'exec')",
      "events = []",
      "builtins.event = lambda *parts: events.append(' '.join(map(str, parts)))",
      "for _ in range(3):",
      "    exec(code, {'__name__': '__main__'})",
      "start = time.perf_counter()",
      "n = 0",
      "while n == 0 or time.perf_counter() - start < seconds:",
      "    events.clear()",
      "    exec(code, {'__name__': '__main__'})",
      "    n += 1",
      "print((time.perf_counter() - start) * 1000 / n)",
      "best = float('inf')",
      "for _ in range(runs):",
      "    cpu = time.thread_time()",
      "    for _ in range(5):",
      "        events.clear()",
      "        exec(code, {'__name__': '__main__'})",
      "    best = min(best, (time.thread_time() - cpu) * 1000 / 5)",
      "print(best)",
      "for e in events:",
      "    print(e)",
      "");

  static Timing time(Path python, Path program, int runs, double seconds) throws IOException, InterruptedException {
    Process p = new ProcessBuilder(python.toString(), "-I", "-c", HARNESS, program.toString(), Integer.toString(runs),
        Double.toString(seconds))
        .redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (p.waitFor() != 0) {
      throw new IOException(python + " failed on " + program + ":\n" + out);
    }
    List<String> lines = new ArrayList<>(out.lines().toList());
    double millis = Double.parseDouble(lines.remove(0));
    double cpuMillis = Double.parseDouble(lines.remove(0));
    return new Timing(millis, cpuMillis, lines);
  }
}
