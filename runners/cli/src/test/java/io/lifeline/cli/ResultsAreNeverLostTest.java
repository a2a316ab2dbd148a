package io.lifeline.cli;

import static io.lifeline.cli.MainTest.fixture;
import static io.lifeline.cli.MainTest.lifeline;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.lifeline.differential.BackendCatalog;
import io.lifeline.junit.Constants;
import io.lifeline.junit.ResultEntries;
import io.lifeline.scenario.BackendOptions;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.engine.ConfigurationParameters;
import org.junit.platform.engine.TestDescriptor;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.UniqueId;
import org.junit.platform.engine.reporting.ReportEntry;
import org.junit.platform.engine.support.descriptor.AbstractTestDescriptor;
import org.junit.platform.engine.support.descriptor.EngineDescriptor;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.TestPlan;

/**
 * Issue #16: {@code lifeline run} reports exactly one result per (scenario, backend), in text and JSON, whatever
 * the program emits (a 50 MB event is an error naming the limit) and whether or not a model can run it (a
 * program using {@code complex()} is {@code unsupported} on the models, never a pass); a pair that reported
 * nothing is an error saying so.
 */
class ResultsAreNeverLostTest {

  private static final List<String> BACKENDS = backends();

  /** Two models, and a real CPython 3.11 when this machine has one. */
  private static List<String> backends() {
    List<String> names = new ArrayList<>(List.of("cpython-3.11", "pypy-7.3.11"));
    BackendCatalog.discover(BackendOptions.DEFAULT).all().stream()
        .filter(b -> b.isReal() && b.traits().get("python").orElse("").startsWith("3.11."))
        .findFirst().ifPresent(b -> names.add(b.name()));
    return names;
  }

  private static String[] run(String... extra) {
    List<String> args = new ArrayList<>(List.of("run", fixture("results"), "--no-allure", "--no-matrix"));
    BACKENDS.forEach(b -> args.addAll(List.of("--backend", b)));
    args.addAll(List.of(extra));
    return args.toArray(new String[0]);
  }

  private static String expectedVerdict(String scenario, String backend) {
    return switch (scenario) {
      case "results/huge-event" -> "error";
      case "results/plain" -> "pass";
      case "results/unsupported" -> backend.startsWith("real:") ? "pass" : "unsupported";
      default -> throw new AssertionError(scenario);
    };
  }

  @Test
  void jsonHasOneResultPerPairWithItsVerdictAndWhyItEndedSo() throws Exception {
    MainTest.Run run = lifeline(run("--format", "json"));
    JsonNode root = run.json();
    Map<String, JsonNode> byPair = new HashMap<>();
    for (JsonNode r : root.get("results")) {
      String pair = r.get("scenario").asText() + "[" + r.get("backend").asText() + "]";
      assertThat(byPair.put(pair, r)).as("one result for " + pair).isNull();
      assertThat(r.get("verdict").asText()).as(pair)
          .isEqualTo(expectedVerdict(r.get("scenario").asText(), r.get("backend").asText()));
    }
    assertThat(byPair).hasSize(3 * BACKENDS.size());
    JsonNode huge = byPair.get("results/huge-event[cpython-3.11]");
    assertThat(huge.get("status").asText()).isEqualTo("crash");
    assertThat(huge.get("errorMessage").asText()).isEqualTo("event of 50000000 bytes exceeds the limit of 65536 bytes");
    assertThat(huge.get("events")).extracting(JsonNode::asText).containsExactly("before");
    JsonNode unsupported = byPair.get("results/unsupported[pypy-7.3.11]");
    assertThat(unsupported.get("status").asText()).isEqualTo("unsupported");
    assertThat(unsupported.get("errorType").asText()).isEqualTo("NotImplementedError");
    assertThat(unsupported.get("errorMessage").asText())
        .isEqualTo("the built-in name complex is not supported by the model (line 1, column 4)");
    assertThat(byPair.get("results/plain[cpython-3.11]").has("errorType")).isFalse();
    JsonNode summary = root.get("summary");
    assertThat(summary.get("pass").asInt()).isEqualTo(BACKENDS.size() + BACKENDS.size() - 2);
    assertThat(summary.get("error").asInt()).isEqualTo(BACKENDS.size());
    assertThat(summary.get("unsupported").asInt()).isEqualTo(2);
    assertThat(summary.get("fail").asInt() + summary.get("skip").asInt()).isZero();
    assertThat(run.code()).isEqualTo(Main.FAILED);
  }

  @Test
  void textShowsEveryPairInTheMatrixAndCountsUnsupportedApart() {
    MainTest.Run run = lifeline(run());
    String out = run.out();
    for (String scenario : List.of("results/huge-event", "results/plain", "results/unsupported")) {
      Matcher row = Pattern.compile("(?m)^" + Pattern.quote(scenario) + " +(.*)$").matcher(out);
      assertThat(row.find()).as(scenario + " row").isTrue();
      List<String> cells = List.of(row.group(1).trim().split(" +"));
      List<String> expected = BACKENDS.stream().map(b -> switch (expectedVerdict(scenario, b)) {
        case "error" -> "ERROR";
        case "unsupported" -> "unsup";
        default -> "pass";
      }).toList();
      assertThat(cells).as(scenario).isEqualTo(expected);
    }
    int n = BACKENDS.size();
    assertThat(out).contains((2 * n - 2) + " passed, 0 failed, " + n + " errors, 0 skipped, 2 unsupported");
    assertThat(out).contains("UNSUPPORTED results/unsupported [cpython-3.11]: the built-in name complex is not supported by the"
        + " model (line 1, column 4)");
    assertThat(out).contains("ERROR results/huge-event [cpython-3.11]: backend crashed: event of 50000000 bytes"
        + " exceeds the limit of 65536 bytes");
    assertThat(run.code()).isEqualTo(Main.FAILED);
  }

  @Test
  void jsonSaysWhyAHangACrashAndAnErrorEnded(@TempDir Path root) throws Exception {
    Files.createDirectories(root.resolve("lib"));
    Files.createDirectories(root.resolve("ends"));
    Files.writeString(root.resolve("ends/hangs.yaml"), "title: Hangs\nsource: |\n  event(\"a\")\n  hang()\n"
        + "expect:\n- events: [a]\n");
    Files.writeString(root.resolve("ends/crashes.yaml"), "title: Crashes\nsource: |\n  crash()\n"
        + "expect:\n- events: []\n");
    Files.writeString(root.resolve("ends/raises.yaml"), "title: Raises\nsource: |\n  raise KeyError\n"
        + "expect:\n- events: []\n");
    JsonNode results = lifeline("run", root.toString(), "--format", "json", "--real", "off", "--backend",
        "echo-new", "--no-allure", "--no-matrix").json().get("results");
    Map<String, JsonNode> byScenario = new HashMap<>();
    results.forEach(r -> byScenario.put(r.get("scenario").asText(), r));
    JsonNode hang = byScenario.get("ends/hangs");
    assertThat(hang.get("status").asText()).isEqualTo("hang");
    assertThat(hang.get("reason").asText()).isEqualTo("10s wall clock");
    assertThat(hang.has("errorType")).isFalse();
    JsonNode crash = byScenario.get("ends/crashes");
    assertThat(crash.get("errorMessage").asText()).isEqualTo("killed by signal 9 (SIGKILL)");
    JsonNode error = byScenario.get("ends/raises");
    assertThat(error.get("verdict").asText()).isEqualTo("error");
    assertThat(error.get("errorType").asText()).isEqualTo("KeyError");
    assertThat(error.has("errorMessage")).isTrue();
  }

  @Test
  void unsupportedAloneDoesNotFailTheRun() {
    List<String> args = new ArrayList<>(List.of("run", fixture("results") + "/results/unsupported.yaml",
        fixture("results") + "/results/plain.yaml", "--no-allure", "--no-matrix", "--real", "off",
        "--backend", "cpython-3.11"));
    MainTest.Run run = lifeline(args.toArray(new String[0]));
    assertThat(run.out()).contains("1 passed, 0 failed, 0 errors, 0 skipped, 1 unsupported");
    assertThat(run.code()).isEqualTo(Main.OK);
  }

  @Test
  void aPairThatReportedNothingOrAnUnreadableResultIsAnErrorSayingSo() {
    EngineDescriptor engine = new EngineDescriptor(UniqueId.forEngine(Constants.ENGINE_ID), "lifeline");
    Node scenario = new Node(engine.getUniqueId().append("scenario", "s/a"), "s/a", TestDescriptor.Type.CONTAINER);
    engine.addChild(scenario);
    Node[] tests = new Node[3];
    for (int i = 0; i < 3; i++) {
      tests[i] = new Node(scenario.getUniqueId().append("backend", "b" + i), "b" + i, TestDescriptor.Type.TEST);
      scenario.addChild(tests[i]);
    }
    TestPlan plan = TestPlan.from(List.of(engine), new NoConfiguration());
    ResultCollector collector = new ResultCollector(new ProgressBar(new PrintWriter(new StringWriter()), false, true));
    collector.testPlanExecutionStarted(plan);
    collector.reportingEntryPublished(TestIdentifier.from(tests[0]), ReportEntry.from(Constants.RESULT_ENTRY,
        ResultEntries.unreportable("s/a", "b0", "stand-in").replace("\"error\"", "\"pass\"")));
    collector.reportingEntryPublished(TestIdentifier.from(tests[1]),
        ReportEntry.from(Constants.RESULT_ENTRY, "{not json"));
    collector.executionFinished(TestIdentifier.from(scenario),
        TestExecutionResult.failed(new IllegalStateException("boom")));
    collector.testPlanExecutionFinished(plan);

    RunResults results = collector.results(List.of("b0", "b1", "b2"));
    assertThat(results.results()).extracting(r -> r.backend() + " " + r.verdict())
        .containsExactly("b0 pass", "b1 error", "b2 error");
    assertThat(results.results().get(1).errorMessage())
        .startsWith("no result reported: its result entry could not be read: ");
    assertThat(results.results().get(2).errorMessage())
        .isEqualTo("no result reported: its container s/a failed: java.lang.IllegalStateException: boom");
    assertThat(results.results().get(2).scenario()).isEqualTo("s/a");
    assertThat(results.exitCode()).isEqualTo(Main.FAILED);
  }

  private static final class Node extends AbstractTestDescriptor {
    private final Type type;

    Node(UniqueId id, String name, Type type) {
      super(id, name);
      this.type = type;
    }

    @Override
    public Type getType() {
      return type;
    }
  }

  private static final class NoConfiguration implements ConfigurationParameters {
    @Override
    public Optional<String> get(String key) {
      return Optional.empty();
    }

    @Override
    public Optional<Boolean> getBoolean(String key) {
      return Optional.empty();
    }

    @Override
    @SuppressWarnings("deprecation")
    public int size() {
      return 0;
    }

    @Override
    public Set<String> keySet() {
      return Set.of();
    }
  }
}
