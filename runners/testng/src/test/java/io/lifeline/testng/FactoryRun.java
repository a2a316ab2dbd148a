package io.lifeline.testng;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.qameta.allure.Allure;
import io.qameta.allure.AllureLifecycle;
import io.qameta.allure.FileSystemResultsWriter;
import io.qameta.allure.testng.AllureTestNg;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.testng.ITestListener;
import org.testng.ITestResult;
import org.testng.TestNG;
import org.testng.xml.XmlClass;
import org.testng.xml.XmlSuite;
import org.testng.xml.XmlTest;

/** Runs {@link LifelineFactory} in a TestNG of its own, as a suite would, and collects what each test did. */
final class FactoryRun {
  private FactoryRun() {}

  /**
   * Each test's result by name, with {@code params} as the suite's parameters; with Allure's TestNG listener
   * writing into {@code allureResults} unless that is null. A test that reports twice fails the run.
   */
  static Map<String, ITestResult> run(Map<String, String> params, Path allureResults) {
    XmlSuite suite = new XmlSuite();
    suite.setName("lifeline");
    XmlTest test = new XmlTest(suite);
    test.setName("fixtures");
    test.setParameters(new java.util.HashMap<>(params));
    test.setXmlClasses(List.of(new XmlClass(LifelineFactory.class)));
    Map<String, ITestResult> results = new ConcurrentHashMap<>();
    TestNG tng = new TestNG(false);
    tng.setXmlSuites(List.of(suite));
    tng.setVerbose(0);
    AllureLifecycle previous = Allure.getLifecycle();
    if (allureResults != null) {
      AllureLifecycle lifecycle = new AllureLifecycle(new FileSystemResultsWriter(allureResults));
      Allure.setLifecycle(lifecycle);
      tng.addListener(new AllureTestNg(lifecycle));
    }
    tng.addListener(new ITestListener() {
      private void record(ITestResult r) {
        if (results.put(r.getTestName(), r) != null) {
          throw new AssertionError("more than one result for " + r.getTestName());
        }
      }

      @Override
      public void onTestSuccess(ITestResult r) {
        record(r);
      }

      @Override
      public void onTestFailure(ITestResult r) {
        record(r);
      }

      @Override
      public void onTestSkipped(ITestResult r) {
        record(r);
      }
    });
    try {
      tng.run();
    } finally {
      Allure.setLifecycle(previous);
    }
    return new TreeMap<>(results);
  }

  /** pass, fail (an assertion failed), error (anything else thrown) or skip. */
  static String verdict(ITestResult r) {
    return switch (r.getStatus()) {
      case ITestResult.SUCCESS -> "pass";
      case ITestResult.FAILURE -> r.getThrowable() instanceof AssertionError ? "fail" : "error";
      default -> "skip";
    };
  }

  /** The message of what a failed or skipped test threw, "" for a passed one. */
  static String message(ITestResult r) {
    return r.getThrowable() == null ? "" : String.valueOf(r.getThrowable().getMessage());
  }

  /** The Allure result called {@code name} among those written into {@code dir}. */
  static JsonNode allureResult(Path dir, String name) throws IOException {
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
