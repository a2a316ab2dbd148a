package io.lifeline.scenario;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The {@code lib/} folder of one case root: the files scenarios name in {@code includes}. Each file is read at
 * most once per library, with line endings normalised to '\n' and a final '\n' added if missing, so that
 * prepending it never joins its last line with the next file's first.
 */
final class IncludeLibrary {

  static final String FOLDER = "lib";

  private final Path dir;
  private final Map<String, Optional<String>> texts = new HashMap<>();
  private List<String> names;

  IncludeLibrary(Path root) {
    this.dir = root.resolve(FOLDER);
  }

  Path dir() {
    return dir;
  }

  /**
   * The text of {@code lib/<name>}; empty when there is no such regular file. Throws UncheckedIOException
   * when the file exists but cannot be read.
   */
  Optional<String> text(String name) {
    return texts.computeIfAbsent(name, this::read);
  }

  /** The file names in the folder, sorted; empty when there is no folder. */
  List<String> names() {
    if (names == null) {
      names = list();
    }
    return names;
  }

  private Optional<String> read(String name) {
    Path file = dir.resolve(name);
    if (name.contains("/") || name.contains("\\") || !file.normalize().startsWith(dir.normalize())
        || !Files.isRegularFile(file)) {
      return Optional.empty();
    }
    try {
      String text = Files.readString(file).replace("\r\n", "\n");
      return Optional.of(text.isEmpty() || text.endsWith("\n") ? text : text + "\n");
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
    }
  }

  private List<String> list() {
    if (!Files.isDirectory(dir)) {
      return List.of();
    }
    try (Stream<Path> files = Files.list(dir)) {
      return files.filter(Files::isRegularFile).map(p -> p.getFileName().toString()).sorted().toList();
    } catch (IOException e) {
      return List.of();
    }
  }
}
