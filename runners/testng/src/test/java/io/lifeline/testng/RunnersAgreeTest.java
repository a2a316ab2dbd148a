package io.lifeline.testng;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.lifeline.junit.Constants;
import io.lifeline.junit.ScenarioFault;
import io.lifeline.reports.allure.AllureCase;
import io.lifeline.reports.allure.HistoryIds;
import io.qameta.allure.Allure;
import io.qameta.allure.AllureLifecycle;
import io.qameta.allure.FileSystemResultsWriter;
import io.qameta.allure.testng.AllureTestNg;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.discovery.DiscoverySelectors;
import org.junit.platform.launcher.EngineFilter;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.core.LauncherConfig;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;
import org.opentest4j.AssertionFailedError;
import org.testng.ITestListener;
import org.testng.ITestResult;
import org.testng.TestNG;
import org.testng.annotations.Test;
import org.testng.xml.XmlClass;
import org.testng.xml.XmlSuite;
import org.testng.xml.XmlTest;

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
    JsonNode wrong = null;
    try (Stream<Path> files = Files.list(results)) {
      for (Path f : files.filter(p -> p.toString().endsWith("-result.json")).toList()) {
        JsonNode n = new ObjectMapper().readTree(f.toFile());
        if (n.get("name").asText().equals("demo/wrong[echo-new]")) {
          wrong = n;
        }
      }
    }
    assertThat(wrong).as("Allure result of demo/wrong[echo-new]").isNotNull();
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

  /** Runs the factory in a TestNG of its own, with Allure's TestNG listener writing into {@code allureResults}. */
  static Map<String, String> runTestNg(Path allureResults) {
    XmlSuite suite = new XmlSuite();
    suite.setName("agree");
    XmlTest test = new XmlTest(suite);
    test.setName("fixtures");
    test.setParameters(new java.util.HashMap<>(CONFIG));
    test.setXmlClasses(List.of(new XmlClass(LifelineFactory.class)));
    Map<String, String> verdicts = new ConcurrentHashMap<>();
    AllureLifecycle previous = Allure.getLifecycle();
    AllureLifecycle lifecycle = new AllureLifecycle(new FileSystemResultsWriter(allureResults));
    Allure.setLifecycle(lifecycle);
    try {
      TestNG tng = new TestNG(false);
      tng.setXmlSuites(List.of(suite));
      tng.setVerbose(0);
      tng.addListener(new AllureTestNg(lifecycle));
      tng.addListener(new ITestListener() {
        @Override
        public void onTestSuccess(ITestResult r) {
          verdicts.put(r.getTestName(), "pass");
        }

        @Override
        public void onTestFailure(ITestResult r) {
          verdicts.put(r.getTestName(), r.getThrowable() instanceof AssertionError ? "fail" : "error");
        }

        @Override
        public void onTestSkipped(ITestResult r) {
          verdicts.put(r.getTestName(), "skip");
        }
      });
      tng.run();
    } finally {
      Allure.setLifecycle(previous);
    }
    return new TreeMap<>(verdicts);
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
