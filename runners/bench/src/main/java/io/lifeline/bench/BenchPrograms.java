package io.lifeline.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** The benchmark programs: the {@code .py} files in {@code bench/programs} of the project ({@code lifeline.root}). */
final class BenchPrograms {
  private BenchPrograms() {}

  static Path folder() {
    return Path.of(System.getProperty("lifeline.root", "."), "bench", "programs").toAbsolutePath().normalize();
  }

  /** Program names (file names without {@code .py}), sorted. */
  static List<String> names() {
    try (Stream<Path> files = Files.list(folder())) {
      return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".py"))
          .map(n -> n.substring(0, n.length() - 3)).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Path file(String name) {
    return folder().resolve(name + ".py");
  }

  static String source(String name) {
    try {
      return Files.readString(file(name));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
