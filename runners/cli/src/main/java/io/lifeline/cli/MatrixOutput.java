package io.lifeline.cli;

import io.lifeline.reports.MatrixColumns;
import io.lifeline.reports.MatrixPage;
import io.lifeline.scenario.Backend;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Writes a run's conformance matrix page ({@link MatrixPage}). */
final class MatrixOutput {
  private MatrixOutput() {}

  static void write(Path file, RunResults run, List<Backend> backends) {
    List<MatrixColumns.Backend> columns = backends.stream()
        .map(b -> new MatrixColumns.Backend(b.name(), b.traits().asMap()))
        .toList();
    String html = MatrixPage.render(new MatrixPage.Input(columns, run.results(), run.groups(), run.titles()));
    try {
      Path parent = file.toAbsolutePath().getParent();
      if (parent != null) {
        Files.createDirectories(parent);
      }
      Files.writeString(file, html, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the matrix page " + file, e);
    }
  }
}
