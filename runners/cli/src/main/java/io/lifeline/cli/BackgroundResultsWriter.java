package io.lifeline.cli;

import io.qameta.allure.AllureResultsWriter;
import io.qameta.allure.model.TestResult;
import io.qameta.allure.model.TestResultContainer;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Allure's results written on a second thread: the writer is made there (Allure's JSON mapper, a tenth of a
 * one-scenario run) and each result, container and attachment is written there in the order given, so the run's
 * thread only hands them over. What is written is what the writer would have written on the run's thread: Allure's
 * lifecycle hands a result or container over once it is complete and never changes it again, and an attachment's
 * bytes are read before it is handed over. {@link #finish} waits for every write and rethrows the first failure.
 */
final class BackgroundResultsWriter implements AllureResultsWriter {
  private final ExecutorService thread = Executors.newSingleThreadExecutor(r -> {
    Thread t = new Thread(r, "lifeline-allure");
    t.setDaemon(true);
    return t;
  });
  private final CompletableFuture<AllureResultsWriter> writer;
  /** The last write handed over; each write runs after the one before, so this completes after all of them. */
  private CompletableFuture<Void> last;

  BackgroundResultsWriter(Supplier<AllureResultsWriter> make) {
    this.writer = CompletableFuture.supplyAsync(make, thread);
    this.last = writer.thenApply(w -> null);
  }

  @Override
  public void write(TestResult result) {
    then(w -> w.write(result));
  }

  @Override
  public void write(TestResultContainer container) {
    then(w -> w.write(container));
  }

  @Override
  public void write(String source, InputStream attachment) {
    byte[] bytes;
    try (InputStream in = attachment) {
      bytes = in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the Allure attachment " + source, e);
    }
    then(w -> w.write(source, new ByteArrayInputStream(bytes)));
  }

  private synchronized void then(Consumer<AllureResultsWriter> write) {
    last = last.thenRunAsync(() -> write.accept(writer.join()), thread);
  }

  /** Waits until everything handed over is written; rethrows the first failure to make the writer or to write. */
  void finish() {
    CompletableFuture<Void> all;
    synchronized (this) {
      all = last;
    }
    try {
      all.join();
    } catch (CompletionException e) {
      if (e.getCause() instanceof RuntimeException r) {
        throw r;
      }
      if (e.getCause() instanceof Error err) {
        throw err;
      }
      throw e;
    } finally {
      thread.shutdown();
    }
  }
}
