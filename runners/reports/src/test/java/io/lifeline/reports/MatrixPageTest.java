package io.lifeline.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.lifeline.differential.AlignedDiff;
import io.lifeline.junit.ResultEntries.Group;
import io.lifeline.junit.ResultEntries.Groups;
import io.lifeline.junit.ResultEntries.Result;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The matrix page: its order and summary as text, and its behaviour in headless Chromium. */
class MatrixPageTest {

  static Map<String, String> traits(String impl, String version, String kind) {
    Map<String, String> t = new LinkedHashMap<>();
    t.put("impl", impl);
    t.put("version", version);
    t.put("kind", kind);
    return t;
  }

  static final List<MatrixColumns.Backend> BACKENDS = List.of(
      new MatrixColumns.Backend("real:cpython-3.11.7", traits("cpython", "3.11.7", "real")),
      new MatrixColumns.Backend("real:cpython-3.10.13", traits("cpython", "3.10.13", "real")),
      new MatrixColumns.Backend("real:pypy-7.3.11", traits("pypy", "7.3.11", "real")),
      new MatrixColumns.Backend("cpython-3.11", traits("cpython", "3.11", "model")),
      new MatrixColumns.Backend("cpython-3.10", traits("cpython", "3.10", "model")));

  static Result result(String scenario, String backend, String verdict, String status, List<String> events,
      List<String> expected) {
    AlignedDiff diff = expected == null ? null : AlignedDiff.of("expected", expected, backend, events);
    String reason = switch (verdict) {
      case "pass" -> "";
      case "skip" -> "no rule matches";
      default -> "events differ from the rule";
    };
    return new Result(scenario, backend, verdict, status, null, null, events, expected, List.of(),
        scenario + ".yaml:5:3 default", reason, diff == null ? null : diff.render(), 12, "", null, List.of(), null,
        false, List.of(), Map.of(), diff, reason, expected == null ? null : "completed", null);
  }

  static MatrixPage.Input input() {
    List<Result> results = new ArrayList<>();
    Map<String, Groups> groups = new LinkedHashMap<>();
    List<String> moved = List.of("callback", "rebound", "after-call");
    List<String> held = List.of("rebound", "callback", "after-call");
    List<String> pypy = List.of("rebound", "after-call");
    String s = "calling-convention/moved-argument-rebound";
    results.add(result(s, "real:cpython-3.11.7", "pass", "completed", moved, moved));
    results.add(result(s, "cpython-3.11", "fail", "completed", held, moved));
    results.add(result(s, "real:cpython-3.10.13", "pass", "completed", held, held));
    results.add(result(s, "cpython-3.10", "pass", "completed", held, held));
    results.add(result(s, "real:pypy-7.3.11", "pass", "completed", pypy, pypy));
    groups.put(s, new Groups(List.of(
        new Group(List.of("cpython-3.10", "cpython-3.11", "real:cpython-3.10.13"), "completed", held),
        new Group(List.of("real:cpython-3.11.7"), "completed", moved),
        new Group(List.of("real:pypy-7.3.11"), "completed", pypy)), List.of()));
    String g = "generator/closed-on-last-reference";
    List<String> closed = List.of("GeneratorExit", "dropped");
    for (MatrixColumns.Backend b : BACKENDS) {
      boolean hang = b.name().equals("cpython-3.10");
      results.add(result(g, b.name(), b.name().contains("pypy") ? "skip" : hang ? "fail" : "pass",
          hang ? "hang" : "completed", hang ? List.of("GeneratorExit") : closed,
          b.name().contains("pypy") ? null : closed));
    }
    groups.put(g, new Groups(List.of(new Group(List.of("real:cpython-3.11.7"), "completed", closed),
        new Group(List.of("cpython-3.10"), "hang: 10s wall clock", List.of("GeneratorExit"))), List.of()));
    return new MatrixPage.Input(BACKENDS, results, groups,
        Map.of(s, "A keyword argument is released when the callee rebinds its parameter"));
  }

  @Test
  void columnsPutEachModelNextToItsRealInterpreter() {
    assertThat(MatrixColumns.order(BACKENDS)).extracting(MatrixColumns.Backend::name).containsExactly(
        "cpython-3.10", "real:cpython-3.10.13", "cpython-3.11", "real:cpython-3.11.7", "real:pypy-7.3.11");
  }

  @Test
  void theSummaryRowGivesEachBackendsPassRateWithoutSkips() {
    String html = MatrixPage.render(input());
    assertThat(html).contains("<td class=\"sum\">50%<br><small>1/2</small></td>",
        "<td class=\"sum\">100%<br><small>1/1</small></td>");
    assertThat(html).doesNotContain("http://", "https://", "<link", "src=");
    assertThat(html).contains("moved-argument-rebound <span class=\"div\"", "◆ 3 groups");
  }

  /** The result with a baseline class and why, as the engine publishes it. */
  private static Result gated(Result r, String kind, String why) {
    return new Result(r.scenario(), r.backend(), r.verdict(), r.status(), r.errorType(), r.errorMessage(), r.events(),
        r.expected(), r.shutdown(), r.rule(), r.reason(), r.diff(), r.elapsedMillis(), r.detail(), r.constraints(),
        r.gcCollects(), r.runs(), r.unstable(), r.outcomes(), r.traits(), r.alignedDiff(), why, r.expectedEnd(),
        new io.lifeline.junit.ResultEntries.Gate(kind, why, null, null));
  }

  @Test
  void knownFailuresAreMarkedApartFromNewOnes() {
    List<Result> results = List.of(
        gated(result("w/known", "real:pypy-7.3.11", "fail", "completed", List.of("b", "a"), List.of("a", "b")),
            "known", "known failure (baseline): fail, completed [b, a]; gh-1"),
        gated(result("w/new", "real:pypy-7.3.11", "fail", "completed", List.of("b", "a"), List.of("a", "b")),
            "regression", "regression against the baseline: fail, and the baseline does not list it"),
        gated(result("w/fixed", "real:pypy-7.3.11", "pass", "completed", List.of("a"), List.of("a")),
            "fixed", "fixed since the baseline: pass now"));
    String html = MatrixPage.render(new MatrixPage.Input(BACKENDS, results, Map.of(), Map.of()));
    assertThat(html).contains("class=\"c fail known\" data-detail=\"d1\"")
        .contains("title=\"known failure (baseline): fail, completed [b, a]; gh-1\" tabindex=\"0\">known fail</td>")
        .contains("class=\"c fail regression\" data-detail=\"d2\"")
        .contains("tabindex=\"0\">fail <b>new</b></td>")
        .contains("class=\"c pass fixed\"").contains(">fixed</td>")
        .contains("against the baseline: ")
        .contains("<p class=\"ll-reason ll-gate\"><b>regression against the baseline: fail, and the baseline does"
            + " not list it</b></p>");
    assertThat(MatrixPage.render(input())).doesNotContain("against the baseline").doesNotContain(" known\"");
  }

  @Test
  void anUnsupportedResultHasItsOwnCellAndIsLeftOutOfThePassRate() {
    String s = "bytes/bytearray";
    List<Result> results = new ArrayList<>();
    results.add(result(s, "real:cpython-3.11.7", "pass", "completed", List.of("a"), List.of("a")));
    results.add(result(s, "cpython-3.11", "unsupported", "unsupported", List.of(), List.of("a")));
    results.add(result("bytes/plain", "cpython-3.11", "pass", "completed", List.of("a"), List.of("a")));
    String html = MatrixPage.render(new MatrixPage.Input(BACKENDS, results, Map.of(), Map.of()));
    assertThat(html).contains("data-backend=\"cpython-3.11\" tabindex=\"0\">unsupported</td>");
    assertThat(html).contains("<td class=\"sum\">100%<br><small>1/1</small><br><small class=\"unsup\">1"
        + " unsupported</small></td>");
  }

  @Test
  void aFailingCellShowsItsDiffWhenClickedInHeadlessChromium() throws Exception {
    var chromium = HeadlessChromium.binary();
    assumeTrue(chromium.isPresent(), "no chromium on this machine");
    Path page = Path.of("target/matrix-test/matrix.html").toAbsolutePath();
    Files.createDirectories(page.getParent());
    Files.writeString(page, MatrixPage.render(input()));

    try (HeadlessChromium browser = new HeadlessChromium(chromium.get(), 1400, 900)) {
      browser.open(page.toUri());
      assertThat(browser.eval("document.getElementById('detail').hidden").asBoolean()).isTrue();
      assertThat(browser.eval("document.querySelectorAll('#matrix td.c.fail').length").asInt()).isEqualTo(1);
      assertThat(browser.eval("document.querySelectorAll('#matrix td.c.hang').length").asInt()).isEqualTo(1);

      browser.eval("document.querySelector('#matrix td.c.fail').click()");

      assertThat(browser.eval("document.getElementById('detail').hidden").asBoolean()).isFalse();
      String detail = browser.eval("document.getElementById('detail').innerText").asText();
      assertThat(detail).contains("calling-convention/moved-argument-rebound [cpython-3.11]: fail",
          "Against the expectation", "Against the other backends (3 groups)");
      assertThat(browser.eval("document.querySelectorAll('#detail td.differs').length").asInt()).isPositive();
      assertThat(browser.eval("document.querySelectorAll('#detail tr.first').length").asInt()).isEqualTo(2);
      assertThat(browser.eval("getComputedStyle(document.querySelector('#detail td.differs')).backgroundColor")
          .asText()).isEqualTo("rgb(255, 227, 224)");
      Files.write(Path.of("target/matrix-page.png"), browser.screenshot());
    }
  }
}
