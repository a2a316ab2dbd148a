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

  /**
   * The backends whose results went to each Allure lifecycle, by name, for {@code environment.properties}; keyed
   * by lifecycle so a TestNG run nested in another (as in tests) does not mix its backends into the outer run's.
   */
  private static final Map<AllureLifecycle, Map<String, Map<String, String>>> BACKENDS =
      java.util.Collections.synchronizedMap(new java.util.IdentityHashMap<>());

  static void publish(ResultEntries.ScenarioInfo info, ResultEntries.Result result, ResultEntries.Groups groups) {
    AllureLifecycle lifecycle = Allure.getLifecycle();
    if (lifecycle.getCurrentTestCase().isPresent()) {
      BACKENDS.computeIfAbsent(lifecycle, k -> new ConcurrentHashMap<>())
          .putIfAbsent(result.backend(), result.traits());
      AllureCase.apply(lifecycle, info, result, groups);
    }
  }

  /** The backends seen by Allure's current lifecycle. */
  static Map<String, Map<String, String>> backends() {
    return new TreeMap<>(BACKENDS.getOrDefault(Allure.getLifecycle(), Map.of()));
  }
}
