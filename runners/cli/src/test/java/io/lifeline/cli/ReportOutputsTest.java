package io.lifeline.cli;

import static io.lifeline.cli.MainTest.fixture;
import static io.lifeline.cli.MainTest.lifeline;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What {@code lifeline run} writes besides its output (Allure results, matrix page, JUnit XML), shards, and {@code lifeline report}. */
class ReportOutputsTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String[] ECHO = {"--real", "off", "--backend", "echo-new", "--backend", "echo-old"};

  @TempDir
  Path tmp;

  private static String[] with(String[] head, String... tail) {
    List<String> all = new ArrayList<>(List.of(head));
    all.addAll(List.of(ECHO));
    all.addAll(List.of(tail));
    return all.toArray(new String[0]);
  }

  private static List<String> resultNames(Path dir) throws Exception {
    List<String> names = new ArrayList<>();
    try (Stream<Path> files = Files.list(dir)) {
      for (Path f : files.filter(p -> p.toString().endsWith("-result.json")).toList()) {
        names.add(JSON.readTree(f.toFile()).get("name").asText());
      }
    }
    return names;
  }

  @Test
  void aRunWritesAllureResultsTheMatrixPageAndJunitXml() throws Exception {
    Path allure = tmp.resolve("allure");
    Path matrix = tmp.resolve("m/matrix.html");
    Path xml = tmp.resolve("xml");
    MainTest.Run run = lifeline(with(new String[] {"run", fixture("cases")}, "--allure", allure.toString(),
        "--matrix", matrix.toString(), "--junit-xml", xml.toString()));

    assertThat(run.code()).isEqualTo(Main.FAILED);
    assertThat(resultNames(allure)).contains("demo/diverge[echo-old]", "demo/wrong[echo-new]").hasSize(8);
    assertThat(allure.resolve("categories.json")).exists();
    assertThat(Files.readString(allure.resolve("environment.properties"))).contains("backends=echo-new, echo-old");
    String page = Files.readString(matrix);
    assertThat(page).contains("class=\"c fail\"", "class=\"c error\"", "class=\"c skip\"", "<template");
    String junit = Files.readString(xml.resolve("TEST-lifeline.xml"));
    assertThat(junit).contains("tests=\"8\"", "testcase name=\"demo/wrong[echo-new]\"", "<failure");
  }

  @Test
  void aSecondRunReplacesTheResultsOfTheFirst() throws Exception {
    Path allure = tmp.resolve("allure");
    lifeline(with(new String[] {"run", fixture("cases")}, "--allure", allure.toString(), "--no-matrix"));
    lifeline(with(new String[] {"run", fixture("cases")}, "--allure", allure.toString(), "--no-matrix"));
    assertThat(resultNames(allure)).hasSize(8);
  }

  @Test
  void aRunSaysWhatItWroteWhereAndWhenItReplacedAnEarlierRunsReports() throws Exception {
    Path allure = tmp.resolve("allure");
    Path matrix = tmp.resolve("matrix.html");
    String[] places = {"--allure", allure.toString(), "--matrix", matrix.toString()};

    MainTest.Run full = lifeline(with(new String[] {"run", fixture("cases")}, places));
    assertThat(full.out().strip()).endsWith("\nwrote " + matrix + " (4 scenarios x 2 backends), " + allure
        + "/ (8 Allure results; lifeline report turns them into HTML)");

    MainTest.Run one = lifeline(with(new String[] {"run", fixture("cases") + "/demo/agree.yaml"}, places));
    assertThat(one.out().strip()).endsWith("\nwrote " + matrix + " (1 scenario x 2 backends, replacing the earlier"
        + " page), " + allure + "/ (2 Allure results, replacing the earlier run's; lifeline report turns them into"
        + " HTML)");
    assertThat(resultNames(allure)).hasSize(2);

    MainTest.Run json = lifeline(with(new String[] {"run", fixture("cases"), "--format", "json"}, places));
    assertThat(json.out()).doesNotContain("wrote");
    assertThat(json.err()).contains("lifeline: wrote " + matrix + " (4 scenarios x 2 backends, replacing the"
        + " earlier page), " + allure + "/ (8 Allure results, replacing the earlier run's;");
  }

  @Test
  void shardsOneTwoThreeRunEveryScenarioBackendPairExactlyOnce() throws Exception {
    List<String> whole = pairs(lifeline(with(new String[] {"run", fixture("cases"), "--format", "json"},
        "--no-allure", "--no-matrix")).json());
    List<String> union = new ArrayList<>();
    for (int k = 1; k <= 3; k++) {
      MainTest.Run shard = lifeline(with(new String[] {"run", fixture("cases"), "--format", "json"},
          "--shard", k + "/3", "--no-allure", "--no-matrix"));
      union.addAll(pairs(shard.json()));
    }
    assertThat(whole).hasSize(8);
    assertThat(union).hasSameSizeAs(whole).containsExactlyInAnyOrderElementsOf(whole);
  }

  private static List<String> pairs(JsonNode root) {
    List<String> out = new ArrayList<>();
    root.get("results").forEach(r -> out.add(r.get("scenario").asText() + "[" + r.get("backend").asText() + "]"));
    return out;
  }

  @Test
  void aMalformedShardIsAUsageError() {
    assertThat(lifeline(with(new String[] {"run", fixture("cases")}, "--shard", "4/3")).code()).isEqualTo(Main.USAGE);
    assertThat(lifeline(with(new String[] {"run", fixture("cases")}, "--shard", "x")).code()).isEqualTo(Main.USAGE);
  }

  @Test
  void reportTurnsTheResultsOfAllShardsIntoOneAllureReportWhoseDivergingScenarioShowsSourceEventsAndDiff()
      throws Exception {
    assumeTrue(AllureCommandLine.find().isPresent(), "the Allure command line is not unpacked");
    Path shard1 = tmp.resolve("allure-1");
    Path shard2 = tmp.resolve("allure-2");
    Path out = tmp.resolve("report");
    lifeline(with(new String[] {"run", fixture("cases")}, "--shard", "1/2", "--allure", shard1.toString(),
        "--no-matrix"));
    lifeline(with(new String[] {"run", fixture("cases")}, "--shard", "2/2", "--allure", shard2.toString(),
        "--no-matrix"));

    MainTest.Run report = lifeline("report", "--results", shard1.toString(), "--results", shard2.toString(),
        "--out", out.toString());

    assertThat(report.code()).as(report.err()).isEqualTo(Main.OK);
    assertThat(out.resolve("index.html")).exists();
    JsonNode diverging = null;
    List<String> names = new ArrayList<>();
    try (Stream<Path> cases = Files.list(out.resolve("data/test-cases"))) {
      for (Path f : cases.toList()) {
        JsonNode n = JSON.readTree(f.toFile());
        names.add(n.get("name").asText());
        if (n.get("name").asText().equals("demo/diverge[echo-old]")) {
          diverging = n;
        }
      }
    }
    assertThat(names).hasSize(8).doesNotHaveDuplicates();
    assertThat(diverging).as("demo/diverge[echo-old] in the report").isNotNull();
    List<String> attachments = new ArrayList<>();
    String diffSource = null;
    for (JsonNode a : diverging.get("testStage").get("attachments")) {
      attachments.add(a.get("name").asText());
      if (a.get("type").asText().equals("text/html")) {
        diffSource = a.get("source").asText();
      }
    }
    assertThat(attachments).contains("Python source", "Actual events", "Expected rule");
    String diff = Files.readString(out.resolve("data/attachments").resolve(diffSource));
    assertThat(diff).contains("<th>echo-old</th><th>echo-new</th>", "class=\"differs\"", "▶", "@swap2");
    JsonNode categories = JSON.readTree(out.resolve("data/categories.json").toFile());
    assertThat(categories.toString()).contains("Expectation broken", "Scenario error");

    // The next report carries this one's history over, keyed by the stable history ids.
    assertThat(lifeline("report", "--results", shard1.toString(), "--results", shard2.toString(), "--out",
        out.toString()).code()).isEqualTo(Main.OK);
    assertThat(shard1.resolve("history/history.json")).exists();
    JsonNode history = JSON.readTree(out.resolve("history/history.json").toFile());
    assertThat(history.toString()).contains(io.lifeline.reports.allure.HistoryIds.of("demo/diverge", "echo-old"));
  }

  @Test
  void theServerServesTheReportFolderOnLoopbackOnly() throws Exception {
    Files.writeString(tmp.resolve("index.html"), "<p>hi</p>");
    try (ReportServer server = new ReportServer(tmp, 0)) {
      HttpClient http = HttpClient.newHttpClient();
      HttpResponse<String> index = http.send(HttpRequest.newBuilder(server.uri()).build(),
          HttpResponse.BodyHandlers.ofString());
      assertThat(index.statusCode()).isEqualTo(200);
      assertThat(index.body()).isEqualTo("<p>hi</p>");
      assertThat(index.headers().firstValue("Content-Type")).hasValue("text/html; charset=utf-8");
      HttpResponse<String> outside = http.send(HttpRequest.newBuilder(server.uri().resolve("/../etc/passwd"))
          .build(), HttpResponse.BodyHandlers.ofString());
      assertThat(outside.statusCode()).isEqualTo(404);
      assertThat(server.uri().getHost()).isEqualTo("127.0.0.1");
    }
  }

  @Test
  void reportWithoutResultsIsAUsageError() {
    assertThat(lifeline("report", "--results", tmp.resolve("none").toString()).code()).isEqualTo(Main.USAGE);
  }

}
