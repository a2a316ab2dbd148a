package io.lifeline.reports.allure;

import io.lifeline.junit.Constants;
import io.lifeline.junit.ResultEntries;
import io.lifeline.junit.UniqueIds;
import io.qameta.allure.Allure;
import io.qameta.allure.AllureLifecycle;
import io.qameta.allure.util.PropertiesUtils;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.platform.engine.UniqueId;
import org.junit.platform.engine.reporting.ReportEntry;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.TestPlan;

/**
 * The adapter between the lifeline engine and Allure's JUnit Platform listener ({@code AllureJunitPlatform}), which
 * starts and stops a test result per platform test and reads tags and {@code allure.parameter} entries, but has no
 * way to take labels, links or attachments from report entries. This listener reads the engine's own entries
 * ({@link Constants#SCENARIO_ENTRY}, {@link Constants#GROUPS_ENTRY}, {@link Constants#RESULT_ENTRY}) and adds the
 * rest through {@link AllureCase}, on the test's own thread while Allure's test result is open. At the end of the
 * run it writes {@code categories.json} and {@code environment.properties}.
 *
 * <p>Registered through {@code ServiceLoader}, so a build with {@code allure-junit-platform} and this jar on the
 * test class path gets lifeline's Allure results with no code; the CLI registers both explicitly with one lifecycle.
 */
public final class LifelineAllureListener implements TestExecutionListener {

  private final AllureLifecycle lifecycle;
  private final Path resultsDir;
  private final Map<String, ResultEntries.ScenarioInfo> scenarios = new ConcurrentHashMap<>();
  private final Map<String, ResultEntries.Groups> groups = new ConcurrentHashMap<>();
  private final Map<String, Map<String, String>> backends = new ConcurrentHashMap<>();

  /** For {@code ServiceLoader}: Allure's shared lifecycle and its configured results folder. */
  public LifelineAllureListener() {
    this(Allure.getLifecycle(), Path.of(PropertiesUtils.loadAllureProperties()
        .getProperty("allure.results.directory", "allure-results")));
  }

  public LifelineAllureListener(AllureLifecycle lifecycle, Path resultsDir) {
    this.lifecycle = lifecycle;
    this.resultsDir = resultsDir;
  }

  @Override
  public void reportingEntryPublished(TestIdentifier id, ReportEntry entry) {
    Map<String, String> kv = entry.getKeyValuePairs();
    String scenario = UniqueIds.scenarioOf(UniqueId.parse(id.getUniqueId())).orElse(null);
    if (scenario == null) {
      return;
    }
    if (kv.containsKey(Constants.SCENARIO_ENTRY)) {
      scenarios.put(scenario, ResultEntries.parseScenario(kv.get(Constants.SCENARIO_ENTRY)));
    }
    if (kv.containsKey(Constants.GROUPS_ENTRY)) {
      groups.put(scenario, ResultEntries.parseGroups(kv.get(Constants.GROUPS_ENTRY)));
    }
    if (kv.containsKey(Constants.RESULT_ENTRY) && id.isTest()) {
      ResultEntries.Result r = ResultEntries.parseResult(kv.get(Constants.RESULT_ENTRY));
      backends.putIfAbsent(r.backend(), r.traits());
      AllureCase.apply(lifecycle, scenarios.get(scenario), r, groups.get(scenario));
    }
  }

  @Override
  public void testPlanExecutionFinished(TestPlan plan) {
    if (!backends.isEmpty()) {
      AllureRunFiles.write(resultsDir, new TreeMap<>(backends));
    }
  }
}
