package io.lifeline.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.lifeline.differential.BackendCatalog;
import io.lifeline.real.RealInterpreterBackend;
import io.lifeline.scenario.Backend;
import io.lifeline.scenario.BackendOptions;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FuzzCommandTest {

  record Run(int code, String out, String err) {}

  static Run lifeline(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = new Main(new PrintWriter(out, true), new PrintWriter(err, true), false).run(args);
    return new Run(code, out.toString(), err.toString());
  }

  @Test
  void usageErrorsExitTwo(@TempDir Path dir) {
    String out = dir.toString();
    assertThat(lifeline("fuzz", "--real", "off", "--count", "0", "--out", out).code()).isEqualTo(Main.USAGE);
    assertThat(lifeline("fuzz", "--real", "off", "--time", "soon", "--out", out).code()).isEqualTo(Main.USAGE);
    assertThat(lifeline("fuzz", "--real", "off", "--jobs", "0", "--out", out).code()).isEqualTo(Main.USAGE);
    assertThat(lifeline("fuzz", "--real", "off", "--pose", "nonsense", "--out", out).code()).isEqualTo(Main.USAGE);
    Run unknown = lifeline("fuzz", "--real", "off", "--pose", "real:cpython-9.9.9=cpython-3.11", "--out", out);
    assertThat(unknown.code()).isEqualTo(Main.USAGE);
    assertThat(unknown.err()).contains("no real interpreter named 'real:cpython-9.9.9'");
    assertThat(lifeline("fuzz", "--seed", "x").code()).isEqualTo(Main.USAGE);
  }

  @Test
  void withoutRealInterpretersItStillRunsAndSaysSo(@TempDir Path dir) {
    Run run = lifeline("fuzz", "--real", "off", "--seed", "3", "--count", "4", "--out", dir.toString());
    assertThat(run.code()).isZero();
    assertThat(run.err()).contains("model cpython-3.11 has no real counterpart here; not run");
    assertThat(run.out()).startsWith("seed 3: 4 programs in ").contains("0 findings, 0 distinct");
  }

  @Test
  void aPosingInterpreterIsFuzzedAndItsFindingsWritten(@TempDir Path dir) throws Exception {
    List<Backend> reals = BackendCatalog.discover(BackendOptions.DEFAULT).all().stream()
        .filter(b -> b instanceof RealInterpreterBackend).toList();
    Optional<Backend> py310 = reals.stream().filter(b -> b.name().startsWith("real:cpython-3.10.")).findFirst();
    Optional<Backend> py311 = reals.stream().filter(b -> b.name().startsWith("real:cpython-3.11.")).findFirst();
    assumeTrue(py310.isPresent() && py311.isPresent(), "needs real CPython 3.10 and 3.11");
    String[] pythons = {"--python", ((RealInterpreterBackend) py310.get()).executable().toString(),
        "--python", ((RealInterpreterBackend) py311.get()).executable().toString()};

    Run run = lifeline("fuzz", "--real", "off", pythons[0], pythons[1], pythons[2], pythons[3],
        "--seed", "1", "--count", "3", "--jobs", "2", "--pose", py310.get().name() + "=cpython-3.11",
        "--out", dir.toString());

    assertThat(run.code()).as(run.err()).isZero();
    assertThat(run.err()).contains("fuzzing cpython-3.11~" + py310.get().name().substring(5) + " vs real:cpython-3.11.");
    assertThat(run.out()).startsWith("seed 1: 3 programs in ").containsPattern("[1-9]\\d* distinct");
    try (var files = Files.list(dir)) {
      assertThat(files.map(p -> p.getFileName().toString()).toList())
          .isNotEmpty().allSatisfy(n -> assertThat(n).endsWith(".yaml"));
    }
  }
}
