package io.lifeline.cli;

import io.lifeline.differential.Shard;
import io.lifeline.junit.Constants;
import io.lifeline.junit.LifelineTestEngine;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.platform.engine.DiscoverySelector;
import org.junit.platform.engine.discovery.DiscoverySelectors;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.core.LauncherConfig;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;

/** Runs scenarios through the JUnit Platform launcher, on the lifeline engine only: the CLI's one execution path. */
final class PlatformRun {

  /**
   * What to run.
   *
   * @param paths scenario files or folders
   * @param backendSelectors {@code --backend} values
   * @param real {@code auto} or {@code off}
   * @param pythons interpreters added by hand
   * @param jobs scenarios at once
   * @param timeoutSeconds wall-clock budget of one backend run
   * @param runs runs of each (scenario, backend)
   * @param shard the slice of the scenarios to run, {@code K/N}
   * @param traceRefs whether backends record why each event happened
   * @param baseline the baseline of known results, or null
   */
  record Request(List<Path> paths, List<String> backendSelectors, String real, List<Path> pythons, int jobs,
      long timeoutSeconds, int runs, Shard shard, boolean traceRefs, Path baseline) {}

  /**
   * Environment variables naming an Allure test plan, which Allure's post-discovery filter (registered as a
   * service by allure-junit-platform) reads to run only the tests the plan lists.
   */
  private static final List<String> ALLURE_TEST_PLAN = List.of("ALLURE_TESTPLAN_PATH", "AS_TESTPLAN_PATH");

  private PlatformRun() {}

  static void execute(Request request, List<TestExecutionListener> listeners) {
    List<DiscoverySelector> selectors = request.paths().stream()
        .map(p -> p.toFile().isDirectory()
            ? (DiscoverySelector) DiscoverySelectors.selectDirectory(p.toFile())
            : DiscoverySelectors.selectFile(p.toFile()))
        .toList();
    Map<String, String> config = new HashMap<>();
    config.put(Constants.BACKENDS, String.join(",", request.backendSelectors()));
    config.put(Constants.REAL, request.real());
    config.put(Constants.PYTHONS, request.pythons().stream().map(Path::toString).collect(Collectors.joining(",")));
    config.put(Constants.JOBS, Integer.toString(request.jobs()));
    config.put(Constants.TIMEOUT_SECONDS, Long.toString(request.timeoutSeconds()));
    config.put(Constants.VERIFY, Integer.toString(request.runs()));
    config.put(Constants.TRACE_REFS, Boolean.toString(request.traceRefs()));
    config.put(Constants.SHARD, request.shard().toString());
    if (request.baseline() != null) {
      config.put(Constants.BASELINE, request.baseline().toString());
    }
    LauncherDiscoveryRequest discovery = LauncherDiscoveryRequestBuilder.request()
        .selectors(selectors)
        .filters(org.junit.platform.launcher.EngineFilter.includeEngines(Constants.ENGINE_ID))
        .configurationParameters(config)
        .build();
    LauncherConfig launcherConfig = LauncherConfig.builder()
        .enableTestEngineAutoRegistration(false)
        .addTestEngines(new LifelineTestEngine())
        .enableLauncherSessionListenerAutoRegistration(false)
        .enableLauncherDiscoveryListenerAutoRegistration(false)
        .enablePostDiscoveryFilterAutoRegistration(allureTestPlan())
        .enableTestExecutionListenerAutoRegistration(false)
        .build();
    LauncherFactory.create(launcherConfig)
        .execute(discovery, listeners.toArray(new TestExecutionListener[0]));
  }

  /**
   * Whether the launcher loads the post-discovery filters registered as services: only Allure's is, and it filters
   * by a test plan only when one is named, yet making it sets up a JSON mapper on the main thread (a tenth of a
   * one-scenario run), so it is loaded only then. The engine is given, not looked up, and no other kind of launcher
   * service is registered in the CLI's jar.
   */
  private static boolean allureTestPlan() {
    return ALLURE_TEST_PLAN.stream().anyMatch(v -> System.getenv(v) != null);
  }
}
