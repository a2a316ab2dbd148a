package io.lifeline.cli;

import io.lifeline.reports.allure.LifelineAllureListener;
import io.qameta.allure.AllureLifecycle;
import io.qameta.allure.FileSystemResultsWriter;
import io.qameta.allure.junitplatform.AllureJunitPlatform;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.platform.launcher.TestExecutionListener;

/**
 * The Allure results of one {@code lifeline run}: Allure's own JUnit Platform listener and lifeline's adapter
 * ({@link LifelineAllureListener}) sharing one lifecycle that writes into the results folder. The folder is
 * emptied of a previous run's results first (its {@code history/}, which Allure reports copy back, is kept), so a
 * folder holds one run.
 */
final class AllureOutput {
  private AllureOutput() {}

  /** The listeners, made on a second thread while the run is set up ({@link DeferredListener}). */
  static List<TestExecutionListener> listeners(Path resultsDir) {
    clear(resultsDir);
    return List.of(new DeferredListener(() -> {
      AllureLifecycle lifecycle = new AllureLifecycle(new FileSystemResultsWriter(resultsDir));
      return List.of(new AllureJunitPlatform(lifecycle), new LifelineAllureListener(lifecycle, resultsDir));
    }));
  }

  private static void clear(Path dir) {
    try {
      Files.createDirectories(dir);
      try (Stream<Path> files = Files.list(dir)) {
        for (Path f : files.filter(Files::isRegularFile).toList()) {
          Files.delete(f);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot prepare the Allure results folder " + dir, e);
    }
  }
}
