package io.lifeline.real;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * One warm GraalPy host process ({@code LifelineGraalPyHost}, compiled by {@link GraalPyHostBuild}), which runs
 * script files one after another, each in a fresh polyglot context on one shared engine. Lifeline talks to it by
 * lines on its stdin and stdout (the protocol is in the host's class comment).
 *
 * <p>The process is the root of a {@link RunProcesses} run (its own session, the {@code LIFELINE_RUN} marker), so
 * {@link #end} kills it and anything it started. The memory limit is the JVM's heap ({@code -Xmx}), shared by the
 * context that runs: an address-space limit does not suit a JVM, which reserves far more than it uses.
 * Not thread-safe: one run at a time, which {@link GraalPyBackend}'s pool ensures.
 */
final class GraalPyHost {
  /** The longest a host may take to start and warm its engine (a loaded machine, the first extraction). */
  static final Duration START_LIMIT = Duration.ofMinutes(3);
  /** What the reader thread queues at the end of the host's stdout. */
  private static final String EOF = "\u0000eof";

  private final RunProcesses process;
  private final long memoryBytes;
  private final OutputStream requests;
  private final BlockingQueue<String> answers = new LinkedBlockingQueue<>();
  private final TailCapture stderr;

  private GraalPyHost(RunProcesses process, long memoryBytes) {
    this.process = process;
    this.memoryBytes = memoryBytes;
    this.requests = process.root().getOutputStream();
    this.stderr = TailCapture.start(process.root().getErrorStream(), TailCapture.DEFAULT_LIMIT, "lifeline-graalpy-err");
    Thread reader = new Thread(this::readAnswers, "lifeline-graalpy-out");
    reader.setDaemon(true);
    reader.start();
  }

  /**
   * Starts a host for {@code install} with a heap of {@code memoryBytes} (none if 0 or less) and waits until it
   * is ready.
   *
   * @throws IOException when it cannot start or does not become ready within {@link #START_LIMIT}
   */
  static GraalPyHost start(GraalPyInstall install, Path build, long memoryBytes)
      throws IOException, InterruptedException {
    Path cache = build.resolve(GraalPyHostBuild.AOT_CACHE);
    String aot = Files.isRegularFile(cache) ? "-XX:AOTCache=" + cache : "-Xshare:auto";
    ProcessBuilder builder = new ProcessBuilder(command(install, build, memoryBytes, aot))
        .directory(new File("/"));
    GraalPyHost host = new GraalPyHost(RunProcesses.start(builder), memoryBytes);
    String first = host.answer(START_LIMIT);
    if (!"ready".equals(first)) {
      host.end();
      throw new IOException("the GraalPy host did not start (" + (first == null ? "no answer in "
          + START_LIMIT.toSeconds() + " s" : first.equals(EOF) ? "it exited" : "it said '" + first + "'") + "): "
          + host.stderr().strip());
    }
    return host;
  }

  /**
   * {@code java <cacheOption> -Xss64m [-Xmx..] ... -cp <build>/host.jar:<jars> LifelineGraalPyHost}. The large
   * stack lets GraalPy's interpreter reach the recursion limit (1000) before the Java stack ends: with the default
   * 1 MiB a plain recursive function overflowed at a depth of about 215. The serial collector costs least on a
   * small machine; {@code gc.collect()} is a full collection with any of them.
   */
  static List<String> command(GraalPyInstall install, Path build, long memoryBytes, String cacheOption)
      throws IOException {
    List<String> command = new ArrayList<>();
    command.add(install.java().toString());
    command.add(cacheOption);
    command.add("-Xss64m");
    if (memoryBytes > 0) {
      command.add("-Xmx" + Math.max(64, memoryBytes / (1024 * 1024)) + "m");
    }
    command.add("-XX:+UseSerialGC");
    command.add("-Xlog:disable");
    command.add("-Xlog:all=warning:stderr");
    command.add("--enable-native-access=ALL-UNNAMED");
    if (install.jdkMajor() >= 24) {
      command.add("--sun-misc-unsafe-memory-access=allow");
    }
    command.add("-Dpolyglot.engine.WarnInterpreterOnly=false");
    command.add("-cp");
    command.add(build.resolve(GraalPyHostBuild.JAR) + File.pathSeparator + classPath(install.jars()));
    command.add(GraalPyHostBuild.MAIN_CLASS);
    return command;
  }

  static String classPath(List<Path> jars) {
    return jars.stream().map(Path::toString).collect(Collectors.joining(File.pathSeparator));
  }

  /** The heap the host was started with. */
  long memoryBytes() {
    return memoryBytes;
  }

  /**
   * Asks the host to run the script in {@code dir} and waits up to {@code limit} for its answer: the words after
   * {@code end}, or null when the limit passed, or {@code crash the GraalPy host exited...} when it died.
   */
  String run(Path dir, Duration limit) throws InterruptedException {
    try {
      requests.write(("run " + dir + "\n").getBytes(StandardCharsets.UTF_8));
      requests.flush();
    } catch (IOException e) {
      return died();
    }
    String answer = answer(limit);
    if (answer == null) {
      return null;
    }
    if (answer.equals(EOF)) {
      return died();
    }
    return answer.startsWith("end ") ? answer.substring(4) : "crash the GraalPy host said '" + answer + "'";
  }

  /** The host's own stderr so far (JVM warnings, a crash report), its last 64 KiB. */
  String stderr() {
    return stderr.text();
  }

  /** Kills the host and everything it started; only the first call acts. */
  void end() {
    process.end();
  }

  boolean alive() {
    return process.root().isAlive();
  }

  private String died() throws InterruptedException {
    process.root().waitFor(2, TimeUnit.SECONDS);
    String status = process.root().isAlive() ? "" : " with status " + process.root().exitValue();
    return "crash the GraalPy host exited" + status + " during the run";
  }

  private String answer(Duration limit) throws InterruptedException {
    return answers.poll(limit.toNanos(), TimeUnit.NANOSECONDS);
  }

  private void readAnswers() {
    try (BufferedReader in = new BufferedReader(
        new InputStreamReader(process.root().getInputStream(), StandardCharsets.UTF_8))) {
      String line;
      while ((line = in.readLine()) != null) {
        answers.add(line);
      }
    } catch (IOException e) {
      // The host is gone; EOF below says so.
    }
    answers.add(EOF);
  }
}
