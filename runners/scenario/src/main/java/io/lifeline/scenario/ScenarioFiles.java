package io.lifeline.scenario;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;

/**
 * Discovery: finds the scenario files under a path and gives each its id. Reads folder listings only, never a
 * file's content. Skips the case root's {@code lib/} (includes, not scenarios), files and folders whose
 * name starts with '.', and folders whose name starts with '_' (work areas such as {@code _found/}, where
 * {@code lifeline fuzz} writes findings awaiting review) unless the walk starts there, and baseline files
 * ({@code NAME.baseline.yaml}); reports a {@code .yml} file, since only {@code .yaml} files are scenarios and a
 * silently skipped scenario is worse than an error.
 */
final class ScenarioFiles {

  static final String EXTENSION = ".yaml";

  /** Known-results files ({@code spec/baselines.md}): YAML, but never scenarios, wherever they are kept. */
  static final String BASELINE_EXTENSION = ".baseline.yaml";

  /**
   * One scenario file found.
   *
   * @param file the file, as reached from the path given (relative if that was relative)
   * @param root the case root, absolute and normalised
   * @param id the file's path relative to the root, '/'-separated, without {@code .yaml}
   */
  record Found(Path file, Path root, String id) {

    Path key() {
      return file.toAbsolutePath().normalize();
    }
  }

  private ScenarioFiles() {}

  /** Finds the scenarios at {@code path} (a file or a folder), its case root found by {@link CaseRoots}. */
  static void find(Path path, List<Found> found, List<ScenarioError> errors) {
    if (!Files.exists(path)) {
      errors.add(new ScenarioError(SourceLocation.ofFile(path), "", "no such file or folder"));
    } else if (Files.isDirectory(path)) {
      walk(path, CaseRoots.rootOf(path), found, errors);
    } else {
      file(path, CaseRoots.rootOf(path), found, errors);
    }
  }

  /** Finds every scenario under {@code root}, which is taken as the case root as given. */
  static void findUnderRoot(Path root, List<Found> found, List<ScenarioError> errors) {
    if (!Files.isDirectory(root)) {
      errors.add(new ScenarioError(SourceLocation.ofFile(root), "", "no such folder"));
      return;
    }
    walk(root, root.toAbsolutePath().normalize(), found, errors);
  }

  private static void file(Path file, Path root, List<Found> found, List<ScenarioError> errors) {
    String id = idOf(file, root);
    if (!file.getFileName().toString().endsWith(EXTENSION)) {
      errors.add(new ScenarioError(SourceLocation.ofFile(file), id, "not a scenario: scenario files end in .yaml"));
    } else if (file.getFileName().toString().endsWith(BASELINE_EXTENSION)) {
      errors.add(new ScenarioError(SourceLocation.ofFile(file), id,
          "not a scenario: a baseline file (pass it with --baseline; lifeline check validates it)"));
    } else if (file.toAbsolutePath().normalize().startsWith(root.resolve(IncludeLibrary.FOLDER))) {
      errors.add(new ScenarioError(
          SourceLocation.ofFile(file), id, "not a scenario: files in lib/ are includes for scenarios"));
    } else {
      found.add(new Found(file, root, id));
    }
  }

  private static void walk(Path start, Path root, List<Found> found, List<ScenarioError> errors) {
    Path lib = root.resolve(IncludeLibrary.FOLDER);
    try {
      Files.walkFileTree(start, new SimpleFileVisitor<>() {
        @Override
        public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
          String name = dir.getFileName().toString();
          boolean skip = !dir.equals(start)
              && (name.startsWith(".") || name.startsWith("_") || dir.toAbsolutePath().normalize().equals(lib));
          return skip ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
          String name = file.getFileName().toString();
          if (name.startsWith(".")) {
            return FileVisitResult.CONTINUE;
          }
          if (name.endsWith(BASELINE_EXTENSION)) {
            return FileVisitResult.CONTINUE;
          }
          if (name.endsWith(EXTENSION)) {
            found.add(new Found(file, root, idOf(file, root)));
          } else if (name.endsWith(".yml")) {
            errors.add(new ScenarioError(SourceLocation.ofFile(file), idOf(file, root),
                "scenario files end in .yaml; rename to " + name.replaceFirst("\\.yml$", EXTENSION)));
          }
          return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFileFailed(Path file, IOException e) {
          errors.add(new ScenarioError(SourceLocation.ofFile(file), "", "cannot read: " + e.getMessage()));
          return FileVisitResult.CONTINUE;
        }
      });
    } catch (IOException e) {
      errors.add(new ScenarioError(SourceLocation.ofFile(start), "", "cannot read: " + e.getMessage()));
    }
  }

  /** The id of {@code file} under {@code root}: {@code weakref/callback-order}. The one place ids are made. */
  static String idOf(Path file, Path root) {
    Path relative = root.relativize(file.toAbsolutePath().normalize());
    StringBuilder id = new StringBuilder();
    for (Path part : relative) {
      id.append(id.length() == 0 ? "" : "/").append(part);
    }
    String s = id.toString();
    return s.endsWith(EXTENSION) ? s.substring(0, s.length() - EXTENSION.length()) : s;
  }
}
