package io.lifeline.reports;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.lifeline.junit.Constants;
import io.lifeline.reports.allure.AllureCase;
import io.lifeline.reports.allure.HistoryIds;
import io.lifeline.reports.allure.LifelineAllureListener;
import io.qameta.allure.AllureLifecycle;
import io.qameta.allure.FileSystemResultsWriter;
import io.qameta.allure.junitplatform.AllureJunitPlatform;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.engine.discovery.DiscoverySelectors;
import org.junit.platform.launcher.EngineFilter;
import org.junit.platform.launcher.core.LauncherConfig;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;

/**
 * The Allure results of a lifeline run made by Allure's own JUnit Platform listener and lifeline's adapter, as the
 * CLI and surefire register them: read back from the results folder.
 */
class AllureResultsTest {

  static final Path CASES = Path.of("src/test/resources/fixtures/cases").toAbsolutePath();
  static final ObjectMapper JSON = new ObjectMapper();

  @TempDir
  static Path results;

  static Map<String, JsonNode> byName;

  @BeforeAll
  static void run() throws Exception {
    AllureLifecycle lifecycle = new AllureLifecycle(new FileSystemResultsWriter(results));
    var request = LauncherDiscoveryRequestBuilder.request()
        .selectors(DiscoverySelectors.selectDirectory(CASES.toFile()))
        .filters(EngineFilter.includeEngines(Constants.ENGINE_ID))
        .configurationParameter(Constants.REAL, "off")
        .configurationParameter(Constants.BACKENDS, "echo-new,echo-old")
        .configurationParameter(Constants.JOBS, "2")
        .build();
    LauncherFactory.create(LauncherConfig.builder().enableTestExecutionListenerAutoRegistration(false).build())
        .execute(request, new AllureJunitPlatform(lifecycle), new LifelineAllureListener(lifecycle, results));
    byName = new java.util.HashMap<>();
    try (Stream<Path> files = Files.list(results)) {
      for (Path f : files.filter(p -> p.getFileName().toString().endsWith("-result.json")).toList()) {
        JsonNode n = JSON.readTree(f.toFile());
        byName.put(n.get("name").asText(), n);
      }
    }
  }

  private static List<String> labels(JsonNode result, String name) {
    List<String> out = new ArrayList<>();
    result.get("labels").forEach(l -> {
      if (l.get("name").asText().equals(name)) {
        out.add(l.get("value").asText());
      }
    });
    return out;
  }

  private static String attachment(JsonNode result, String name) throws Exception {
    for (JsonNode a : result.get("attachments")) {
      if (a.get("name").asText().equals(name)) {
        return Files.readString(results.resolve(a.get("source").asText()));
      }
    }
    throw new AssertionError("no attachment " + name + " in " + result.get("attachments"));
  }

  @Test
  void oneResultPerScenarioAndBackendNamedScenarioBracketBackend() {
    assertThat(byName.keySet()).containsExactlyInAnyOrder(
        "demo/swapped[echo-new]", "demo/swapped[echo-old]", "demo/raises[echo-new]", "demo/raises[echo-old]");
  }

  @Test
  void statusesFollowVerdicts() {
    assertThat(byName.get("demo/swapped[echo-new]").get("status").asText()).isEqualTo("passed");
    assertThat(byName.get("demo/swapped[echo-old]").get("status").asText()).isEqualTo("failed");
    assertThat(byName.get("demo/raises[echo-new]").get("status").asText()).isEqualTo("broken");
    assertThat(byName.get("demo/raises[echo-old]").get("status").asText()).isEqualTo("skipped");
  }

  @Test
  void familyIsTheFeatureScenarioTheStoryTagsAreTagsAndTheBackendAParameter() {
    JsonNode r = byName.get("demo/swapped[echo-old]");
    assertThat(labels(r, "feature")).containsExactly("demo");
    assertThat(labels(r, "story")).containsExactly("demo/swapped");
    assertThat(labels(r, "tag")).containsExactlyInAnyOrder("weakref", "ordering");
    assertThat(r.get("parameters")).hasSize(1);
    assertThat(r.get("parameters").get(0).get("name").asText()).isEqualTo("backend");
    assertThat(r.get("parameters").get(0).get("value").asText()).isEqualTo("echo-old");
  }

  @Test
  void linksAreResolved() {
    List<String> urls = new ArrayList<>();
    byName.get("demo/swapped[echo-old]").get("links").forEach(l -> urls.add(l.path("url").asText()));
    assertThat(urls).containsExactly("https://bugs.python.org/issue38006", "https://peps.python.org/pep-0442/",
        "https://example.org/lifeline");
  }

  @Test
  void historyIdsComeFromTheLifelineUniqueId() {
    JsonNode r = byName.get("demo/swapped[echo-old]");
    assertThat(HistoryIds.uniqueId("demo/swapped", "echo-old"))
        .isEqualTo("[engine:lifeline]/[scenario:demo%2Fswapped]/[backend:echo-old]");
    assertThat(r.get("historyId").asText()).isEqualTo(HistoryIds.of("demo/swapped", "echo-old")).hasSize(32);
  }

  @Test
  void attachmentsCarrySourceEventsRuleAndTheHighlightedDiff() throws Exception {
    JsonNode r = byName.get("demo/swapped[echo-old]");
    assertThat(attachment(r, AllureCase.SOURCE)).contains("event(\"@swap1\")");
    assertThat(attachment(r, AllureCase.EVENTS)).startsWith("start\n@swap2\n@swap1\nend\n");
    assertThat(attachment(r, AllureCase.RULE)).contains("expected events:\n  start\n  @swap1");
    String html = attachment(r, AllureCase.DIFF);
    assertThat(html).contains("<th>expected</th><th>echo-old</th>", "class=\"differs\"", "▶",
        "<th>echo-old</th><th>echo-new</th>");
  }

  @Test
  void aRunThatEndsOtherwiseThanTheRuleShowsBothEndsInTheDiff() throws Exception {
    String html = attachment(byName.get("demo/raises[echo-new]"), AllureCase.DIFF);
    assertThat(html).contains("&lt;completed&gt;", "&lt;error: KeyError&gt;");
  }

  @Test
  void categoriesAndEnvironmentAreWrittenBesideTheResults() throws Exception {
    String categories = Files.readString(results.resolve("categories.json"));
    assertThat(JSON.readTree(categories)).extracting(c -> c.get("name").asText()).containsExactly(
        "Regression against the baseline", "Known failure (baseline)", "Fixed since the baseline",
        "Backend diverges from its real interpreter", "Hang", "Backend crash", "Unsupported by the model", "Scenario error",
        "Expectation broken");
    String env = Files.readString(results.resolve("environment.properties"));
    assertThat(env).contains("backends=echo-new, echo-old", "echo-old=echo 3.10 (test)");
  }

  @Test
  void failureMessagesMatchTheirCategory() {
    String failed = byName.get("demo/swapped[echo-old]").get("statusDetails").get("message").asText();
    assertThat(failed).contains("events differ from the rule");
    String broken = byName.get("demo/raises[echo-new]").get("statusDetails").get("message").asText();
    assertThat(broken).doesNotContain("backend crashed", "got hang");
    assertThat(byName.values().stream().map(n -> n.get("fullName").asText()).collect(Collectors.toSet()))
        .contains("lifeline.demo/swapped[echo-old]");
  }
}
