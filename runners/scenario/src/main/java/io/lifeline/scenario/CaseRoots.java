package io.lifeline.scenario;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Finds the case root of a path: the folder scenario ids are relative to and whose {@code lib/} holds the
 * includes. It is the nearest folder at or above the path that has a {@code lib/} folder; without one, the
 * folder given (or, for a file, the parent of its family folder).
 *
 * <p>The search stops below the file system's root and at a folder that holds {@code .git}, so that an unrelated
 * {@code /lib} or {@code ~/lib} is never taken for a case library.
 */
final class CaseRoots {

  private CaseRoots() {}

  /** The case root of an existing file or folder, as an absolute, normalised path. */
  static Path rootOf(Path path) {
    Path absolute = path.toAbsolutePath().normalize();
    boolean isDirectory = Files.isDirectory(absolute);
    Path start = isDirectory ? absolute : absolute.getParent();
    for (Path dir = start; dir != null && dir.getParent() != null; dir = dir.getParent()) {
      if (Files.isDirectory(dir.resolve(IncludeLibrary.FOLDER))) {
        return dir;
      }
      if (Files.exists(dir.resolve(".git"))) {
        break;
      }
    }
    if (isDirectory) {
      return absolute;
    }
    Path family = absolute.getParent();
    return family.getParent() != null ? family.getParent() : family;
  }
}
