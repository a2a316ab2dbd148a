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

  private static long uptimeNanos() {
    return java.lang.management.ManagementFactory.getRuntimeMXBean().getUptime() * 1_000_000L;
  }
}
