package io.lifeline.testng;

import io.lifeline.junit.ResultEntries;
import io.lifeline.reports.allure.AllureCase;
import io.qameta.allure.Allure;
import io.qameta.allure.AllureLifecycle;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Hands a result to Allure when Allure's TestNG listener has a test result open on this thread (it starts one per
 * test method before the method runs); does nothing otherwise, so a suite without Allure runs the same.
 */
final class AllureBridge {
  private AllureBridge() {}

  /** The backends whose results went to Allure in this JVM, by name, for {@code environment.properties}. */
  private static final Map<String, Map<String, String>> BACKENDS = new ConcurrentHashMap<>();

  static void publish(ResultEntries.ScenarioInfo info, ResultEntries.Result result, ResultEntries.Groups groups) {
    AllureLifecycle lifecycle = Allure.getLifecycle();
    if (lifecycle.getCurrentTestCase().isPresent()) {
      BACKENDS.putIfAbsent(result.backend(), result.traits());
      AllureCase.apply(lifecycle, info, result, groups);
    }
  }

  static Map<String, Map<String, String>> backends() {
    return new TreeMap<>(BACKENDS);
  }
}
