package io.lifeline.scenario;

import java.nio.file.Path;

/** A place in a scenario file, 1-based line and column; column 0 means "the whole line". */
public record SourceLocation(Path file, int line, int column) {

  public static SourceLocation ofFile(Path file) {
    return new SourceLocation(file, 0, 0);
  }

  /** {@code file:line:column}, the form editors and CI annotations understand. */
  @Override
  public String toString() {
    if (line <= 0) {
      return file.toString();
    }
    return file + ":" + line + ":" + Math.max(column, 1);
  }
}
