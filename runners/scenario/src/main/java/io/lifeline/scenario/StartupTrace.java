package io.lifeline.scenario;

/**
 * Time stamps of a command's start-up, for finding where it goes: with {@code -Dlifeline.startupTrace=true} each
 * {@link #mark} prints one line on stderr, {@code startup: MS ms [THREAD] WHAT (thread CPU MS ms)}, milliseconds
 * since the JVM started and the CPU time of the thread that marks (the measure a loaded machine moves least). Off (the default) a mark is one read of a static final field, so marks may stay in the code.
 */
public final class StartupTrace {
  /** System property that turns the trace on. */
  public static final String PROPERTY = "lifeline.startupTrace";

  private static final boolean ON = Boolean.getBoolean(PROPERTY);
  /** {@link System#nanoTime} at the JVM's start, reckoned from its uptime when the trace is on. */
  private static final long START = ON ? System.nanoTime() - uptimeNanos() : 0;

  private StartupTrace() {}

  /** Prints when {@code what} happened, if the trace is on. */
  public static void mark(String what) {
    if (ON) {
      // Neither printf nor string concatenation: the first of either sets up machinery (java.util.Formatter, an
      // invokedynamic call site) whose cost the trace would then show.
      long micros = (System.nanoTime() - START) / 1000;
      long cpu = java.lang.management.ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() / 100_000;
      System.err.println(new StringBuilder("startup: ").append(micros / 1000).append('.').append(micros / 100 % 10)
          .append(" ms [").append(Thread.currentThread().getName()).append("] ").append(what).append(" (thread CPU ")
          .append(cpu / 10).append('.').append(cpu % 10).append(" ms)"));
    }
  }

  /**
   * Prints, if the trace is on, the CPU time of each of the process's threads so far ({@code startup: threads:
   * NAME MS, ...}, from Linux's {@code /proc/self/task}: the JVM's own threads too, the JIT compilers and the
   * collector, which the JVM's management beans do not show); nothing where there is no such folder.
   */
  public static void threads() {
    if (!ON) {
      return;
    }
    StringBuilder line = new StringBuilder("startup: threads:");
    java.io.File[] tasks = new java.io.File("/proc/self/task").listFiles();
    if (tasks == null) {
      return;
    }
    long ticks = 100; // USER_HZ: clock ticks per second on Linux
    for (java.io.File task : tasks) {
      try {
        String stat = java.nio.file.Files.readString(task.toPath().resolve("stat"));
        int open = stat.indexOf('(');
        int close = stat.lastIndexOf(')');
        String[] fields = stat.substring(close + 2).split(" ");
        long cpuMs = (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) * 1000 / ticks;
        if (cpuMs > 0) {
          line.append(' ').append(stat, open + 1, close).append(' ').append(cpuMs).append(',');
        }
      } catch (java.io.IOException | RuntimeException e) {
        // A thread that ended meanwhile: left out.
      }
    }
    System.err.println(line);
  }

  private static long uptimeNanos() {
    return java.lang.management.ManagementFactory.getRuntimeMXBean().getUptime() * 1_000_000L;
  }
}
