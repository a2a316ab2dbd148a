package io.lifeline.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * What a run wrote where, said at its end: each report's path, what it holds, and whether it replaced what an
 * earlier run had written there (a run over one scenario replaces the matrix page and Allure results of the last
 * full run, so it says so). Look at the places with {@link #before} before the run writes anything.
 */
final class WrittenReports {

  private final List<String> written = new ArrayList<>();

  /** Whether an earlier run left a report at this place: the file, or Allure results in the folder. */
  static boolean before(Path place) {
    if (Files.isRegularFile(place)) {
      return true;
    }
    return allureResults(place) > 0;
  }

  void matrix(Path file, boolean replaced, long scenarios, int backends) {
    written.add(shown(file) + " (" + scenarios + (scenarios == 1 ? " scenario" : " scenarios") + " x " + backends
        + (backends == 1 ? " backend" : " backends") + (replaced ? ", replacing the earlier page" : "") + ")");
  }

  void allure(Path dir, boolean replaced) {
    long results = allureResults(dir);
    written.add(shown(dir) + "/ (" + results + " Allure results" + (replaced ? ", replacing the earlier run's" : "")
        + "; lifeline report turns them into HTML)");
  }

  void junitXml(Path dir) {
    written.add(shown(dir.resolve("TEST-lifeline.xml")) + " (JUnit XML)");
  }

  void baseline(Path file, int entries) {
    written.add(shown(file) + " (baseline, " + entries + (entries == 1 ? " entry" : " entries") + ")");
  }

  /** "wrote A (...), B (...)", or empty when the run wrote no report. */
  List<String> lines() {
    return written.isEmpty() ? List.of() : List.of("wrote " + String.join(", ", written));
  }

  private static long allureResults(Path dir) {
    if (!Files.isDirectory(dir)) {
      return 0;
    }
    try (Stream<Path> files = Files.list(dir)) {
      return files.filter(f -> f.getFileName().toString().endsWith("-result.json")).count();
    } catch (IOException e) {
      return 0;
    }
  }

  /** Relative to the working folder when under it, as a user would type it. */
  private static String shown(Path place) {
    Path here = Path.of("").toAbsolutePath();
    Path absolute = place.toAbsolutePath().normalize();
    return absolute.startsWith(here) && !absolute.equals(here) ? here.relativize(absolute).toString()
        : place.toString();
  }
}
