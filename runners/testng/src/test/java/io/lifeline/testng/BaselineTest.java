package io.lifeline.testng;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.lifeline.junit.Constants;
import io.qameta.allure.Allure;
import io.qameta.allure.AllureLifecycle;
import io.qameta.allure.FileSystemResultsWriter;
import io.qameta.allure.testng.AllureTestNg;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.testng.ITestListener;
import org.testng.ITestResult;
import org.testng.TestNG;
import org.testng.annotations.Test;
import org.testng.xml.XmlClass;
import org.testng.xml.XmlSuite;
import org.testng.xml.XmlTest;

/**
 * The TestNG factory honours {@code lifeline.baseline} as the JUnit engine does: on the fixture cases echo-new
 * fails demo/wrong (x where its rule wants y) and errors on demo/raises (KeyError where completion is expected).
 */
public class BaselineTest {

  @Test
  public void knownFailuresSkipWithTheReasonRegressionsFailAndFixesPass() throws Exception {
    Path dir = Files.createTempDirectory("lifeline-testng-baseline");
    Path baseline = dir.resolve("echo.baseline.yaml");
    Files.writeString(baseline, """
        known:
          - scenario: demo/wrong
            backend: echo-new
            verdict: fail
            status: completed
            events: [x]
            reason: the new echo emits x
          - scenario: demo/raises
            when: {impl: echo}
            verdict: fail
            status: completed
            events: [x]
          - scenario: demo/agree
            backend: echo-old
            verdict: fail
            status: completed
            events: [b, a]
        """);
    Path allure = Files.createDirectories(dir.resolve("allure"));
    Map<String, String> params = new HashMap<>(RunnersAgreeTest.CONFIG);
    params.put(Constants.BASELINE, baseline.toString());
    Map<String, String> outcomes = run(params, allure);

    assertThat(outcomes.get("demo/wrong[echo-new]"))
        .startsWith("skip: known failure (baseline): fail, completed [x]; the new echo emits x");
    assertThat(outcomes.get("demo/raises[echo-new]"))
        .startsWith("error: regression against the baseline: known as fail completed [x], now error error: KeyError");
    assertThat(outcomes.get("demo/agree[echo-old]")).isEqualTo("pass");
    // demo/raises has no rule for echo-old (a skip), but the baseline lists it: its entry is stale.
    assertThat(outcomes.get("demo/raises[echo-old]")).startsWith("skip: fixed since the baseline: skip now");
    assertThat(outcomes.get("demo/wrong[echo-old]")).isEqualTo("pass");

    JsonNode known = allureResult(allure, "demo/wrong[echo-new]");
    assertThat(known.path("status").asText()).isEqualTo("skipped");
    assertThat(known.at("/statusDetails/known").asBoolean()).isTrue();
    assertThat(known.at("/statusDetails/message").asText()).startsWith("known failure (baseline)");
    JsonNode fixed = allureResult(allure, "demo/agree[echo-old]");
    assertThat(fixed.path("status").asText()).isEqualTo("passed");
    assertThat(fixed.at("/statusDetails/message").asText()).startsWith("fixed since the baseline: pass now");
  }

  /** Runs the factory with {@code params}; each test's outcome, with the message of a skip or failure. */
  private static Map<String, String> run(Map<String, String> params, Path allure) {
    XmlSuite suite = new XmlSuite();
    suite.setName("baseline");
    XmlTest test = new XmlTest(suite);
    test.setName("fixtures");
    test.setParameters(params);
    test.setXmlClasses(List.of(new XmlClass(LifelineFactory.class)));
    Map<String, String> outcomes = new ConcurrentHashMap<>();
    AllureLifecycle previous = Allure.getLifecycle();
    AllureLifecycle lifecycle = new AllureLifecycle(new FileSystemResultsWriter(allure));
    Allure.setLifecycle(lifecycle);
    try {
      TestNG tng = new TestNG(false);
      tng.setXmlSuites(List.of(suite));
      tng.setVerbose(0);
      tng.addListener(new AllureTestNg(lifecycle));
      tng.addListener(new ITestListener() {
        @Override
        public void onTestSuccess(ITestResult r) {
          outcomes.put(r.getTestName(), "pass");
        }

        @Override
        public void onTestFailure(ITestResult r) {
          outcomes.put(r.getTestName(), (r.getThrowable() instanceof AssertionError ? "fail: " : "error: ")
              + r.getThrowable().getMessage());
        }

        @Override
        public void onTestSkipped(ITestResult r) {
          outcomes.put(r.getTestName(), "skip: " + r.getThrowable().getMessage());
        }
      });
      tng.run();
    } finally {
      Allure.setLifecycle(previous);
    }
    return outcomes;
  }

  private static JsonNode allureResult(Path dir, String name) throws Exception {
    try (Stream<Path> files = Files.list(dir)) {
      for (Path f : files.filter(p -> p.toString().endsWith("-result.json")).toList()) {
        JsonNode n = new ObjectMapper().readTree(f.toFile());
        if (n.path("name").asText().equals(name)) {
          return n;
        }
      }
    }
    throw new AssertionError("no Allure result named " + name);
  }
}
