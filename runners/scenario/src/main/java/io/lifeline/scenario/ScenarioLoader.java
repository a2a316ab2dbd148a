package io.lifeline.scenario;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Loads scenario files (format v1, see spec/scenarios.md) into {@link Scenario}s. Loading reads files and never
 * runs anything; the schema is compiled once per JVM, and only when a text is not known to meet it, so a loader
 * is cheap to create and use. A broken file becomes located {@link ScenarioError}s and never stops the other files
 * from loading. Instances hold no state between calls and may be shared between threads.
 */
public final class ScenarioLoader {

  /** Where the suite's scenarios live, relative to the repository. */
  public static final Path DEFAULT_ROOT = Path.of("cases");

  private final SchemaVerdicts verdicts;

  /** A loader that remembers which texts met the schema in the user's cache ({@link SchemaVerdicts}). */
  public ScenarioLoader() {
    this(SchemaVerdicts.fromSystem());
  }

  ScenarioLoader(SchemaVerdicts verdicts) {
    this.verdicts = verdicts;
  }

  /**
   * Loads the scenarios at each path: a scenario file, or a folder searched recursively. Each path's case root
   * (what ids are relative to, whose {@code lib/} holds the includes) is the nearest folder at or above it with
   * a {@code lib/} folder; without one, the folder given, or for a file the parent of its family folder.
   * A file reached through several paths loads once; two files with the same id are an error on the second.
   */
  public LoadResult load(List<Path> paths) {
    List<ScenarioFiles.Found> found = new ArrayList<>();
    List<ScenarioError> errors = new ArrayList<>();
    for (Path path : paths) {
      ScenarioFiles.find(path, found, errors);
    }
    return read(found, errors);
  }

  /**
   * Reads a small scenario held in memory (no file, no schema, no cache), so that the YAML parser's classes are
   * initialised and its code warm, then finds the user's schema verdicts (the schema's digest: the JDK's security
   * providers set up); a command calls it on a second thread while it sets itself up. The parser comes first: its
   * classes initialise {@code java.math.BigDecimal}, whose static tables (5 to the 2^16th, by repeated squaring)
   * take JDK 25 about 40 ms of CPU in a cold JVM, and a loader waits for them. Has no effect other than time.
   */
  public static void warmUp() {
    YamlTreeReader.read("title: warm-up\nsource: |\n  event('a')\nexpect:\n- when: {impl: cpython}\n"
        + "  events: [a, 'b c', 1]\n- order: ['a < b']\n", new Diagnostics(Path.of("warm-up.yaml"), "warm-up"));
    SchemaVerdicts.fromSystem();
  }

  /** Loads every scenario under {@code root}, taking it as the case root whether or not it has a {@code lib/}. */
  public LoadResult loadRoot(Path root) {
    List<ScenarioFiles.Found> found = new ArrayList<>();
    List<ScenarioError> errors = new ArrayList<>();
    ScenarioFiles.findUnderRoot(root, found, errors);
    return read(found, errors);
  }

  private LoadResult read(List<ScenarioFiles.Found> found, List<ScenarioError> errors) {
    Map<Path, IncludeLibrary> libraries = new HashMap<>();
    List<Scenario> scenarios = new ArrayList<>();
    for (ScenarioFiles.Found f : unique(found, errors)) {
      IncludeLibrary library = libraries.computeIfAbsent(f.root(), IncludeLibrary::new);
      ScenarioReader.read(f, library, verdicts, errors).ifPresent(scenarios::add);
    }
    // Not Comparator's combinators, whose lambda classes are spun at run time (a cost to every short command).
    scenarios.sort((a, b) -> a.id().compareTo(b.id()));
    errors.sort((a, b) -> {
      int file = a.location().file().toString().compareTo(b.location().file().toString());
      if (file != 0) {
        return file;
      }
      int line = Integer.compare(a.location().line(), b.location().line());
      return line != 0 ? line : Integer.compare(a.location().column(), b.location().column());
    });
    return new LoadResult(scenarios, errors);
  }

  /** Drops repeats of a file, and reports a second file with an id already taken. */
  private static List<ScenarioFiles.Found> unique(List<ScenarioFiles.Found> found, List<ScenarioError> errors) {
    Set<Path> files = new HashSet<>();
    Map<String, ScenarioFiles.Found> byId = new LinkedHashMap<>();
    for (ScenarioFiles.Found f : found) {
      if (!files.add(f.key())) {
        continue;
      }
      ScenarioFiles.Found first = byId.putIfAbsent(f.id(), f);
      if (first != null) {
        errors.add(new ScenarioError(SourceLocation.ofFile(f.file()), f.id(),
            "duplicate id '" + f.id() + "': " + first.file() + " has the same id (ids are paths relative to"
                + " the case root, here " + f.root() + ")"));
      }
    }
    return new ArrayList<>(byId.values());
  }
}
