package io.lifeline.interpreter;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * COVERAGE.md matches behaviour: every module its issue-18 table lists with a supported row (a "how" that does not
 * start with "unsupported") imports on every model; a row whose module cell is not a module name (the built-in
 * functions) is not imported. The list is read from COVERAGE.md, so a row added there is tested here.
 */
class CoverageModulesImportTest {
  private static final String SECTION = "## Issue 18: standard-library modules";

  /** The modules of the issue-18 table with at least one supported row, in table order. */
  static List<String> supportedModules() throws IOException {
    Set<String> modules = new LinkedHashSet<>();
    boolean inSection = false;
    for (String line : Files.readAllLines(Path.of("COVERAGE.md"))) {
      if (line.startsWith("## ")) {
        inSection = line.startsWith(SECTION);
        continue;
      }
      String[] cells = line.split("\\|");
      if (!inSection || cells.length < 4 || cells[1].isBlank() || cells[1].contains("---")
          || cells[1].trim().equals("module")) {
        continue;
      }
      String how = cells[3].trim().toLowerCase();
      String module = cells[1].trim().replace("`", "");
      // A row about built-in functions names no module: "(built-in functions)".
      if (!how.startsWith("unsupported") && module.matches("[A-Za-z_][\\w.]*")) {
        modules.add(module);
      }
    }
    return new ArrayList<>(modules);
  }

  @Test
  void theTableListsSupportedModules() throws IOException {
    assertThat(supportedModules()).contains("itertools", "collections", "heapq", "bisect");
  }

  @TestFactory
  Stream<DynamicTest> everySupportedModuleImportsOnEveryModel() throws IOException {
    List<String> modules = supportedModules();
    return ModelBackends.all().stream().flatMap(b -> modules.stream().map(mod -> DynamicTest.dynamicTest(
        b.name() + " imports " + mod, () -> {
          Inspect.Result r = Inspect.run((ModelBackend) b, "import " + mod + "\nevent('imported')\n", in -> {});
          assertThat(r.outcome().events()).as(r.outcome().detail()).containsExactly("imported");
        })));
  }
}
