package io.lifeline.bench;

import io.lifeline.interpreter.ModelBackend;
import io.lifeline.interpreter.ModelBackends;
import io.lifeline.interpreter.Run;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * CPU time per run of a program on a model backend: complete runs (a fresh interpreter each, as
 * {@link ModelBackend#run} makes, but on this thread) for a warm-up period, then in batches; reports the lowest
 * per-run thread CPU time of any batch. Unlike wall-clock time this hardly moves when other processes load the
 * machine, so its ratio to CPython's thread CPU time ({@link CpythonTimer}) is comparable between runs on a shared
 * machine. It leaves out the JVM's collector and compiler threads and the run thread's start.
 */
final class CpuTimer {
  private CpuTimer() {}

  /**
   * {@link #millis} in a new JVM (this one's java, -X options, class path and {@code lifeline.root}), as JMH forks
   * one per program: the JIT then compiles the dispatch loop for this program alone, and the result does not depend
   * on which programs ran before. Returns null if the child fails (its output goes to this process's stderr).
   */
  static Double millisInFork(String program, boolean micro, long warmupMillis, int batches) throws Exception {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(BenchMain.jvmOptions());
    command.addAll(List.of("-cp", System.getProperty("java.class.path"),
        "-Dlifeline.root=" + System.getProperty("lifeline.root", "."),
        "-Dlifeline.bench.set=" + (micro ? "micro" : "programs"),
        CpuTimer.class.getName(), program, Long.toString(warmupMillis), Integer.toString(batches)));
    Process child = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
    String out = new String(child.getInputStream().readAllBytes()).trim();
    return child.waitFor() == 0 && !out.isEmpty() ? Double.valueOf(out) : null;
  }

  /** The child of {@link #millisInFork}: prints the CPU milliseconds per run of one program. */
  public static void main(String... args) {
    ModelBackend model = ModelBackends.named(BenchMain.MODEL).orElseThrow();
    System.out.println(millis(model, BenchPrograms.source(args[0]), Long.parseLong(args[1]),
        Integer.parseInt(args[2])));
  }

  private static final int BATCH = 3;

  static double millis(ModelBackend model, String source, long warmupMillis, int batches) {
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    long warmEnd = System.nanoTime() + warmupMillis * 1_000_000L;
    while (System.nanoTime() < warmEnd) {
      runOnce(model, source);
    }
    double best = Double.MAX_VALUE;
    for (int b = 0; b < batches; b++) {
      long start = threads.getCurrentThreadCpuTime();
      for (int i = 0; i < BATCH; i++) {
        runOnce(model, source);
      }
      best = Math.min(best, (threads.getCurrentThreadCpuTime() - start) / 1e6 / BATCH);
    }
    return best;
  }

  private static void runOnce(ModelBackend model, String source) {
    new Run(model.newInterp(false)).execute(source);
  }
}
