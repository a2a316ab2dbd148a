package io.lifeline.bench;

import io.lifeline.differential.BackendCatalog;
import io.lifeline.real.RealInterpreterBackend;
import io.lifeline.real.RealInterpreters;
import io.lifeline.scenario.Backend;
import io.lifeline.scenario.BackendOptions;
import io.lifeline.scenario.Budget;
import java.io.PrintStream;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * The benchmark command: every program in bench/programs on the model backend (JMH, after warm-up, the lowest
 * mean of three JMH runs) and on real CPython 3.11 (in-process timing, without process start, the lowest mean of
 * three processes), then a table of milliseconds per program and the ratio model / CPython; then the same for
 * CPU time per run (lowest of batches, in-process for both; see {@link CpuTimer}), which a loaded machine
 * distorts far less. {@code --quick} shortens the JMH phases for a
 * smoke run. {@code --micro} times the programs in bench/micro instead, CPU time only (no JMH).
 */
public final class BenchMain {

  static final String MODEL = "cpython-3.11";
  /** JVMs per program for the model's CPU time, and CPython processes per program (the lowest counts). */
  private static final int CPU_FORKS = 3;

  public static void main(String... args) throws Exception {
    boolean quick = List.of(args).contains("--quick");
    boolean micro = List.of(args).contains("--micro");
    if (micro) {
      System.setProperty("lifeline.bench.set", "micro");
    }
    PrintStream out = System.out;
    List<String> programs = BenchPrograms.names();
    List<String> jvmOptions = jvmOptions();
    out.println("model JVM: " + System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version")
        + (jvmOptions.isEmpty() ? "" : ", " + String.join(" ", jvmOptions)));

    Map<String, Double> model = new LinkedHashMap<>();
    Map<String, Double> modelCpu = new LinkedHashMap<>();
    Optional<Backend> modelBackend = BackendCatalog.discover(new BackendOptions(false, List.of())).all().stream()
        .filter(b -> b.name().equals(MODEL)).findFirst();
    if (modelBackend.isPresent()) {
      if (!micro) {
        // Each JMH run forks one JVM per program; the lowest mean of several, as for CPython's processes below.
        for (int run = 0; run < (quick ? 1 : CPU_FORKS); run++) {
          runJmh(programs, quick).forEach((p, ms) -> model.merge(p, ms, Math::min));
        }
      }
      for (String p : programs) {
        // The lowest of several JVMs: now and then C2 compiles the dispatch loop far worse (a calls run of 9.8 ms
        // among runs of 5.8 to 6.4 ms), and one JVM cannot recover from that.
        for (int fork = 0; fork < (quick ? 1 : CPU_FORKS); fork++) {
          Double cpu = CpuTimer.millisInFork(p, micro, quick ? 2000 : 10000, quick ? 10 : 40);
          if (cpu != null) {
            modelCpu.merge(p, cpu, Math::min);
          }
        }
      }
    } else {
      out.println("note: no model backend '" + MODEL + "' on the class path; timing CPython only");
    }

    Optional<RealInterpreterBackend> cpython = RealInterpreters.discover().backends().stream()
        .filter(b -> b.traits().impl().equals("cpython") && b.traits().version().startsWith("3.11."))
        .reduce((a, b) -> b);
    Map<String, CpythonTimer.Timing> real = new LinkedHashMap<>();
    if (cpython.isPresent()) {
      for (String p : programs) {
        // As many processes as the model gets JVMs, so that a load spike on a shared machine during one of them
        // does not decide CPython's figure either.
        for (int fork = 0; fork < (quick ? 1 : CPU_FORKS); fork++) {
          real.merge(p, CpythonTimer.time(cpython.get().executable(), BenchPrograms.file(p), quick ? 5 : 20,
              measuredSeconds(quick)), CpythonTimer.Timing::lowest);
        }
      }
    } else {
      out.println("note: no real CPython 3.11 found; timing the model only");
    }

    String realName = cpython.map(Backend::name).orElse("cpython");
    if (!micro) {
      printTable(out, programs, MODEL + " ms", model, realName + " ms", real, CpythonTimer.Timing::millis);
    }
    printTable(out, programs, MODEL + " cpu ms", modelCpu, realName + " cpu ms", real,
        CpythonTimer.Timing::cpuMillis);
    for (String p : programs) {
      CpythonTimer.Timing r = real.get(p);
      if (modelCpu.containsKey(p) && r != null) {
        List<String> modelEvents = modelBackend.get().run(BenchPrograms.source(p), Budget.DEFAULT).events();
        if (!modelEvents.equals(r.events())) {
          out.println("  WARNING: " + p + ": the model's events " + modelEvents + " differ from CPython's "
              + r.events());
        }
      }
    }
  }

  /**
   * This JVM's -X options (the collector, heap sizes), which the model's timing JVMs get too: the JMH forks
   * inherit them, {@link CpuTimer#millisInFork} passes them on.
   */
  static List<String> jvmOptions() {
    return java.lang.management.ManagementFactory.getRuntimeMXBean().getInputArguments().stream()
        .filter(a -> a.startsWith("-X")).toList();
  }

  /** Seconds over which a wall-clock mean is taken, the same for the model (JMH) and CPython. */
  private static int measuredSeconds(boolean quick) {
    return quick ? 2 : 5;
  }

  /** One table: milliseconds per program for the model and CPython ({@code measure} of its timing), the ratio. */
  private static void printTable(PrintStream out, List<String> programs, String modelHeader,
      Map<String, Double> model, String realHeader, Map<String, CpythonTimer.Timing> real,
      java.util.function.ToDoubleFunction<CpythonTimer.Timing> measure) {
    out.println();
    out.printf("%-12s %16s %22s %8s%n", "program", modelHeader, realHeader, "ratio");
    for (String p : programs) {
      Double m = model.get(p);
      CpythonTimer.Timing r = real.get(p);
      out.printf("%-12s %16s %22s %8s%n", p, m == null ? "-" : String.format("%.2f", m),
          r == null ? "-" : String.format("%.2f", measure.applyAsDouble(r)),
          m == null || r == null ? "-" : String.format("%.2fx", m / measure.applyAsDouble(r)));
    }
  }

  private static Map<String, Double> runJmh(List<String> programs, boolean quick) throws Exception {
    ChainedOptionsBuilder options = new OptionsBuilder()
        .include(ModelBenchmark.class.getSimpleName())
        .param("program", programs.toArray(new String[0]))
        .param("backend", MODEL)
        .forks(1)
        .jvmArgsAppend("-Dlifeline.root=" + System.getProperty("lifeline.root", "."))
        // 15 s: after 5 s a calls run still got faster from one second to the next (3.4 to 2.9 ms), after 15 s not.
        .warmupIterations(quick ? 1 : 15)
        .warmupTime(TimeValue.seconds(1))
        .measurementIterations(measuredSeconds(quick))
        .measurementTime(TimeValue.seconds(1));
    Collection<RunResult> results = new Runner(options.build()).run();
    Map<String, Double> millis = new LinkedHashMap<>();
    for (RunResult r : results) {
      millis.put(r.getParams().getParam("program"), r.getPrimaryResult().getScore());
    }
    return millis;
  }
}
