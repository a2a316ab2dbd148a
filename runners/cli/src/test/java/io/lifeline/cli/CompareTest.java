package io.lifeline.cli;

import static io.lifeline.cli.MainTest.lifeline;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code lifeline compare} on the JSON outputs of two real interpreters, and of a build that regressed. */
class CompareTest {

  private static final com.fasterxml.jackson.databind.ObjectMapper JSON =
      new com.fasterxml.jackson.databind.ObjectMapper();

  @TempDir
  Path tmp;

  private static Path python(String version) {
    Path p = Path.of(System.getProperty("user.home"), ".pyenv/versions/" + version + "/bin/python");
    assumeTrue(Files.isExecutable(p), "no CPython " + version + " under pyenv");
    return p;
  }

  private Path runJson(Path cases, Path python, String name) throws Exception {
    MainTest.Run run = lifeline("run", cases.toString(), "--real", "off", "--python", python.toString(),
        "--backend", "real", "--format", "json", "--no-allure", "--no-matrix", "--jobs", "2");
    assertThat(run.code()).as(run.err()).isIn(Main.OK, Main.FAILED);
    Path out = tmp.resolve(name + ".json");
    Files.writeString(out, run.out());
    return out;
  }

  /** What a reader of the two documents sees differ, per scenario: verdict, status, error type, events. */
  private static TreeSet<String> differing(Path before, Path after) throws Exception {
    Map<String, String> old = new HashMap<>();
    for (JsonNode r : JSON.readTree(before.toFile()).path("results")) {
      old.put(r.path("scenario").asText(), outcome(r));
    }
    TreeSet<String> out = new TreeSet<>();
    for (JsonNode r : JSON.readTree(after.toFile()).path("results")) {
      String was = old.get(r.path("scenario").asText());
      if (was != null && !was.equals(outcome(r))) {
        out.add(r.path("scenario").asText());
      }
    }
    return out;
  }

  private static String outcome(JsonNode r) {
    return r.path("verdict").asText() + " " + r.path("status").asText() + " " + r.path("errorType").asText() + " "
        + r.path("events") + " " + r.path("constraints");
  }

  @Test
  void twoInterpretersDifferExactlyWhereTheirOutcomesDo() throws Exception {
    Path cases = Path.of(System.getProperty("lifeline.root"), "cases", "calling-convention");
    Path old = runJson(cases, python("3.10.13"), "cpython-3.10");
    Path now = runJson(cases, python("3.11.7"), "cpython-3.11");
    TreeSet<String> expected = differing(old, now);
    // The calling-convention change of 3.11 (arguments moved into the frame) is the point of these scenarios.
    assertThat(expected).contains("calling-convention/moved-argument");

    MainTest.Run json = lifeline("compare", old.toString(), now.toString(), "--format", "json");
    assertThat(json.code()).as(json.out() + json.err()).isZero();
    JsonNode doc = json.json();
    TreeSet<String> listed = new TreeSet<>();
    doc.path("changes").forEach(c -> listed.add(c.path("scenario").asText()));
    assertThat(listed).isEqualTo(expected);
    assertThat(doc.path("changes")).allSatisfy(c -> assertThat(c.path("kind").asText()).isEqualTo("changed"));
    assertThat(doc.at("/pairs/real:cpython-3.10.13").asText()).isEqualTo("real:cpython-3.11.7");

    MainTest.Run text = lifeline("compare", old.toString(), now.toString());
    assertThat(text.code()).isZero();
    assertThat(text.out()).startsWith("compared real:cpython-3.10.13 -> real:cpython-3.11.7\n")
        .contains("CHANGED calling-convention/moved-argument [real:cpython-3.10.13 -> real:cpython-3.11.7]: pass"
            + " (completed) -> pass (completed)\n")
        .contains("before       | after")
        .contains(expected.size() + " changed\n");
  }

  @Test
  void aBuildThatRegressedExitsOne() throws Exception {
    Path file = MainTest.scenarioFile(tmp, "gate/order.yaml",
        "title: order\nsource: |\n  event('a')\n  event('b')\nexpect:\n  - events: [a, b]\n");
    Path cases = file.getParent().getParent();
    Path good = runJson(cases, python("3.12.1"), "good");
    Files.writeString(file, "title: order\nsource: |\n  event('b')\n  event('a')\nexpect:\n  - events: [a, b]\n");
    Path bad = runJson(cases, python("3.12.1"), "bad");
    MainTest.Run regressed = lifeline("compare", good.toString(), bad.toString());
    assertThat(regressed.code()).isEqualTo(Main.FAILED);
    assertThat(regressed.out()).contains("REGRESSION gate/order [real:cpython-3.12.1]: pass (completed) -> fail"
        + " (completed)").contains("1 regressions, 0 fixed, 0 changed");
    MainTest.Run healed = lifeline("compare", bad.toString(), good.toString());
    assertThat(healed.code()).isZero();
    assertThat(healed.out()).contains("FIXED gate/order");
    assertThat(lifeline("compare", file.toString(), good.toString()).code()).isEqualTo(Main.USAGE);
  }
}
