package io.lifeline.cli;

import io.lifeline.reports.allure.LifelineAllureListener;
import io.qameta.allure.AllureLifecycle;
import io.qameta.allure.junitplatform.AllureJunitPlatform;
import io.qameta.allure.util.ResultsUtils;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.platform.launcher.TestExecutionListener;

/**
 * The Allure results of one {@code lifeline run}: Allure's own JUnit Platform listener and lifeline's adapter
 * ({@link LifelineAllureListener}) sharing one lifecycle that writes into the results folder, through a writer
 * working on a second thread ({@link BackgroundResultsWriter}) with lifeline's own Jackson ({@link
 * AllureJsonWriter}). The folder is emptied of a previous run's results first (its {@code history/}, which Allure
 * reports copy back, is kept), so a folder holds one run.
 */
final class AllureOutput {
  private final BackgroundResultsWriter writer;
  private final List<TestExecutionListener> listeners;

  private AllureOutput(Path resultsDir) {
    writer = new BackgroundResultsWriter(() -> {
      // Allure labels each result with the host's name, looked up (InetAddress.getLocalHost) once per JVM and
      // remembered: looked up here, the run's thread finds it remembered.
      ResultsUtils.getHostName();
      return new AllureJsonWriter(resultsDir);
    });
    AllureLifecycle lifecycle = new AllureLifecycle(writer);
    listeners = List.of(new AllureJunitPlatform(lifecycle), new LifelineAllureListener(lifecycle, resultsDir));
  }

  /** Empties {@code resultsDir} (but its history) and makes the listeners that will write into it. */
  static AllureOutput into(Path resultsDir) {
    clear(resultsDir);
    return new AllureOutput(resultsDir);
  }

  /** The listeners to add to the run. */
  List<TestExecutionListener> listeners() {
    return listeners;
  }

  /** Waits until every result is written (the run is over); rethrows a failure to write one. */
  void finish() {
    writer.finish();
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
