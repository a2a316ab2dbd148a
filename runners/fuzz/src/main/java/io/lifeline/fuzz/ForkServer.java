package io.lifeline.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.lifeline.real.RunProcesses;
import io.lifeline.scenario.Outcome;
import io.lifeline.scenario.Status;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * One fork-server process of one real interpreter: {@code fork_server.py} (in this package's resources) started
 * once with the interpreter's isolation flags in an empty temporary folder, under the same {@code ulimit -v} as
 * {@link io.lifeline.real.RealInterpreterBackend}. It reads one JSON request per line and forks a child per
 * program, so a program costs a fork instead of an interpreter start, and programs share nothing.
 *
 * <p>Not thread-safe: one request at a time ({@link ForkServerBackend} pools servers). A server that dies, or
 * does not answer within the program's budget plus {@link #GRACE}, is killed; the request is reported as a
 * crash and the next request starts a new process. Stopping a server kills it and every process it or its
 * programs started ({@link RunProcesses}).
 */
final class ForkServer implements AutoCloseable {
  static final String SCRIPT = "fork_server.py";
  /** How long past a program's own time limit the server may take to answer (its fork, its json). */
  static final Duration GRACE = Duration.ofSeconds(5);

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final ScheduledExecutorService WATCHDOG = Executors.newSingleThreadScheduledExecutor(r -> {
    Thread t = new Thread(r, "lifeline-fork-server-watchdog");
    t.setDaemon(true);
    return t;
  });

  private final List<String> command;
  private Path dir;
  private RunProcesses processes;
  private Process process;
  private BufferedWriter in;
  private BufferedReader out;

  /** @param interpreterCommand the interpreter and its isolation flags, e.g. {@code [/usr/bin/python3.11, -I]} */
  ForkServer(List<String> interpreterCommand, long memoryBytes) {
    List<String> c = new ArrayList<>();
    c.add("/bin/sh");
    c.add("-c");
    c.add((memoryBytes > 0 ? "ulimit -v " + Math.max(1, memoryBytes / 1024) + " || exit 125; " : "")
        + "exec \"$0\" \"$@\"");
    c.addAll(interpreterCommand);
    this.command = c;
  }

  /**
   * Runs {@code program} in a forked child; never throws. With {@code shutdown} the child finalizes the
   * interpreter after the body (recording shutdown events); without, it exits at once.
   */
  Outcome run(String program, Duration timeLimit, boolean shutdown) {
    long start = System.nanoTime();
    ObjectNode request = JSON.createObjectNode();
    request.put("op", "run").put("source", program).put("timeout", timeLimit.toMillis() / 1000.0)
        .put("shutdown", shutdown);
    try {
      JsonNode reply = exchange(request, timeLimit.plus(GRACE));
      return outcome(reply, Duration.ofNanos(System.nanoTime() - start));
    } catch (IOException | RuntimeException e) {
      stop();
      return Outcome.crash(List.of(), "fork server failed: " + e.getMessage(), "", Duration.ofNanos(System.nanoTime() - start));
    }
  }

  /** Null when {@code program} compiles on this interpreter, else the SyntaxError's message. */
  String compileError(String program) throws IOException {
    ObjectNode request = JSON.createObjectNode();
    request.put("op", "compile").put("source", program);
    JsonNode reply = exchange(request, GRACE);
    return reply.path("ok").asBoolean() ? null : reply.path("message").asText();
  }

  private JsonNode exchange(ObjectNode request, Duration answerWithin) throws IOException {
    if (process == null || !process.isAlive()) {
      start();
    }
    Process current = process;
    ScheduledFuture<?> kill = WATCHDOG.schedule(current::destroyForcibly, answerWithin.toMillis(), TimeUnit.MILLISECONDS);
    try {
      in.write(JSON.writeValueAsString(request));
      in.write('\n');
      in.flush();
      String line = out.readLine();
      if (line == null) {
        throw new IOException(current.isAlive() ? "no answer" : "the server exited or did not answer in time");
      }
      return JSON.readTree(line);
    } finally {
      kill.cancel(false);
    }
  }

  private void start() throws IOException {
    stop();
    dir = Files.createTempDirectory("lifeline-fork-server-");
    Path script = dir.resolve(SCRIPT);
    try (InputStream s = ForkServer.class.getResourceAsStream(SCRIPT)) {
      if (s == null) {
        throw new UncheckedIOException(new IOException("missing resource " + SCRIPT));
      }
      Files.copy(s, script);
    }
    Path work = Files.createDirectory(dir.resolve("cwd"));
    List<String> c = new ArrayList<>(command);
    c.add(script.toString());
    processes = RunProcesses.start(new ProcessBuilder(c)
        .directory(work.toFile())
        .redirectError(ProcessBuilder.Redirect.to(new File("/dev/null"))));
    process = processes.root();
    in = new BufferedWriter(new OutputStreamWriter(process.getOutputStream(), StandardCharsets.UTF_8));
    out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
  }

  private void stop() {
    if (processes != null) {
      processes.end();
      processes = null;
      process = null;
    }
    if (dir != null) {
      try (var files = Files.walk(dir)) {
        files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      } catch (IOException | RuntimeException e) {
        // Left in the temporary folder.
      }
      dir = null;
    }
  }

  @Override
  public void close() {
    stop();
  }

  private static Outcome outcome(JsonNode reply, Duration elapsed) {
    Status status = Status.fromWireName(reply.path("status").asText());
    return new Outcome(strings(reply.path("events")), status, text(reply.path("errorType")),
        text(reply.path("errorMessage")), strings(reply.path("shutdown")), reply.path("detail").asText(""), elapsed);
  }

  private static String text(JsonNode n) {
    return n.isNull() || n.isMissingNode() ? null : n.asText();
  }

  private static List<String> strings(JsonNode array) {
    List<String> out = new ArrayList<>();
    array.forEach(n -> out.add(n.asText()));
    return out;
  }
}
