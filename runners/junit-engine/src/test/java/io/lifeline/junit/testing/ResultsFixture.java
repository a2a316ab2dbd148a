package io.lifeline.junit.testing;

import io.lifeline.differential.BackendCatalog;
import io.lifeline.scenario.BackendOptions;
import java.nio.file.Path;

/**
 * What the JUnit engine's and the TestNG factory's "results are never lost" tests (issue #16) run: the fixture cases
 * of {@code fixtures/results} on two models, and a real CPython 3.11 when this machine has one.
 */
public final class ResultsFixture {

  /** The fixture cases, from the repository root ({@code lifeline.root}, else two folders up from a module). */
  public static final Path CASES = Path.of(System.getProperty("lifeline.root", "../.."),
      "runners/junit-engine/src/test/resources/fixtures/results").toAbsolutePath().normalize();

  private ResultsFixture() {}

  /** The backends list: cpython-3.11 and pypy-7.3.11 models, then the first real 3.11 found, if any. */
  public static String backends() {
    String models = "cpython-3.11,pypy-7.3.11";
    return BackendCatalog.discover(BackendOptions.DEFAULT).all().stream()
        .filter(b -> b.isReal() && b.traits().get("python").orElse("").startsWith("3.11."))
        .findFirst().map(b -> models + "," + b.name()).orElse(models);
  }
}
