package io.lifeline.cli;

import io.lifeline.junit.Constants;
import io.lifeline.junit.ResultEntries;
import io.lifeline.junit.UniqueIds;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.reporting.ReportEntry;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.TestPlan;

/**
 * Listens to a launcher run: decodes the engine's report entries and drives the progress display. Every
 * (scenario, backend) test of the plan yields exactly one result: one whose entry cannot be read, or that never
 * published one (it was skipped by the platform, its scenario container failed, the engine died), becomes an
 * {@code error} result saying so ("no result reported: ...") rather than going missing.
 */
final class ResultCollector implements TestExecutionListener {

  private final ProgressBar progress;
  private final ConcurrentLinkedQueue<ResultEntries.Result> results = new ConcurrentLinkedQueue<>();
  private final Map<String, ResultEntries.Groups> groups = new ConcurrentHashMap<>();
  private final Map<String, String> titles = new ConcurrentHashMap<>();
  private final ConcurrentLinkedQueue<ResultEntries.LoadError> loadErrors = new ConcurrentLinkedQueue<>();
  private final ConcurrentLinkedQueue<String> engineFailures = new ConcurrentLinkedQueue<>();
  private final AtomicInteger finished = new AtomicInteger();
  /** Unique ids of the tests that published a result. */
  private final Set<String> reported = ConcurrentHashMap.newKeySet();
  /** Why a test or container ended without success, by unique id. */
  private final Map<String, String> endings = new ConcurrentHashMap<>();
  private volatile TestPlan plan;

  ResultCollector(ProgressBar progress) {
    this.progress = progress;
  }

  @Override
  public void testPlanExecutionStarted(TestPlan plan) {
    this.plan = plan;
    progress.start(Math.toIntExact(plan.countTestIdentifiers(TestIdentifier::isTest)));
  }

  @Override
  public void reportingEntryPublished(TestIdentifier id, ReportEntry entry) {
    Map<String, String> kv = entry.getKeyValuePairs();
    if (kv.containsKey(Constants.RESULT_ENTRY)) {
      results.add(readResult(id, kv.get(Constants.RESULT_ENTRY)));
      reported.add(id.getUniqueId());
    }
    if (kv.containsKey(Constants.GROUPS_ENTRY)) {
      groups.put(id.getDisplayName(), ResultEntries.parseGroups(kv.get(Constants.GROUPS_ENTRY)));
    }
    if (kv.containsKey(Constants.SCENARIO_ENTRY)) {
      ResultEntries.ScenarioInfo info = ResultEntries.parseScenario(kv.get(Constants.SCENARIO_ENTRY));
      titles.put(info.id(), info.title());
    }
    if (kv.containsKey(Constants.LOAD_ERRORS_ENTRY)) {
      loadErrors.addAll(ResultEntries.parseLoadErrors(kv.get(Constants.LOAD_ERRORS_ENTRY)));
    }
  }

  private static ResultEntries.Result readResult(TestIdentifier id, String json) {
    try {
      return ResultEntries.parseResult(json);
    } catch (RuntimeException e) {
      return ResultEntries.unreportableResult(scenarioOf(id), backendOf(id),
          "no result reported: its result entry could not be read: " + e);
    }
  }

  @Override
  public void executionSkipped(TestIdentifier id, String reason) {
    endings.put(id.getUniqueId(), "skipped by the platform: " + reason);
  }

  @Override
  public void executionFinished(TestIdentifier id, TestExecutionResult result) {
    if (result.getStatus() != TestExecutionResult.Status.SUCCESSFUL) {
      endings.put(id.getUniqueId(), result.getStatus().name().toLowerCase(Locale.ROOT)
          + result.getThrowable().map(t -> ": " + t).orElse(""));
    }
    if (id.isTest()) {
      progress.update(finished.incrementAndGet(), id.getLegacyReportingName());
    }
    boolean engineLevel = id.getParentId().isEmpty();
    if (engineLevel && result.getStatus() == TestExecutionResult.Status.FAILED) {
      engineFailures.add(id.getDisplayName() + ": "
          + result.getThrowable().map(Throwable::toString).orElse("failed"));
    }
  }

  @Override
  public void testPlanExecutionFinished(TestPlan plan) {
    progress.finish();
  }

  /**
   * An error result for every (scenario, backend) test of the plan that published none, with the reason its
   * test or the nearest container above it gave.
   */
  private List<ResultEntries.Result> missing() {
    List<ResultEntries.Result> out = new ArrayList<>();
    TestPlan p = plan;
    if (p == null) {
      return out;
    }
    for (TestIdentifier root : p.getRoots()) {
      for (TestIdentifier id : p.getDescendants(root)) {
        if (!id.isTest() || backendOf(id) == null || reported.contains(id.getUniqueId())) {
          continue;
        }
        out.add(ResultEntries.unreportableResult(scenarioOf(id), backendOf(id),
            "no result reported: " + why(p, id)));
      }
    }
    return out;
  }

  private String why(TestPlan p, TestIdentifier id) {
    for (TestIdentifier at = id; at != null; at = p.getParent(at).orElse(null)) {
      String ending = endings.get(at.getUniqueId());
      if (ending != null) {
        return (at == id ? "the test " : "its container " + at.getDisplayName() + " ") + ending;
      }
    }
    return "the test never ran";
  }

  private static String scenarioOf(TestIdentifier id) {
    return UniqueIds.scenarioOf(id.getUniqueIdObject()).orElse(id.getDisplayName());
  }

  private static String backendOf(TestIdentifier id) {
    return UniqueIds.backendOf(id.getUniqueIdObject()).orElse(null);
  }

  RunResults results(List<String> backendOrder) {
    List<ResultEntries.Result> sorted = new ArrayList<>(results);
    sorted.addAll(missing());
    // Not Comparator's combinators, whose lambda classes are spun at run time (a cost to every short command).
    sorted.sort((a, b) -> {
      int scenario = a.scenario().compareTo(b.scenario());
      return scenario != 0 ? scenario
          : Integer.compare(backendOrder.indexOf(a.backend()), backendOrder.indexOf(b.backend()));
    });
    List<ResultEntries.LoadError> errors = new ArrayList<>(loadErrors);
    errors.sort((a, b) -> {
      int file = a.file().compareTo(b.file());
      return file != 0 ? file : Integer.compare(a.line(), b.line());
    });
    return new RunResults(sorted, new TreeMap<>(groups), errors, List.copyOf(engineFailures), new TreeMap<>(titles));
  }
}
