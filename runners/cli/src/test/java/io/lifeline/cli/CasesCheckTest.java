package io.lifeline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.lifeline.authoring.CPythonSourceParser;
import io.lifeline.authoring.CaseChecker;
import io.lifeline.authoring.KnownBackends;
import io.lifeline.differential.BackendCatalog;
import io.lifeline.scenario.BackendOptions;
import io.lifeline.scenario.ScenarioError;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The gate of ./mvnw verify: lifeline check over the repository's cases/ finds no problem. */
class CasesCheckTest {

  @Test
  void everyScenarioInCasesPassesCheck() {
    BackendCatalog catalog = BackendCatalog.discover(BackendOptions.DEFAULT);
    CaseChecker checker = new CaseChecker(KnownBackends.required(catalog.all()),
        CPythonSourceParser.newest(catalog.all()));
    CaseChecker.Report report = checker.check(List.of(Path.of(System.getProperty("lifeline.root"), "cases")));
    assertThat(report.problems()).extracting(ScenarioError::toString).isEmpty();
    assertThat(report.files()).isPositive();
  }
}
