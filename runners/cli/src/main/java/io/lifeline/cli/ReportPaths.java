package io.lifeline.cli;

import java.nio.file.Path;

/**
 * Where reports go by default: the {@code reports/} folder of the project the launcher runs from
 * ({@code lifeline.root}), or the folder named by the {@code lifeline.reports} system property (tests set it to
 * keep their runs out of the project's reports).
 */
final class ReportPaths {
  private ReportPaths() {}

  static Path reportsDir() {
    String explicit = System.getProperty("lifeline.reports");
    if (explicit != null && !explicit.isBlank()) {
      return Path.of(explicit);
    }
    return Path.of(System.getProperty("lifeline.root", "."), "reports");
  }

  static Path allureResults() {
    return reportsDir().resolve("allure-results");
  }

  static Path allureReport() {
    return reportsDir().resolve("allure-report");
  }

  static Path matrix() {
    return reportsDir().resolve("matrix.html");
  }
}
