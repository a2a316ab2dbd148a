package io.lifeline.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.lifeline.differential.BackendCatalog;
import io.lifeline.scenario.BackendOptions;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.junit.jupiter.api.Test;

class MainTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  record Run(int code, String out, String err) {
    JsonNode json() throws Exception {
      return JSON.readTree(out);
    }
  }

  /**
   * A new scenario file {@code relative} (e.g. {@code fam/x.yaml}) with {@code text}, in a case root at
   * {@code tmp/cases} (made with its lib/ folder if missing).
   */
  static Path scenarioFile(Path tmp, String relative, String text) throws java.io.IOException {
    Path file = java.nio.file.Files.createDirectories(tmp.resolve("cases/lib")).resolveSibling(relative);
    java.nio.file.Files.createDirectories(file.getParent());
    return java.nio.file.Files.writeString(file, text);
  }

  static Run lifeline(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = new Main(new PrintWriter(out, true), new PrintWriter(err, true), false).run(args);
    return new Run(code, out.toString(), err.toString());
  }

  static String fixture(String name) {
    return Path.of(System.getProperty("lifeline.root"), "runners/junit-engine/src/test/resources/fixtures", name)
        .toString();
  }

  private static final String[] ECHO = {"--real", "off", "--backend", "echo-new", "--backend", "echo-old"};

  private static String[] args(String... head) {
    List<String> all = new ArrayList<>(List.of(head));
    all.addAll(List.of(ECHO));
    return all.toArray(new String[0]);
  }

  @Test
  void jsonHasExactlyTheDocumentedShapeAndNothingElseOnStdout() throws Exception {
    Run run = lifeline(args("run", fixture("cases"), "--format", "json"));

    JsonNode root = run.json();
    assertThat(fieldNames(root)).containsExactly("backends", "results", "summary", "loadErrors");
    assertThat(root.get("backends")).extracting(b -> b.get("name").asText()).containsExactly("echo-new", "echo-old");
    assertThat(root.get("backends").get(0).get("traits").get("version").asText()).isEqualTo("3.11");
    JsonNode first = root.get("results").get(0);
    assertThat(fieldNames(first)).containsExactly("scenario", "backend", "verdict", "status", "events", "expected");
    assertThat(verdicts(root)).containsExactly(
        "demo/agree echo-new pass", "demo/agree echo-old pass",
        "demo/diverge echo-new pass", "demo/diverge echo-old pass",
        "demo/raises echo-new error", "demo/raises echo-old skip",
        "demo/wrong echo-new fail", "demo/wrong echo-old pass");
    JsonNode summary = root.get("summary");
    assertThat(List.of(summary.get("pass").asInt(), summary.get("fail").asInt(), summary.get("error").asInt(),
        summary.get("skip").asInt())).containsExactly(5, 1, 1, 1);
    JsonNode raises = root.get("results").get(4);
    assertThat(raises.get("status").asText()).isEqualTo("error");
    assertThat(raises.get("events")).extracting(JsonNode::asText).containsExactly("x");
    assertThat(root.get("results").get(5).get("expected").isNull()).isTrue();
    assertThat(run.code()).isEqualTo(Main.FAILED);
  }

  @Test
  void textShowsTheMatrixTheFailingDiffAndTheDivergence() {
    Run run = lifeline(args("run", fixture("cases")));

    assertThat(run.out()).contains("[1] echo-new").contains("[2] echo-old");
    assertThat(run.out()).containsPattern("demo/wrong\\s+FAIL\\s+pass");
    assertThat(run.out()).containsPattern("demo/raises\\s+ERROR\\s+skip");
    assertThat(run.out()).contains("FAIL demo/wrong [echo-new]").contains("expected").contains("~  y");
    assertThat(run.out()).contains("expected divergence demo/diverge: 2 groups (echo-new | echo-old)");
    assertThat(run.out()).contains("5 passed, 1 failed, 1 errors, 1 skipped");
    assertThat(run.err()).contains("ran 8 tests");
    assertThat(run.code()).isEqualTo(Main.FAILED);
  }

  @Test
  void passingRunExitsZero() {
    Run run = lifeline(args("run", fixture("cases") + "/demo/agree.yaml", fixture("cases") + "/demo/diverge.yaml"));
    assertThat(run.out()).contains("4 passed, 0 failed, 0 errors, 0 skipped");
    assertThat(run.code()).isEqualTo(Main.OK);
  }

  @Test
  void brokenFilesAreLocatedLoadErrorsWhileTheRestStillRuns() throws Exception {
    Run run = lifeline(args("run", fixture("broken"), "--format", "json"));

    JsonNode root = run.json();
    assertThat(verdicts(root)).containsExactly("demo/agree echo-new pass", "demo/agree echo-old pass");
    List<String> errors = new ArrayList<>();
    root.get("loadErrors").forEach(e -> errors.add(
        Path.of(e.get("file").asText()).getFileName() + ":" + e.get("line").asInt() + ":" + e.get("column").asInt()
            + " " + e.get("message").asText()));
    assertThat(errors).anySatisfy(e -> assertThat(e).startsWith("bad-yaml.yaml:4:"));
    assertThat(errors).anySatisfy(e -> assertThat(e).startsWith("unquoted.yaml:5:19").contains("quote"));
    assertThat(run.err()).contains("bad-yaml.yaml:4:").contains("unquoted.yaml:5:19");
    assertThat(run.code()).isEqualTo(Main.USAGE);
  }

  @Test
  void usageErrorsExitTwo() {
    assertThat(lifeline(args("run", fixture("cases"), "--format", "xml")).code()).isEqualTo(Main.USAGE);
    Run unknown = lifeline("run", fixture("cases"), "--real", "off", "--backend", "cpython-2.7");
    assertThat(unknown.code()).isEqualTo(Main.USAGE);
    assertThat(unknown.err()).contains("no backend matches 'cpython-2.7'");
    assertThat(lifeline("run", "/no/such/dir", "--real", "off").code()).isEqualTo(Main.USAGE);
    assertThat(lifeline("frobnicate").code()).isEqualTo(Main.USAGE);
    assertThat(lifeline().code()).isEqualTo(Main.USAGE);
  }

  @Test
  void backendsListsNamesAndTraits() {
    Run run = lifeline("backends", "--real", "off");
    assertThat(run.out()).containsPattern("echo-new\\s+impl=echo version=3.11 kind=test");
    assertThat(run.code()).isZero();
  }

  @Test
  void realCpython310And311DivergeOnTheMovedArgumentScenario() {
    var real = BackendCatalog.discover(BackendOptions.DEFAULT).all().stream()
        .filter(b -> b.name().startsWith("real:cpython-3.10.") || b.name().startsWith("real:cpython-3.11."))
        .toList();
    assumeTrue(real.stream().anyMatch(b -> b.name().startsWith("real:cpython-3.10."))
        && real.stream().anyMatch(b -> b.name().startsWith("real:cpython-3.11.")), "needs real CPython 3.10 and 3.11");
    String scenario = Path.of(System.getProperty("lifeline.root"), "cases/calling-convention/moved-argument-rebound.yaml")
        .toString();

    String py310 = real.stream().filter(b -> b.name().startsWith("real:cpython-3.10.")).findFirst().orElseThrow().name();
    String py311 = real.stream().filter(b -> b.name().startsWith("real:cpython-3.11.")).findFirst().orElseThrow().name();

    Run run = lifeline("run", scenario, "--backend", py310, "--backend", py311, "-v");

    assertThat(run.out()).contains("DIVERGENCE calling-convention/moved-argument-rebound");
    assertThat(run.out()).containsPattern("group 1 \\(completed\\): real:cpython-3\\.10\\.\\d+\\n");
    assertThat(run.out()).containsPattern("group 2 \\(completed\\): real:cpython-3\\.11\\.\\d+");
    assertThat(run.out()).contains("group 1      | group 2").contains(">-  rebound      | \n")
        .contains(" +               | rebound").contains("after-call   | after-call");
    assertThat(run.code()).isZero();
  }

  private static List<String> fieldNames(JsonNode node) {
    List<String> names = new ArrayList<>();
    for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
      names.add(it.next());
    }
    return names;
  }

  private static List<String> verdicts(JsonNode root) {
    List<String> out = new ArrayList<>();
    root.get("results").forEach(r -> out.add(
        r.get("scenario").asText() + " " + r.get("backend").asText() + " " + r.get("verdict").asText()));
    return out;
  }
}
