package io.lifeline.cli;

import static io.lifeline.cli.MainTest.lifeline;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The gate for an interpreter under development, end to end: a real CPython poses as the development build
 * ({@code --python}), judged by a deliberately broken expectation set, so that some scenarios fail on it as a
 * not-yet-conformant build's would. The events asserted are what CPython emits for these programs (each emits its
 * events in program order; nothing here depends on when objects die).
 */
class BaselineGateTest {

  /** The "development build": a real CPython, found by pyenv. */
  static final Path PYTHON = Path.of(System.getProperty("user.home"), ".pyenv/versions/3.12.1/bin/python");
  static final String BACKEND = "real:cpython-3.12.1";

  @TempDir
  Path tmp;

  private Path cases;
  private Path baseline;

  @BeforeEach
  void suite() throws Exception {
    assumeTrue(Files.isExecutable(PYTHON), "no CPython 3.12.1 under pyenv");
    cases = Files.createDirectories(tmp.resolve("cases/lib")).getParent();
    baseline = tmp.resolve("ci/dev.baseline.yaml");
    scenario("passes", "event('a')\nevent('b')\n", "  - events: [a, b]\n");
    // Deliberately broken: CPython emits a then b.
    scenario("wrong-order", "event('a')\nevent('b')\n", "  - events: [b, a]\n");
    // Deliberately broken: the program raises KeyError where the rule expects it to complete.
    scenario("raises", "event('a')\n{}['k']\n", "  - events: [a]\n");
    // Deliberately broken partial-order rule.
    scenario("partial", "event('a')\nevent('b')\n", "  - order: ['b < a']\n");
  }

  private void scenario(String name, String source, String expect) throws Exception {
    Files.createDirectories(cases.resolve("gate"));
    Files.writeString(cases.resolve("gate/" + name + ".yaml"), "title: " + name + "\nsource: |\n"
        + source.indent(2) + "expect:\n" + expect);
  }

  private MainTest.Run run(String... extra) {
    List<String> args = new ArrayList<>(List.of("run", cases.toString(), "--real", "off", "--python",
        PYTHON.toString(), "--backend", "real", "--no-allure", "--no-matrix", "--jobs", "2"));
    args.addAll(List.of(extra));
    return lifeline(args.toArray(String[]::new));
  }

  @Test
  void writeThenGateThenRegressionThenFixed() throws Exception {
    MainTest.Run plain = run();
    assertThat(plain.code()).as(plain.out() + plain.err()).isEqualTo(Main.FAILED);

    MainTest.Run written = run("--write-baseline", baseline.toString());
    assertThat(written.code()).as(written.out() + written.err()).isZero();
    assertThat(written.out()).contains("wrote " + baseline + " (baseline, 3 entries)");
    String text = Files.readString(baseline);
    assertThat(text).contains("""
          - scenario: gate/raises
            backend: real:cpython-3.12.1
            verdict: error
            status: error
            errorType: KeyError
            events:
              - a
        """).contains("""
          - scenario: gate/wrong-order
            backend: real:cpython-3.12.1
            verdict: fail
            status: completed
            events:
              - a
              - b
        """).contains("""
            broken:
              - "b < a"
        """).doesNotContain("gate/passes").doesNotContain("yaml-language-server");
    MainTest.Run checked = lifeline("check", baseline.toString(), cases.toString());
    assertThat(checked.out()).as(checked.err()).isEqualTo("checked 5 files: 0 problems\n");
    // Against the project's cases/, which has no gate/ family, every entry names an unknown scenario.
    MainTest.Run elsewhere = lifeline("check", baseline.toString());
    assertThat(elsewhere.code()).isEqualTo(Main.USAGE);
    assertThat(elsewhere.out()).contains(baseline + ":4:5: no scenario 'gate/partial' in the cases checked; the entry"
        + " never applies").endsWith("checked 1 files: 3 problems\n");

    MainTest.Run gated = run("--baseline", baseline.toString());
    assertThat(gated.code()).as(gated.out()).isZero();
    assertThat(gated.out()).contains("KNOWN gate/wrong-order [" + BACKEND + "]: fail, completed [a, b]")
        .contains("against the baseline: 0 regressions, 0 fixed, 3 known failures")
        .doesNotContain("REGRESSION").doesNotContain("FAIL gate/");

    // A reason added by hand survives rewriting, and rewriting the same results changes nothing.
    Files.writeString(baseline, text.replace("""
              - b
        """, """
              - b
            reason: the development build runs them in program order
        """));
    String withReason = Files.readString(baseline);
    assertThat(run("--baseline", baseline.toString(), "--write-baseline", baseline.toString()).code()).isZero();
    assertThat(Files.readString(baseline)).isEqualTo(withReason);
    assertThat(run("--write-baseline", baseline.toString()).code()).isZero();
    assertThat(Files.readString(baseline)).isEqualTo(withReason);

    // Another wrong order is news: a regression, shown with its diff against the known outcome.
    scenario("wrong-order", "event('a')\nevent('c')\n", "  - events: [b, a]\n");
    MainTest.Run regressed = run("--baseline", baseline.toString());
    assertThat(regressed.code()).as(regressed.out()).isEqualTo(Main.FAILED);
    assertThat(regressed.out())
        .contains("REGRESSION gate/wrong-order [" + BACKEND + "]: known as fail completed [a, b], now fail"
            + " completed [a, c]")
        .containsPattern("baseline\\s+\\| now\\n\\s+a\\s+\\| a\\n\\s*>~\\s+b\\s+\\| c\\n")
        .contains("against the baseline: 1 regressions, 0 fixed, 2 known failures");
    JsonNode json = run("--baseline", baseline.toString(), "--format", "json").json();
    JsonNode wrong = result(json, "gate/wrong-order");
    assertThat(wrong.path("verdict").asText()).isEqualTo("fail");
    assertThat(wrong.at("/baseline/class").asText()).isEqualTo("regression");
    assertThat(wrong.at("/baseline/known/events").toString()).isEqualTo("[\"a\",\"b\"]");
    assertThat(wrong.at("/baseline/known/reason").asText())
        .isEqualTo("the development build runs them in program order");
    assertThat(wrong.at("/expected").toString()).isEqualTo("[\"b\",\"a\"]");
    assertThat(result(json, "gate/passes").at("/baseline/class").asText()).isEqualTo("none");
    assertThat(json.at("/summary/regressions").asInt()).isEqualTo(1);
    assertThat(json.at("/summary/known").asInt()).isEqualTo(2);
    assertThat(json.at("/summary/fail").asInt()).isEqualTo(2);

    // The build gets fixed where a scenario fails today: reported as fixed; only --strict fails on it.
    scenario("wrong-order", "event('a')\nevent('b')\n", "  - events: [b, a]\n");
    scenario("raises", "event('a')\n{}['k']\n", "  - events: [a]\n    error: KeyError\n");
    MainTest.Run fixed = run("--baseline", baseline.toString());
    assertThat(fixed.code()).as(fixed.out()).isZero();
    assertThat(fixed.out()).contains("FIXED gate/raises [" + BACKEND + "]: pass now, listed as error")
        .contains("against the baseline: 0 regressions, 1 fixed, 2 known failures");
    assertThat(run("--baseline", baseline.toString(), "--strict").code()).isEqualTo(Main.FAILED);
    assertThat(run("--baseline", baseline.toString(), "--write-baseline", baseline.toString()).code()).isZero();
    assertThat(Files.readString(baseline)).doesNotContain("gate/raises")
        .contains("reason: the development build runs them in program order");
    assertThat(run("--baseline", baseline.toString(), "--strict").code()).isZero();
  }

  @Test
  void aFamilyEntryCoversEveryBackendWhoseTraitsMatch() throws Exception {
    Files.createDirectories(baseline.getParent());
    Files.writeString(baseline, """
        known:
          - scenario: gate/wrong-order
            when: {impl: cpython, version: '>=3.12'}
            verdict: fail
            status: completed
            events: [a, b]
          - scenario: gate/raises
            when: {impl: cpython}
            verdict: error
            status: error
            errorType: KeyError
            events: [a]
          - scenario: gate/partial
            when: {impl: pypy}
            verdict: fail
            status: completed
            broken: ['b < a']
        """);
    MainTest.Run gated = run("--baseline", baseline.toString());
    assertThat(gated.code()).as(gated.out()).isEqualTo(Main.FAILED);
    assertThat(gated.out()).contains("KNOWN gate/wrong-order").contains("KNOWN gate/raises")
        .contains("REGRESSION gate/partial [" + BACKEND + "]: fail, and the baseline does not list it");
  }

  @Test
  void aBrokenBaselineIsAUsageErrorLocated() throws Exception {
    Files.createDirectories(baseline.getParent());
    Files.writeString(baseline, "known:\n  - scenario: gate/x\n    verdict: maybe\n");
    MainTest.Run broken = run("--baseline", baseline.toString());
    assertThat(broken.code()).isEqualTo(Main.USAGE);
    assertThat(broken.err()).contains(baseline + ":3:14: known[0].verdict must be one of fail, error, not 'maybe'");
    assertThat(lifeline("check", baseline.toString()).code()).isEqualTo(Main.USAGE);
    assertThat(run("--strict").code()).isEqualTo(Main.USAGE);
  }

  static JsonNode result(JsonNode run, String scenario) {
    for (JsonNode r : run.path("results")) {
      if (r.path("scenario").asText().equals(scenario)) {
        return r;
      }
    }
    throw new AssertionError("no result for " + scenario + " in " + run);
  }
}
