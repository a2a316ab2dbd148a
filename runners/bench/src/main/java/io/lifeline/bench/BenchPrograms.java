package io.lifeline.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * The benchmark programs: the {@code .py} files in {@code bench/programs} of the project ({@code lifeline.root}),
 * or in {@code bench/micro} (one cost each: dispatch, calls, attributes, generators) when the system property
 * {@code lifeline.bench.set} is {@code micro}.
 */
final class BenchPrograms {
  private BenchPrograms() {}

  static Path folder() {
    String set = System.getProperty("lifeline.bench.set", "programs").equals("micro") ? "micro" : "programs";
    return Path.of(System.getProperty("lifeline.root", "."), "bench", set).toAbsolutePath().normalize();
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
