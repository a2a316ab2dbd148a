package io.lifeline.real;

import io.lifeline.scenario.Budget;
import io.lifeline.scenario.NamedBackend;
import io.lifeline.scenario.Outcome;
import io.lifeline.scenario.Traits;
import java.io.File;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs programs on one real interpreter, each in its own isolated process.
 *
 * <p>Isolation of a run: the interpreter's isolation flags ({@code -I}, which ignores {@code PYTHON*} variables
 * and the user site directory and keeps the script's directory off {@code sys.path}); a fresh empty temporary
 * working directory (the script and events file sit in its parent), all deleted afterwards; an address-space limit ({@code ulimit -v}) set by {@code /bin/sh}
 * before it execs the interpreter; stdin from {@code /dev/null}; stdout and stderr drained, keeping the last
 * 64 KiB of each; every process the program starts, even one that left the process tree, killed when the run
 * ends ({@link RunProcesses}). This is not a sandbox: the program runs with the rights of whoever runs the suite.
 *
 * <p>A program that names {@code lifeline_native} gets the module built for this interpreter on its
 * {@code sys.path} ({@link NativeBuild}; built on the first such run, once per backend). If the build failed, such
 * a program does not run: its outcome is a crash, "native module unavailable on BACKEND: reason", never a pass.
 *
 * <p>Thread-safe: a run shares nothing with other runs but immutable fields and the native build, made once
 * under a lock. {@link #run} never throws.
 */
public final class RealInterpreterBackend extends NamedBackend {
  static final String SCRIPT_NAME = "program.py";
  static final String EVENTS_NAME = "events";
  /** The run's working directory, empty when the program starts; the script and events file sit beside it. */
  static final String WORK_NAME = "cwd";
  /** How long to wait for output pipes to reach their end after the process has gone. */
  private static final Duration PIPE_GRACE = Duration.ofSeconds(2);

  private final Identity identity;
  private final NativeBuild nativeBuilder;
  /** The native build, once a program has needed it. Guarded by {@code this}. */
  private NativeBuild.Result nativeResult;

  RealInterpreterBackend(Identity identity, String name) {
    this(identity, name, NativeBuild.fromEnvironment());
  }

  /** {@code name}: {@code real:cpython-3.11.7}, {@code real:pypy-7.3.11}. */
  RealInterpreterBackend(Identity identity, String name, NativeBuild nativeBuilder) {
    super(name, RealTraits.of(identity));
    this.identity = identity;
    this.nativeBuilder = nativeBuilder;
  }

  /** Who the interpreter said it is. */
  Identity identity() {
    return identity;
  }

  /** The interpreter binary runs use ({@code sys.executable} as the interpreter reported it). */
  public Path executable() {
    return identity.executable();
  }

  /** The command-line flags that isolate a run: {@code [-I]}, or {@code [-E, -s]}. */
  public List<String> isolationFlags() {
    return identity.isolationFlags();
  }

  @Override
  public Outcome run(String program, Budget budget) {
    long start = System.nanoTime();
    try {
      return runIn(program, budget, start);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return Outcome.crash(List.of(), "interrupted", "", since(start));
    } catch (Throwable t) {
      return Outcome.crash(List.of(), "backend fault: " + t, stackTrace(t), since(start));
    }
  }

  /** Whether {@code program} gets lifeline_native on its path (it names the module): what {@link #run} builds. */
  public static boolean usesNativeModule(String program) {
    return NativeBuild.usedBy(program);
  }

  /** The native module's build for this interpreter, made by the first caller. */
  synchronized NativeBuild.Result nativeBuild() {
    if (nativeResult == null) {
      nativeResult = nativeBuilder.build(identity);
    }
    return nativeResult;
  }

  private Outcome runIn(String program, Budget budget, long start) throws IOException, InterruptedException {
    Path nativeDir = null;
    if (NativeBuild.usedBy(program)) {
      NativeBuild.Result build = nativeBuild();
      if (!build.ok()) {
        return Outcome.crash(List.of(), "native module unavailable on " + name() + ": " + build.failure(), "",
            since(start));
      }
      nativeDir = build.directory();
    }
    Path dir = Files.createTempDirectory("lifeline-run-");
    try {
      Path events = dir.resolve(EVENTS_NAME);
      Path scriptPath = dir.resolve(SCRIPT_NAME);
      Path workDir = Files.createDirectory(dir.resolve(WORK_NAME));
      ScriptFile script = ScriptFile.build(program, events, nativeDir);
      Files.writeString(scriptPath, script.text(), StandardCharsets.UTF_8);
      RunProcesses run = RunProcesses.start(
          new ProcessBuilder(command(scriptPath, budget))
              .directory(workDir.toFile())
              .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null"))));
      Process process = run.root();
      try {
        TailCapture stdout = TailCapture.start(process.getInputStream(), TailCapture.DEFAULT_LIMIT, "lifeline-stdout");
        TailCapture stderr = TailCapture.start(process.getErrorStream(), TailCapture.DEFAULT_LIMIT, "lifeline-stderr");
        boolean exited = process.waitFor(budget.wallClock().toNanos(), TimeUnit.NANOSECONDS);
        // Leftovers go before the pipes are awaited: a child that outlived the interpreter holds them open.
        run.end();
        stdout.awaitEnd(PIPE_GRACE);
        stderr.awaitEnd(PIPE_GRACE);
        ProcessOutcome.Exit exit = new ProcessOutcome.Exit(!exited, budget.wallClock(), exited ? process.exitValue() : -1);
        ProcessOutcome.Output output = new ProcessOutcome.Output(stdout.text(), stderr.text());
        return ProcessOutcome.of(exit, EventLog.read(events), output, script, SCRIPT_NAME, since(start));
      } finally {
        // Interrupted or failed while waiting: never leave the interpreter or its children running.
        run.end();
      }
    } finally {
      deleteTree(dir);
    }
  }

  /**
   * {@code /bin/sh -c 'ulimit -v KB || exit 125; exec "$0" "$@"' <interpreter> <flags> <script>}. The shell execs,
   * so the process Java waits on and kills is the interpreter itself ({@link RunProcesses} puts {@code setsid}
   * in front, which execs too). {@code ulimit -v} works for PyPy too at the
   * default 2 GiB, so both implementations get the same kind of limit: PyPy 7.3.11 starts in about 80 MiB of
   * address space and reserves more only as its heap grows, and an allocation beyond the limit raises MemoryError
   * as on CPython. PyPy needs more headroom for one huge object, though: a 900 MiB bytearray fits under 2 GiB,
   * a 1 GiB one does not (it does on CPython).
   */
  List<String> command(Path scriptPath, Budget budget) {
    List<String> command = new ArrayList<>();
    command.add("/bin/sh");
    command.add("-c");
    command.add(memoryLimit(budget) + "exec \"$0\" \"$@\"");
    command.add(identity.executable().toString());
    command.addAll(identity.isolationFlags());
    command.add(scriptPath.toString());
    return command;
  }

  private static String memoryLimit(Budget budget) {
    if (budget.memoryBytes() <= 0) {
      return "";
    }
    long kib = Math.max(1, budget.memoryBytes() / 1024);
    return "ulimit -v " + kib + " || exit 125; ";
  }

  private static Duration since(long startNanos) {
    return Duration.ofNanos(System.nanoTime() - startNanos);
  }

  private static String stackTrace(Throwable t) {
    StringWriter sw = new StringWriter();
    t.printStackTrace(new PrintWriter(sw));
    return sw.toString();
  }

  /** Best effort: a straggling child may still be writing, or the program may have made files unremovable. */
  static void deleteTree(Path dir) {
    try {
      Files.walkFileTree(dir, new SimpleFileVisitor<>() {
        @Override
        public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
          tryDelete(file);
          return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFileFailed(Path file, IOException e) {
          return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult postVisitDirectory(Path d, IOException e) {
          tryDelete(d);
          return FileVisitResult.CONTINUE;
        }
      });
    } catch (IOException | RuntimeException e) {
      // Left behind in the temporary directory; nothing else depends on it.
    }
  }

  private static void tryDelete(Path p) {
    try {
      Files.deleteIfExists(p);
    } catch (IOException | RuntimeException e) {
      // See deleteTree.
    }
  }

  @Override
  public String toString() {
    return name() + " (" + identity.executable() + ")";
  }
}
