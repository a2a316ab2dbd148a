package io.lifeline.interpreter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.lifeline.scenario.Budget;
import io.lifeline.scenario.Outcome;
import io.lifeline.scenario.Scenario;
import io.lifeline.scenario.ScenarioLoader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;

/**
 * The test corpus: src/test/resources/programs/NAME.py with NAME.expected produced by real CPython 3.11. A program
 * whose header has a comment line {@code # includes: a.py, b.py} runs with those files of {@code programs/lib/}
 * prepended in that order, as a scenario's {@code includes} are (generate_expected.py does the same when it
 * records a program on a real interpreter).
 */
final class Programs {
  private static final Budget BUDGET = new Budget(Duration.ofSeconds(20), 1L << 30);
  private static final Pattern INCLUDES = Pattern.compile("(?m)^# includes: (.+)$");

  private Programs() {}

  /** One program and what real CPython 3.11 did with it. */
  record Program(String name, String source, List<String> events, String status, List<String> shutdown) {
    boolean comparesShutdown() {
      return source.contains("# compare-shutdown");
    }

    /** The expectation as one text: events, status and, if compared, the shutdown events. */
    String expectedText() {
      return String.join("\n", events) + "\n== status: " + status
          + (comparesShutdown() ? "\n== shutdown\n" + String.join("\n", shutdown) : "");
    }

    /** A model's outcome in the shape of {@link #expectedText()}. */
    String actualText(io.lifeline.scenario.Outcome o) {
      String st = o.status().wireName() + (o.errorType() == null ? "" : " " + o.errorType());
      return String.join("\n", o.events()) + "\n== status: " + st
          + (comparesShutdown() ? "\n== shutdown\n" + String.join("\n", o.shutdownEvents()) : "");
    }
  }

  static Path dir() {
    try {
      return Path.of(Programs.class.getResource("/programs").toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Every program (each has its NAME.expected). */
  static List<Program> all() {
    return withExpectations(".expected");
  }

  /** The programs that have a NAME + suffix expectation file (e.g. ".expected-3.12"), loaded with it. */
  static List<Program> withExpectations(String suffix) {
    try (Stream<Path> files = Files.list(dir())) {
      return files.filter(p -> p.toString().endsWith(".py"))
          .filter(p -> Files.exists(p.resolveSibling(p.getFileName().toString().replaceAll("\\.py$", suffix))))
          .sorted().map(p -> load(p, suffix)).toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * One test a program with a NAME + suffix expectation: {@code backend} emits exactly the recorded events and ends
   * the same way. {@code known} names the programs the model does not reproduce yet, each with why; {@code
   * expected} rewrites the recorded text where the model words something as another version does.
   */
  static Stream<DynamicTest> matching(ModelBackend backend, String suffix, Map<String, String> known,
      UnaryOperator<String> expected) {
    return withExpectations(suffix).stream().map(p -> DynamicTest.dynamicTest(p.name(), () -> {
      assumeTrue(!known.containsKey(p.name()), () -> "known gap: " + known.get(p.name()));
      Outcome o = backend.run(p.source(), BUDGET);
      assertThat(p.actualText(o))
          .as("%s on %s (detail: %s %s)", p.name(), backend.name(), o.errorMessage(), o.detail())
          .isEqualTo(expected.apply(p.expectedText()));
    }));
  }

  /** The same with every program expected to match as recorded. */
  static Stream<DynamicTest> matching(ModelBackend backend, String suffix) {
    return matching(backend, suffix, Map.of(), UnaryOperator.identity());
  }

  /** The scenario corpus (the repository's cases/); the test is skipped where there is none. */
  static List<Scenario> cases() {
    Path root = Path.of(System.getProperty("lifeline.root", "../..")).resolve("cases");
    assumeTrue(Files.isDirectory(root), "no cases/ directory at " + root);
    return new ScenarioLoader().loadRoot(root).scenarios();
  }

  /** {@code source} after the text of the {@code programs/lib/} files its {@code # includes:} line names. */
  static String withIncludes(Path py, String source) throws IOException {
    Matcher m = INCLUDES.matcher(source);
    if (!m.find()) {
      return source;
    }
    StringBuilder program = new StringBuilder();
    for (String name : m.group(1).split(",")) {
      program.append(Files.readString(py.resolveSibling("lib").resolve(name.strip())));
    }
    return program.append(source).toString();
  }

  /** Loads a program with the expectations in NAME + suffix (e.g. ".expected-3.10"). */
  static Program load(Path py, String suffix) {
    try {
      String name = py.getFileName().toString().replaceAll("\\.py$", "");
      String source = withIncludes(py, Files.readString(py));
      List<String> lines = Files.readAllLines(py.resolveSibling(name + suffix));
      List<String> events = new ArrayList<>();
      List<String> shutdown = new ArrayList<>();
      String status = null;
      boolean afterShutdown = false;
      for (String line : lines) {
        if (line.startsWith("== status: ")) {
          status = line.substring("== status: ".length());
        } else if (line.equals("== shutdown")) {
          afterShutdown = true;
        } else {
          (afterShutdown ? shutdown : events).add(line);
        }
      }
      return new Program(name, source, events, status, shutdown);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
