package io.lifeline.real;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.lifeline.scenario.Budget;
import io.lifeline.scenario.Outcome;
import io.lifeline.scenario.Status;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * GraalPy as a backend. The one test that starts GraalPy is slow (two host JVMs, each tens of seconds on a loaded
 * machine) and tagged {@code graalpy}; it skips on a machine without a JDK 21+ or without the jars.
 */
class GraalPyBackendTest {
  private static final Path LIB =
      Path.of(System.getProperty("lifeline.root", "../.."), "runners", "graalpy", "target", "lib");

  @Test
  void aMachineWithoutAJdk21SaysWhyGraalPyIsMissing(@TempDir Path jdk17) throws Exception {
    Files.writeString(jdk17.resolve("release"), "JAVA_VERSION=\"17.0.9\"\n");
    Files.createDirectories(jdk17.resolve("bin"));
    Files.createFile(jdk17.resolve("bin/javac")).toFile().setExecutable(true);
    assumeTrue(Files.isDirectory(LIB), "GraalPy's jars are not built");

    GraalPyInstall.Found found = GraalPyInstall.find(LIB, List.of(jdk17));

    assertThat(found.install()).isEmpty();
    assertThat(found.note()).startsWith("no GraalPy: GraalPy 25.0.2 needs a JDK 21 or later, and none was found");
  }

  @Test
  void missingJarsSayWhereTheBuildPutsThem(@TempDir Path empty) {
    GraalPyInstall.Found found = GraalPyInstall.find(empty, List.of());

    assertThat(found.install()).isEmpty();
    assertThat(found.note()).contains("its jars are not in " + empty).contains("./mvnw package -pl runners/graalpy");
  }

  @Test
  void theSwitchLeavesGraalPyOut() {
    // The build's tests run with lifeline.graalpy=off (the parent pom), so discovery offers no GraalPy.
    assertThat(GraalPyInstall.find().note()).isEqualTo("GraalPy left out (lifeline.graalpy=off)");
  }

  /**
   * A program runs with the traits' Python version; a context that hangs is killed with its host at the wall clock
   * and the next run, in a fresh host, still runs; an uncaught exception is an error with its type.
   */
  @Test
  @Tag("graalpy")
  void aHangingContextKillsItsHostAndTheNextScenarioStillRuns() {
    GraalPyBackend backend = backendOrSkip();
    Budget budget = Budget.DEFAULT.withWallClock(Duration.ofSeconds(60));

    Outcome first = backend.run("import sys\nevent(sys.implementation.name, '%d.%d.%d' % sys.version_info[:3])\n",
        budget);
    assertThat(first.status()).as(first.detail()).isEqualTo(Status.COMPLETED);
    assertThat(first.events()).containsExactly("graalpy " + backend.traits().get("python").orElseThrow());

    Outcome hang = backend.run("event('looping')\nwhile True:\n    pass\n", budget.withWallClock(Duration.ofSeconds(5)));
    assertThat(hang.status()).as(hang.detail()).isEqualTo(Status.HANG);
    assertThat(hang.events()).containsExactly("looping");

    Outcome next = backend.run("event('next')\nraise KeyError('k')\n", budget);
    assertThat(next.status()).as(next.detail()).isEqualTo(Status.ERROR);
    assertThat(next.errorType()).isEqualTo("KeyError");
    assertThat(next.events()).containsExactly("next");
  }

  private static GraalPyBackend backendOrSkip() {
    List<Path> jdks;
    try (var dirs = Files.list(Path.of("/usr/lib/jvm"))) {
      jdks = dirs.toList();
    } catch (Exception e) {
      jdks = List.of();
    }
    GraalPyInstall.Found found = GraalPyInstall.find(LIB.toAbsolutePath().normalize(), jdks);
    assumeTrue(found.install().isPresent(), found.note());
    return new GraalPyBackend(found.install().get());
  }
}
