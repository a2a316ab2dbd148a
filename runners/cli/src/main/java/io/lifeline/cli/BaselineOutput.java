package io.lifeline.cli;

import io.lifeline.baseline.BaselineUpdate;
import io.lifeline.scenario.Baseline;
import io.lifeline.scenario.BaselineWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** {@code lifeline run --write-baseline FILE}: writes the baseline a run makes ({@link BaselineUpdate}). */
final class BaselineOutput {
  private BaselineOutput() {}

  /** Writes the file and returns how many entries it holds. */
  static int write(Path file, Baseline previous, RunResults run) {
    Baseline updated = BaselineUpdate.of(previous, ObservedResults.of(run.results()));
    try {
      Path parent = file.toAbsolutePath().getParent();
      if (parent != null) {
        Files.createDirectories(parent);
      }
      Files.writeString(file, BaselineWriter.render(updated, schemaRef(file)), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the baseline " + file, e);
    }
    return updated.entries().size();
  }

  /**
   * The project's spec/baseline.schema.json relative to the file's folder, for editors; null when the file is
   * outside the project (a path climbing out of it would break when either moves) or the schema is not found.
   */
  private static String schemaRef(Path file) {
    Path schema = Path.of(System.getProperty("lifeline.root", "."), "spec", "baseline.schema.json")
        .toAbsolutePath().normalize();
    Path root = schema.getParent().getParent();
    if (!Files.isRegularFile(schema) || !file.toAbsolutePath().normalize().startsWith(root)) {
      return null;
    }
    Path folder = file.toAbsolutePath().normalize().getParent();
    return folder.relativize(schema).toString().replace('\\', '/');
  }
}
