package io.lifeline.real;

import io.lifeline.scenario.Backend;
import io.lifeline.scenario.Budget;
import io.lifeline.scenario.Outcome;
import io.lifeline.scenario.Traits;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedDeque;

/**
 * Runs programs on GraalPy ({@code real:graalpy-25.0.2}): each in a fresh polyglot context of a warm
 * {@link GraalPyHost}, a JVM of its own on a JDK 21 or later.
 *
 * <p>A run is laid out as on the other real interpreters (the same {@link ScriptFile} with the event channel's
 * prelude, an events file, an empty working directory, all deleted afterwards) and judged by the same
 * {@link ProcessOutcome} rules. Hosts are pooled: a run takes an idle host (or starts one, which does not count
 * against the run's wall clock) and gives it back after, so there is one warm host per job running at once. A run
 * that exceeds its wall clock kills its host and everything the host started (the outcome is a hang); a run whose
 * context fails inside GraalPy, or whose host dies, also ends its host; the next run starts a fresh one. Hosts
 * left idle die with lifeline's JVM (a shutdown hook, and a host ends when its stdin closes).
 *
 * <p>A program naming {@code lifeline_native} does not run: contexts have no native access, so C extensions are
 * not loaded. Its outcome is {@code unsupported} (judged so whatever the rules say, as a model's construct outside
 * its subset), and {@code lifeline check} asks no GraalPy rule of such a scenario. Thread-safe; never throws.
 */
final class GraalPyBackend implements Backend {
  static final String NATIVE_UNAVAILABLE = "native module unavailable on GraalPy: its contexts run without native"
      + " access, so C extensions such as lifeline_native are not loaded";
  private final GraalPyInstall install;
  private final String name;
  private final Traits traits;
  private final ConcurrentLinkedDeque<GraalPyHost> idle = new ConcurrentLinkedDeque<>();
  private final List<GraalPyHost> all = new ArrayList<>();
  /** The compiled host, once a run has needed it; guarded by {@code this}. */
  private Path classes;

  GraalPyBackend(GraalPyInstall install) {
    this.install = install;
    this.name = RealInterpreters.NAME_PREFIX + "graalpy-" + install.graalpy();
    this.traits = RealTraits.ofGraalPy(install.graalpy(), install.python());
    Runtime.getRuntime().addShutdownHook(new Thread(this::endAll, "lifeline-graalpy-end"));
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public Traits traits() {
    return traits;
  }

  /** Where GraalPy was found. */
  GraalPyInstall install() {
    return install;
  }

  @Override
  public Outcome run(String program, Budget budget) {
    long start = System.nanoTime();
    try {
      if (NativeBuild.usedBy(program)) {
        return Outcome.unsupported(List.of(), null, NATIVE_UNAVAILABLE, "", since(start));
      }
      return runIn(program, budget, start);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return Outcome.crash(List.of(), "interrupted", "", since(start));
    } catch (Throwable t) {
      return Outcome.crash(List.of(), "backend fault: " + t, "", since(start));
    }
  }

  private Outcome runIn(String program, Budget budget, long start) throws IOException, InterruptedException {
    Path dir = Files.createTempDirectory("lifeline-run-");
    GraalPyHost host = null;
    boolean keep = false;
    try {
      Path events = dir.resolve(RealInterpreterBackend.EVENTS_NAME);
      Files.createDirectory(dir.resolve(RealInterpreterBackend.WORK_NAME));
      ScriptFile script = ScriptFile.build(program, events, null);
      Files.writeString(dir.resolve(RealInterpreterBackend.SCRIPT_NAME), script.text(), StandardCharsets.UTF_8);
      host = borrow(budget.memoryBytes());
      long runStart = System.nanoTime();
      String answer = host.run(dir, budget.wallClock());
      Duration elapsed = since(runStart);
      ProcessOutcome.Output output = new ProcessOutcome.Output(read(dir.resolve("stdout")), read(dir.resolve("stderr")));
      if (answer == null || answer.startsWith("crash ")) {
        host.end();
      } else {
        keep = true;
      }
      EventLog log = EventLog.read(events);
      if (answer != null && answer.startsWith("crash ")) {
        String detail = (output.stderr() + "\n" + host.stderr()).strip();
        return Outcome.crash(log.events(), "GraalPy: " + answer.substring(6), detail, elapsed);
      }
      ProcessOutcome.Exit exit = new ProcessOutcome.Exit(answer == null, budget.wallClock(), exitCode(answer));
      return ProcessOutcome.of(exit, log, output, script, RealInterpreterBackend.SCRIPT_NAME, elapsed);
    } finally {
      if (host != null) {
        if (keep) {
          idle.push(host);
        } else {
          host.end();
        }
      }
      RealInterpreterBackend.deleteTree(dir);
    }
  }

  /** The exit status a CPython process would have had: 0 after the end, 1 after an uncaught exception. */
  private static int exitCode(String answer) {
    if (answer == null || answer.equals("completed")) {
      return 0;
    }
    if (answer.startsWith("exit ")) {
      return Integer.parseInt(answer.substring(5).strip());
    }
    return 1;
  }

  /** An idle host with the budget's heap, or a new one (its start is not part of any run's wall clock). */
  private GraalPyHost borrow(long memoryBytes) throws IOException, InterruptedException {
    GraalPyHost host;
    while ((host = idle.poll()) != null) {
      if (host.alive() && host.memoryBytes() == memoryBytes) {
        return host;
      }
      host.end();
    }
    GraalPyHost started = GraalPyHost.start(install, hostClasses(), memoryBytes);
    synchronized (all) {
      all.add(started);
    }
    return started;
  }

  private synchronized Path hostClasses() throws IOException, InterruptedException {
    if (classes == null) {
      classes = GraalPyHostBuild.build(install);
    }
    return classes;
  }

  private void endAll() {
    synchronized (all) {
      all.forEach(GraalPyHost::end);
    }
  }

  private static String read(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException | RuntimeException e) {
      return "";
    }
  }

  private static Duration since(long startNanos) {
    return Duration.ofNanos(System.nanoTime() - startNanos);
  }

  @Override
  public String toString() {
    return name + " (GraalPy " + install.graalpy() + " on JDK " + install.jdkMajor() + ")";
  }
}
