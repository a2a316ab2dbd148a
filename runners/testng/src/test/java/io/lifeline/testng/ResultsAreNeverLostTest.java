package io.lifeline.testng;

import static org.assertj.core.api.Assertions.assertThat;

import io.lifeline.differential.BackendCatalog;
import io.lifeline.junit.Constants;
import io.lifeline.scenario.BackendOptions;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import org.testng.ITestListener;
import org.testng.ITestResult;
import org.testng.TestNG;
import org.testng.annotations.Test;
import org.testng.xml.XmlClass;
import org.testng.xml.XmlSuite;
import org.testng.xml.XmlTest;

/**
 * Issue #16 under TestNG: one test result per (scenario, backend), whatever the program emits. A 50 MB event is
 * an error naming the limit; a program the models cannot run is skipped with the construct named, never passed.
 */
public class ResultsAreNeverLostTest {

  static final Path RESULTS = Path.of(System.getProperty("lifeline.root", "../.."),
      "runners/junit-engine/src/test/resources/fixtures/results").toAbsolutePath().normalize();

  /** Two models, and a real CPython 3.11 when this machine has one. */
  static String backends() {
    String models = "cpython-3.11,pypy-7.3.11";
    return BackendCatalog.discover(BackendOptions.DEFAULT).all().stream()
        .filter(b -> b.isReal() && b.traits().get("python").orElse("").startsWith("3.11."))
        .findFirst().map(b -> models + "," + b.name()).orElse(models);
  }

  @Test
  public void everyPairGetsOneTestResultWithItsVerdict() {
    String backends = backends();
    XmlSuite suite = new XmlSuite();
    suite.setName("results");
    XmlTest test = new XmlTest(suite);
    test.setName("results");
    test.setParameters(new java.util.HashMap<>(Map.of(Constants.CASES, RESULTS.toString(), Constants.REAL, "auto",
        Constants.BACKENDS, backends)));
    test.setXmlClasses(List.of(new XmlClass(LifelineFactory.class)));
    Map<String, String> verdicts = new ConcurrentHashMap<>();
    Map<String, String> messages = new ConcurrentHashMap<>();
    TestNG tng = new TestNG(false);
    tng.setXmlSuites(List.of(suite));
    tng.setVerbose(0);
    tng.addListener(new ITestListener() {
      private void record(ITestResult r, String verdict) {
        assertThat(verdicts.put(r.getTestName(), verdict)).as("one result for " + r.getTestName()).isNull();
        messages.put(r.getTestName(), r.getThrowable() == null ? "" : String.valueOf(r.getThrowable().getMessage()));
      }

      @Override
      public void onTestSuccess(ITestResult r) {
        record(r, "pass");
      }

      @Override
      public void onTestFailure(ITestResult r) {
        record(r, r.getThrowable() instanceof AssertionError ? "fail" : "error");
      }

      @Override
      public void onTestSkipped(ITestResult r) {
        record(r, "skip");
      }
    });
    tng.run();

    List<String> names = List.of(backends.split(","));
    Map<String, String> expected = new TreeMap<>();
    for (String b : names) {
      expected.put("results/huge-event[" + b + "]", "error");
      expected.put("results/plain[" + b + "]", "pass");
      expected.put("results/unsupported[" + b + "]", b.startsWith("real:") ? "pass" : "skip");
    }
    assertThat(new TreeMap<>(verdicts)).isEqualTo(expected);
    assertThat(messages.get("results/huge-event[cpython-3.11]"))
        .contains("event of 50000000 bytes exceeds the limit of 65536 bytes");
    assertThat(messages.get("results/unsupported[pypy-7.3.11]"))
        .isEqualTo("the model cannot run this program: bytearray() is not supported by the model (line 1, column 4)");
  }
}
