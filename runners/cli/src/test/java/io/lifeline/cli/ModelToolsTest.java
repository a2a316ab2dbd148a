package io.lifeline.cli;

import static io.lifeline.cli.MainTest.lifeline;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The tools for people who work on lifetimes: the disassembler and --trace-refs, on the models. */
class ModelToolsTest {

  private static final String MOVED = Path.of(System.getProperty("lifeline.root"),
      "cases/calling-convention/moved-argument-rebound.yaml").toString();

  @Test
  void disasmPrintsEachInstructionWithItsStackEffectAndOwnership(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("f.py");
    Files.writeString(file, "def f(tok):\n    tok = None\n    return 1\nf(object())\n");

    MainTest.Run run = lifeline("disasm", file.toString());

    assertThat(run.code()).isZero();
    assertThat(run.out()).contains("Disassembly of <code object f, line 1>");
    assertThat(run.out()).containsPattern("STORE_FAST +0 \\(tok\\) +-1 +value:stolen");
    assertThat(run.out()).containsPattern("CALL +1 +-2 +.*args\\[arg\\]:stolen res:new");
  }

  @Test
  void disasmCompilesAsTheChosenModel(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("c.py");
    Files.writeString(file, "def f(xs):\n    return [x + 1 for x in xs]\n");

    MainTest.Run inlined = lifeline("disasm", file.toString(), "--backend", "cpython-3.12");
    MainTest.Run nested = lifeline("disasm", file.toString());

    assertThat(inlined.code()).isZero();
    assertThat(inlined.out()).contains("LOAD_FAST_AND_CLEAR").doesNotContain("<listcomp>");
    assertThat(nested.out()).contains("Disassembly of <code object <listcomp>").doesNotContain("LOAD_FAST_AND_CLEAR");
    MainTest.Run unknown = lifeline("disasm", file.toString(), "--backend", "cpython-9.9");
    assertThat(unknown.code()).isEqualTo(Main.USAGE);
    assertThat(unknown.err()).contains("no model backend 'cpython-9.9'").contains("cpython-3.12");
  }

  @Test
  void disasmReportsASyntaxErrorWithItsLocation(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("bad.py");
    Files.writeString(file, "x = (1\n");

    MainTest.Run run = lifeline("disasm", file.toString());

    assertThat(run.code()).isEqualTo(Main.USAGE);
    assertThat(run.err()).contains("bad.py").contains("line 2");
  }

  @Test
  void traceRefsSaysWhichInstructionDroppedTheLastReference() throws Exception {
    MainTest.Run text = lifeline("run", MOVED, "--real", "off", "--backend", "cpython-3.11", "--trace-refs",
        "--no-allure", "--no-matrix");
    assertThat(text.out()).contains("WHY calling-convention/moved-argument-rebound [cpython-3.11]:")
        .containsPattern("event 'callback' <- STORE_FAST at line 6 in consume");
    assertThat(text.code()).isZero();

    MainTest.Run json = lifeline("run", MOVED, "--real", "off", "--backend", "cpython-3.11", "--trace-refs",
        "--no-allure", "--no-matrix", "--format", "json");
    assertThat(json.json().get("results").get(0).get("why").get(0).asText())
        .startsWith("event 'callback' <- STORE_FAST at line 6 in consume");
  }

  @Test
  void withoutTraceRefsNoReasonsAreRecorded() {
    MainTest.Run text = lifeline("run", MOVED, "--real", "off", "--backend", "cpython-3.11", "--no-allure",
        "--no-matrix");
    assertThat(text.out()).doesNotContain("WHY ");
  }
}
