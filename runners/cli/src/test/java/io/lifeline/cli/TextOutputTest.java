package io.lifeline.cli;

import static io.lifeline.cli.MainTest.fixture;
import static io.lifeline.cli.MainTest.lifeline;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The text output ends with what needs attention: a line per divergence the rules expect (in full with -v), then
 * the divergences they do not expect in full, then failures and errors with their diffs, then the load errors and
 * the summary, which counts files with load errors (a file over the size limit and an alias bomb are one
 * each: the oversized file is generated here, 3 MiB being too big to commit to the hostile folder).
 */
class TextOutputTest {

  private static final String[] ECHO = {"--real", "off", "--backend", "echo-new", "--backend", "echo-old",
      "--no-allure", "--no-matrix"};

  @TempDir
  Path tmp;

  private static String[] args(String... head) {
    List<String> all = new ArrayList<>(List.of(head));
    all.addAll(List.of(ECHO));
    return all.toArray(new String[0]);
  }

  /** A copy of the {@code fixture} case root's demo folder under {@code tmp/fixture}, with an empty lib/ beside it. */
  private Path copyOfFixture(String fixture) throws Exception {
    Path root = tmp.resolve(fixture);
    Files.createDirectories(root.resolve("lib"));
    Files.createDirectories(root.resolve("demo"));
    try (var files = Files.list(Path.of(fixture(fixture), "demo"))) {
      for (Path f : files.toList()) {
        Files.copy(f, root.resolve("demo").resolve(f.getFileName()));
      }
    }
    return root;
  }

  /**
   * The demo fixture plus a scenario whose one rule both echo backends are judged by, which the old one breaks
   * by swapping the tagged events: an unexpected divergence.
   */
  private Path cases() throws Exception {
    Path root = copyOfFixture("cases");
    Files.writeString(root.resolve("demo/same-rule.yaml"), """
        title: Both echo backends are promised one order
        source: |
          event("@swap1")
          event("@swap2")
        expect:
        - events: ['@swap1', '@swap2']
        """);
    return root;
  }

  @Test
  void expectedDivergencesAreOneLineAndTheUnexpectedOnesAndFailuresComeLast() throws Exception {
    MainTest.Run run = lifeline(args("run", cases().toString()));
    String out = run.out();

    assertThat(out).contains("expected divergence demo/diverge: 2 groups (echo-new | echo-old)\n")
        .doesNotContain("DIVERGENCE demo/diverge");
    assertThat(out).containsPattern("DIVERGENCE demo/same-rule: 2 groups\n  not expected: echo-new \\(group 1\\) and"
        + " echo-old \\(group 2\\) are judged by the same rule, \\S+same-rule.yaml:6:3 default\n");
    assertThat(out).doesNotContain("expected divergence demo/same-rule");
    List<Integer> order = List.of(out.indexOf("scenario "), out.indexOf("expected divergence demo/diverge"),
        out.indexOf("DIVERGENCE demo/same-rule"), out.indexOf("ERROR demo/raises [echo-new]"),
        out.indexOf("FAIL demo/same-rule [echo-old]"), out.indexOf("FAIL demo/wrong [echo-new]"),
        out.indexOf("6 passed, 2 failed, 1 errors, 1 skipped"));
    assertThat(order).as(out).doesNotContain(-1).isSorted();
    assertThat(out.strip()).endsWith("6 passed, 2 failed, 1 errors, 1 skipped");
    assertThat(run.code()).isEqualTo(Main.FAILED);
  }

  @Test
  void verboseShowsTheExpectedDivergencesInFull() throws Exception {
    MainTest.Run run = lifeline(args("run", cases().toString(), "-v"));

    assertThat(run.out()).contains("DIVERGENCE demo/diverge: 2 groups\n  group 1 (completed): echo-new\n"
        + "  group 2 (completed): echo-old\n  group 1 vs group 2:\n").doesNotContain("expected divergence");
    assertThat(run.out().indexOf("DIVERGENCE demo/diverge")).isLessThan(run.out().indexOf("DIVERGENCE demo/same-rule"));
  }

  @Test
  void theSummaryCountsFilesWithLoadErrorsAndAnAliasBombIsOneOfThem() throws Exception {
    Path root = copyOfFixture("broken");
    StringBuilder bomb = new StringBuilder("title: bomb\nsource: |\n  event('a')\nlaughs:\n  a0: &a0 [lol, lol]\n");
    for (int i = 1; i <= 9; i++) {
      bomb.append("  a").append(i).append(": &a").append(i).append(" [*a").append(i - 1).append(", *a")
          .append(i - 1).append("]\n");
    }
    Files.writeString(root.resolve("demo/bomb.yaml"), bomb);
    Path oversized = root.resolve("demo/oversized.yaml");
    Files.writeString(oversized, "title: big\nsource: |\n" + "  x = 1\n".repeat(3 * 1024 * 1024 / 8 + 1));

    MainTest.Run run = lifeline(args("run", root.toString()));

    assertThat(run.out()).containsOnlyOnce("bomb.yaml:6:").contains("YAML aliases (*a0) are not supported")
        .containsOnlyOnce("oversized.yaml")
        .contains("oversized.yaml: the file is " + Files.size(oversized) + " bytes, over the limit of 3145728 bytes")
        .contains("2 passed, 0 failed, 0 errors, 0 skipped, 4 files with load errors");
    assertThat(run.code()).isEqualTo(Main.USAGE);

    var json = lifeline(args("run", root.toString(), "--format", "json")).json();
    List<String> files = new ArrayList<>();
    json.get("loadErrors").forEach(e -> files.add(Path.of(e.get("file").asText()).getFileName().toString()));
    assertThat(files).filteredOn(f -> f.equals("bomb.yaml") || f.equals("oversized.yaml"))
        .containsExactlyInAnyOrder("bomb.yaml", "oversized.yaml");
    assertThat(json.get("results")).hasSize(2);
  }
}
