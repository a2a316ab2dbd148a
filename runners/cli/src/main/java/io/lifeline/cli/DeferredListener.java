package io.lifeline.cli;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.reporting.ReportEntry;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.TestPlan;

/**
 * Listeners made on a second thread, so their set-up (Allure's JSON mapper, a fifth of a one-scenario run's)
 * overlaps the launcher's and the scenarios' discovery; every event waits until they exist, then goes to each in
 * order, so they see exactly the events they would have seen. A failure to make them is thrown at the first event.
 */
final class DeferredListener implements TestExecutionListener {
  private final CompletableFuture<List<TestExecutionListener>> listeners;

  DeferredListener(Supplier<List<TestExecutionListener>> make) {
    this.listeners = CompletableFuture.supplyAsync(make, r -> {
      Thread t = new Thread(r, "lifeline-listeners");
      t.setDaemon(true);
      t.start();
    });
  }

  private List<TestExecutionListener> ready() {
    try {
      return listeners.join();
    } catch (CompletionException e) {
      if (e.getCause() instanceof RuntimeException r) {
        throw r;
      }
      if (e.getCause() instanceof Error err) {
        throw err;
      }
      throw e;
    }
  }

  @Override
  public void testPlanExecutionStarted(TestPlan plan) {
    ready().forEach(l -> l.testPlanExecutionStarted(plan));
  }

  @Override
  public void testPlanExecutionFinished(TestPlan plan) {
    ready().forEach(l -> l.testPlanExecutionFinished(plan));
  }

  @Override
  public void dynamicTestRegistered(TestIdentifier id) {
    ready().forEach(l -> l.dynamicTestRegistered(id));
  }

  @Override
  public void executionSkipped(TestIdentifier id, String reason) {
    ready().forEach(l -> l.executionSkipped(id, reason));
  }

  @Override
  public void executionStarted(TestIdentifier id) {
    ready().forEach(l -> l.executionStarted(id));
  }

  @Override
  public void executionFinished(TestIdentifier id, TestExecutionResult result) {
    ready().forEach(l -> l.executionFinished(id, result));
  }

  @Override
  public void reportingEntryPublished(TestIdentifier id, ReportEntry entry) {
    ready().forEach(l -> l.reportingEntryPublished(id, entry));
  }
}
