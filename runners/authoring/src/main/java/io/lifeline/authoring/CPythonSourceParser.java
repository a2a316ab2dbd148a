package io.lifeline.authoring;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import io.lifeline.real.RealInterpreterBackend;
import io.lifeline.scenario.Backend;
import io.lifeline.scenario.Scenario;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Parses programs with a real CPython: one process compiles every program ({@code compile(program, id, 'exec')})
 * and answers with the syntax errors as JSON. Nothing is executed. The newest CPython found is used, so syntax
 * that only newer releases accept still parses.
 */
public final class CPythonSourceParser implements SourceParser {

  private static final ObjectMapper JSON = new ObjectMapper();

  /** Reads [[id, program], ...] on stdin, prints [[id, line, message], ...] for programs that do not compile. */
  private static final String SCRIPT = String.join("\n",
      "import sys, json",
      "out = []",
      "for id, program in json.load(sys.stdin):",
      "    try:",
      "        compile(program, id, 'exec', dont_inherit=True)",
      "    except SyntaxError as e:",
      "        out.append([id, e.lineno or 0, type(e).__name__ + ': ' + str(e.msg)])",
      "    except (ValueError, TypeError) as e:",
      "        out.append([id, 0, type(e).__name__ + ': ' + str(e)])",
      "json.dump(out, sys.stdout)",
      "");

  private final Path executable;
  private final List<String> flags;
  private final String name;

  public CPythonSourceParser(Path executable, List<String> flags, String name) {
    this.executable = executable;
    this.flags = List.copyOf(flags);
    this.name = name;
  }

  /** A parser using the newest real CPython among {@code backends}, if there is one. */
  public static Optional<SourceParser> newest(List<? extends Backend> backends) {
    return backends.stream()
        .filter(b -> b instanceof RealInterpreterBackend && b.traits().impl().equals("cpython"))
        .map(b -> (RealInterpreterBackend) b)
        .max(Comparator.comparing(b -> WhenSynthesis.versionKey(b.traits().version())))
        .map(b -> new CPythonSourceParser(b.executable(), b.isolationFlags(),
            "CPython " + b.traits().version() + " compile()"));
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public List<Problem> parse(List<Scenario> scenarios) {
    ArrayNode input = JSON.createArrayNode();
    scenarios.forEach(s -> input.addArray().add(s.id()).add(s.program()));
    List<String> command = new ArrayList<>();
    command.add(executable.toString());
    command.addAll(flags);
    command.add("-c");
    command.add(SCRIPT);
    try {
      Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
      try (OutputStream in = process.getOutputStream()) {
        in.write(JSON.writeValueAsBytes(input));
      }
      byte[] output;
      try (InputStream out = process.getInputStream()) {
        output = out.readAllBytes();
      }
      if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
        process.destroyForcibly();
        throw new IllegalStateException(name + " failed to parse the programs (exit status "
            + (process.isAlive() ? "none: timed out" : process.exitValue()) + ")");
      }
      List<Problem> problems = new ArrayList<>();
      for (JsonNode p : JSON.readTree(new String(output, StandardCharsets.UTF_8))) {
        problems.add(new Problem(p.get(0).asText(), p.get(1).asInt(), p.get(2).asText()));
      }
      return problems;
    } catch (IOException e) {
      throw new IllegalStateException(name + " could not be run: " + e.getMessage(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(name + " was interrupted", e);
    }
  }
}
