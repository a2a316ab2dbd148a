package io.lifeline.testng;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.lifeline.junit.Constants;
import io.lifeline.junit.ScenarioFault;
import io.lifeline.reports.allure.AllureCase;
import io.lifeline.reports.allure.HistoryIds;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.discovery.DiscoverySelectors;
import org.junit.platform.launcher.EngineFilter;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.core.LauncherConfig;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;
import org.opentest4j.AssertionFailedError;
import org.testng.annotations.Test;

/**
 * The same cases through TestNG (this module's factory) and through the JUnit Platform (the lifeline engine) give
 * the same verdict for every (scenario, backend), and TestNG's Allure results carry the same attachments.
 */
public class RunnersAgreeTest {

  static final Path CASES = Path.of(System.getProperty("lifeline.root", "../.."),
      "runners/junit-engine/src/test/resources/fixtures/cases").toAbsolutePath().normalize();
  static final Map<String, String> CONFIG = Map.of(Constants.CASES, CASES.toString(), Constants.REAL, "off",
      Constants.BACKENDS, "echo-new,echo-old");

  @Test
  public void testngAndTheJunitEngineGiveTheSameVerdicts() throws Exception {
    Map<String, String> testng = runTestNg(Files.createTempDirectory("lifeline-testng-allure"));
    Map<String, String> junit = runJunitPlatform();
    assertThat(testng).hasSize(8).isEqualTo(junit);
    assertThat(testng).containsEntry("demo/diverge[echo-old]", "pass").containsEntry("demo/wrong[echo-new]", "fail")
        .containsEntry("demo/raises[echo-new]", "error").containsEntry("demo/raises[echo-old]", "skip");
  }

  @Test
  public void testngEmitsAllureResultsWithTheSameAttachments() throws Exception {
    Path results = Files.createTempDirectory("lifeline-testng-allure");
    runTestNg(results);
    JsonNode wrong = FactoryRun.allureResult(results, "demo/wrong[echo-new]");
    assertThat(wrong.get("status").asText()).isEqualTo("failed");
    assertThat(wrong.get("historyId").asText()).isEqualTo(HistoryIds.of("demo/wrong", "echo-new"));
    List<String> attachments = new ArrayList<>();
    wrong.get("attachments").forEach(a -> attachments.add(a.get("name").asText()));
    assertThat(attachments).containsExactly(AllureCase.SOURCE, AllureCase.EVENTS, AllureCase.RULE, AllureCase.DIFF);
    List<String> labels = new ArrayList<>();
    wrong.get("labels").forEach(l -> labels.add(l.get("name").asText() + "=" + l.get("value").asText()));
    assertThat(labels).contains("feature=demo", "story=demo/wrong");
    assertThat(wrong.get("parameters").toString()).contains("\"backend\"", "echo-new");
  }

  /** Each test's verdict when TestNG runs the factory, with Allure's results written into {@code allureResults}. */
  static Map<String, String> runTestNg(Path allureResults) {
    Map<String, String> verdicts = new TreeMap<>();
    FactoryRun.run(CONFIG, allureResults).forEach((name, r) -> verdicts.put(name, FactoryRun.verdict(r)));
    return verdicts;
  }

  /** Runs the same cases through the JUnit Platform launcher and the lifeline engine. */
  static Map<String, String> runJunitPlatform() {
    Map<String, String> verdicts = new ConcurrentHashMap<>();
    var request = LauncherDiscoveryRequestBuilder.request()
        .selectors(DiscoverySelectors.selectDirectory(CASES.toFile()))
        .filters(EngineFilter.includeEngines(Constants.ENGINE_ID))
        .configurationParameters(CONFIG)
        .build();
    TestExecutionListener listener = new TestExecutionListener() {
      @Override
      public void executionFinished(TestIdentifier id, TestExecutionResult result) {
        if (!id.isTest()) {
          return;
        }
        String verdict = switch (result.getStatus()) {
          case SUCCESSFUL -> "pass";
          case ABORTED -> "skip";
          case FAILED -> result.getThrowable().orElse(null) instanceof AssertionFailedError ? "fail"
              : result.getThrowable().orElse(null) instanceof ScenarioFault ? "error" : "?";
        };
        verdicts.put(id.getLegacyReportingName(), verdict);
      }
    };
    LauncherFactory.create(LauncherConfig.builder().enableTestExecutionListenerAutoRegistration(false).build())
        .execute(request, listener);
    return new TreeMap<>(verdicts);
  }
}
