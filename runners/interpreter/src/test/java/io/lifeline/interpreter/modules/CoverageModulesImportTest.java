package io.lifeline.interpreter.modules;

import static org.assertj.core.api.Assertions.assertThat;

import io.lifeline.interpreter.ModelBackend;
import io.lifeline.interpreter.ModelBackends;
import io.lifeline.scenario.Budget;
import io.lifeline.scenario.Outcome;
import io.lifeline.scenario.Status;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * COVERAGE.md's issue-18 table stays true: every module it lists with at least one supported row imports on every
 * model. The modules are read from the table itself (the first column of each row whose "how" does not start with
 * "unsupported"), so a row added there is tested here without touching this class.
 */
class CoverageModulesImportTest {
  private static final String SECTION = "## Issue 18";

  static Set<String> supportedModules() throws IOException {
    List<String> lines = Files.readAllLines(Path.of("COVERAGE.md"));
    Set<String> modules = new LinkedHashSet<>();
    boolean inSection = false;
    for (String line : lines) {
      if (line.startsWith("## ")) {
        inSection = line.startsWith(SECTION);
        continue;
      }
      if (!inSection || !line.startsWith("| ") || line.startsWith("| module") || line.startsWith("|---")) {
        continue;
      }
      String[] cols = line.split("\\|");
      String module = cols[1].trim().replace("`", "");
      String how = cols[3].trim();
      if (!how.startsWith("unsupported")) {
        modules.add(module);
      }
    }
    return modules;
  }

  @TestFactory
  Stream<DynamicTest> everySupportedModuleImportsOnEveryModel() throws IOException {
    Set<String> modules = supportedModules();
    assertThat(modules).as("modules read from COVERAGE.md").contains("functools", "asyncio", "contextlib", "copy");
    return ModelBackends.all().stream().flatMap(b -> modules.stream().map(m -> DynamicTest.dynamicTest(
        b.name() + " imports " + m, () -> {
          Outcome o = ((ModelBackend) b).run("import " + m + "\nevent('imported', " + m + ".__name__)\n",
              Budget.DEFAULT);
          assertThat(o.status()).as(o.errorMessage()).isEqualTo(Status.COMPLETED);
          assertThat(o.events()).containsExactly("imported " + m);
        })));
  }
}
