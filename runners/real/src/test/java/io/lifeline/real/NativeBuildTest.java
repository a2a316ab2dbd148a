package io.lifeline.real;

import static org.assertj.core.api.Assertions.assertThat;

import io.lifeline.scenario.Budget;
import io.lifeline.scenario.Outcome;
import io.lifeline.scenario.Status;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Builds {@code lifeline_native} for every interpreter this machine has, and fails clearly without a compiler. */
class NativeBuildTest {
  private static final String USES_MODULE = """
      import sys
      import lifeline_native as native
      w = native.Wrapper()
      w.ref = w
      event(type(w).__name__, w.ref is w, native.call(lambda a, b: a + b, 1, 2))
      event(sys.path[-1].endswith(native.__file__.rsplit('/', 2)[-2]))
      """;

  @TempDir Path cache;

  static Stream<RealInterpreterBackend> backends() {
    return Installed.allOrSkip();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("backends")
  void theModuleBuildsAndImportsOnEveryInterpreter(RealInterpreterBackend found) throws Exception {
    RealInterpreterBackend b = withCompiler(found, "cc");
    Outcome o = b.run(USES_MODULE, Budget.DEFAULT);
    assertThat(o.status()).as(o.statusLine() + "\n" + o.detail()).isEqualTo(Status.COMPLETED);
    assertThat(o.events()).containsExactly("Wrapper True 3", "True");

    Path built = b.nativeBuild().directory();
    assertThat(built.getParent()).isEqualTo(cache);
    assertThat(built.getFileName().toString()).startsWith(found.identity().shortName() + "-");
    Path library;
    try (Stream<Path> files = Files.list(built)) {
      library = files.filter(p -> p.getFileName().toString().startsWith("lifeline_native.")).findFirst().orElseThrow();
    }
    long modified = Files.getLastModifiedTime(library).toMillis();
    // A second backend (a second JVM, as far as the cache can tell) finds the build and compiles nothing.
    NativeBuild.Result again = withCompiler(found, "cc").nativeBuild();
    assertThat(again.directory()).isEqualTo(built);
    assertThat(Files.getLastModifiedTime(library).toMillis()).isEqualTo(modified);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("backends")
  void aProgramThatDoesNotNameTheModuleGetsNoPathAndNoBuild(RealInterpreterBackend found) throws Exception {
    RealInterpreterBackend b = withCompiler(found, "cc");
    Outcome o = b.run("import sys\nevent(any('native' in p for p in sys.path))\n", Budget.DEFAULT);
    assertThat(o.events()).containsExactly("False");
    try (Stream<Path> files = Files.list(cache)) {
      assertThat(files).isEmpty();
    }
  }

  @Test
  void aFailedBuildGivesProgramsThatUseTheModuleAClearCrashAndOthersStillRun() {
    RealInterpreterBackend b = withCompiler(backends().findFirst().orElseThrow(), "/nonexistent/lifeline-cc");

    Outcome failed = b.run(USES_MODULE, Budget.DEFAULT);
    assertThat(failed.status()).isEqualTo(Status.CRASH);
    assertThat(failed.errorMessage())
        .startsWith("native module unavailable on " + b.name() + ": /nonexistent/lifeline-cc failed: not run: "
            + "cannot start /nonexistent/lifeline-cc");
    assertThat(failed.events()).isEmpty();

    Outcome plain = b.run("event('ran')\n", Budget.DEFAULT);
    assertThat(plain.status()).isEqualTo(Status.COMPLETED);
    assertThat(plain.events()).containsExactly("ran");
  }

  @Test
  void aCompilerThatRejectsTheSourceIsReportedWithItsOutput() {
    RealInterpreterBackend b = withCompiler(backends().findFirst().orElseThrow(), "false");
    Outcome o = b.run(USES_MODULE, Budget.DEFAULT);
    assertThat(o.status()).isEqualTo(Status.CRASH);
    assertThat(o.errorMessage()).isEqualTo("native module unavailable on " + b.name() + ": false failed: exit status 1");
  }

  @Test
  void theCompilerAndCacheComeFromSystemProperties() {
    String cc = System.getProperty(NativeBuild.COMPILER_PROPERTY);
    String root = System.getProperty(NativeBuild.CACHE_PROPERTY);
    try {
      System.setProperty(NativeBuild.COMPILER_PROPERTY, "/nonexistent/cc");
      System.setProperty(NativeBuild.CACHE_PROPERTY, cache.toString());
      RealInterpreterBackend found = backends().findFirst().orElseThrow();
      RealInterpreterBackend b = new RealInterpreterBackend(found.identity(), found.name(), NativeBuild.fromEnvironment());
      assertThat(b.nativeBuild().failure()).startsWith("/nonexistent/cc failed:");
    } finally {
      restore(NativeBuild.COMPILER_PROPERTY, cc);
      restore(NativeBuild.CACHE_PROPERTY, root);
    }
  }

  private RealInterpreterBackend withCompiler(RealInterpreterBackend found, String compiler) {
    return new RealInterpreterBackend(found.identity(), found.name(), new NativeBuild(compiler, cache));
  }

  private static void restore(String key, String value) {
    if (value == null) {
      System.clearProperty(key);
    } else {
      System.setProperty(key, value);
    }
  }
}
