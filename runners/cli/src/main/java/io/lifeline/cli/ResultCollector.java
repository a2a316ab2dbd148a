package io.lifeline.cli;

import io.lifeline.junit.Constants;
import io.lifeline.junit.ResultEntries;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.reporting.ReportEntry;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.TestPlan;

/** Listens to a launcher run: decodes the engine's report entries and drives the progress display. */
final class ResultCollector implements TestExecutionListener {

  private final ProgressBar progress;
  private final ConcurrentLinkedQueue<ResultEntries.Result> results = new ConcurrentLinkedQueue<>();
  private final Map<String, ResultEntries.Groups> groups = new ConcurrentHashMap<>();
  private final Map<String, String> titles = new ConcurrentHashMap<>();
  private final ConcurrentLinkedQueue<ResultEntries.LoadError> loadErrors = new ConcurrentLinkedQueue<>();
  private final ConcurrentLinkedQueue<String> engineFailures = new ConcurrentLinkedQueue<>();
  private final AtomicInteger finished = new AtomicInteger();

  ResultCollector(ProgressBar progress) {
    this.progress = progress;
  }

  @Override
  public void testPlanExecutionStarted(TestPlan plan) {
    progress.start(Math.toIntExact(plan.countTestIdentifiers(TestIdentifier::isTest)));
  }

  @Override
  public void reportingEntryPublished(TestIdentifier id, ReportEntry entry) {
    Map<String, String> kv = entry.getKeyValuePairs();
    if (kv.containsKey(Constants.RESULT_ENTRY)) {
      results.add(ResultEntries.parseResult(kv.get(Constants.RESULT_ENTRY)));
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

  @Override
  public void executionFinished(TestIdentifier id, TestExecutionResult result) {
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

  RunResults results(List<String> backendOrder) {
    List<ResultEntries.Result> sorted = new ArrayList<>(results);
    sorted.sort(Comparator.comparing(ResultEntries.Result::scenario)
        .thenComparingInt(r -> backendOrder.indexOf(r.backend())));
    List<ResultEntries.LoadError> errors = new ArrayList<>(loadErrors);
    errors.sort(Comparator.comparing(ResultEntries.LoadError::file).thenComparingInt(ResultEntries.LoadError::line));
    return new RunResults(sorted, new TreeMap<>(groups), errors, List.copyOf(engineFailures), new TreeMap<>(titles));
  }
}
