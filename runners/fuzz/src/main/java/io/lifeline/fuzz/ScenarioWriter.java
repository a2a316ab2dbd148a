package io.lifeline.fuzz;

import io.lifeline.scenario.Status;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Writes a finding as a scenario file (format v1, spec/scenarios.md): the schema line, a title naming the
 * divergence, a description saying how it was found, tags {@code [fuzz, <family>]}, the shrunk source, and
 * {@code expect} rules from the real interpreters ({@link Expectations}), ready for review. The file name is
 * {@code <family>-<model>-<hash of the key>.yaml}, so the same finding found again overwrites its own file.
 */
public final class ScenarioWriter {

  private static final Pattern PLAIN = Pattern.compile("[A-Za-z_][A-Za-z0-9_ .#-]*[A-Za-z0-9_.#-]|[A-Za-z_]");
  private static final Set<String> YAML_WORDS =
      Set.of("y", "n", "yes", "no", "true", "false", "on", "off", "null");

  private ScenarioWriter() {}

  /** Writes {@code f} into {@code dir} (created if missing) and returns the file. */
  public static Path write(Finding f, long seed, Path dir) throws IOException {
    Files.createDirectories(dir);
    String family = family(f.features());
    String model = f.pair().model().name().replaceAll("[^A-Za-z0-9.]+", "-");
    String hash = String.format("%08x", f.key().hashCode());
    Path file = dir.resolve(family + "-" + model + "-" + hash + ".yaml");
    Files.writeString(file, yaml(f, seed, family, schemaPath(dir)), StandardCharsets.UTF_8);
    return file;
  }

  static String yaml(Finding f, long seed, String family, String schema) {
    StringBuilder sb = new StringBuilder();
    sb.append("# yaml-language-server: $schema=").append(schema).append('\n');
    sb.append("title: ").append(quote(title(f))).append('\n');
    sb.append("description: |\n");
    for (String line : description(f, seed).split("\n")) {
      sb.append("  ").append(line).append('\n');
    }
    sb.append("tags: [fuzz, ").append(family).append("]\n");
    sb.append("source: |\n");
    for (String line : f.shrunk().source().split("\n")) {
      sb.append(line.isEmpty() ? "" : "  " + line).append('\n');
    }
    sb.append("expect:\n");
    for (Expectations.Rule r : Expectations.of(f.reals())) {
      String versions = r.versions().size() == 1 ? quote(r.versions().get(0))
          : r.versions().stream().map(ScenarioWriter::quote).collect(Collectors.joining(", ", "[", "]"));
      sb.append("- when: {impl: ").append(r.impl()).append(", version: ").append(versions).append("}\n");
      sb.append("  events: ").append(flow(r.outcome().events())).append('\n');
      if (r.outcome().status() == Status.ERROR && r.outcome().errorType() != null) {
        sb.append("  error: ").append(r.outcome().errorType()).append('\n');
      } else if (r.outcome().status() != Status.COMPLETED) {
        sb.append("  status: ").append(r.outcome().status().wireName()).append('\n');
      }
    }
    return sb.toString();
  }

  /** The scenario's title: which model diverges from which real interpreter, and how. */
  public static String title(Finding f) {
    return "fuzz: " + f.pair().model().name() + " diverges from " + f.pair().real().name() + " at event "
        + (f.divergence().index() + 1) + " (" + f.divergence().model() + " vs " + f.divergence().real() + ")";
  }

  private static String description(Finding f, long seed) {
    return "Found by `lifeline fuzz --seed " + seed + "` (program " + f.original().index() + "), shrunk from "
        + f.original().size() + " to " + f.shrunk().size() + " statements.\n"
        + "The model " + f.pair().model().name() + " and the real interpreter it models, " + f.pair().real().name()
        + ", first differ at event " + (f.divergence().index() + 1) + ":\n"
        + "  model: " + f.model().signature() + "\n"
        + "  real:  " + f.real().signature() + "\n"
        + "Constructs: " + f.features().stream().sorted().map(Feature::label).collect(Collectors.joining(", ")) + ".\n"
        + "Expectations are the real interpreters' outcomes; review them, rename the file and move it to\n"
        + "cases/" + family(f.features()) + "/ (or the family it belongs to).";
  }

  /**
   * The family a finding most likely belongs to, from its constructs: the most specific construct wins
   * (a coroutine finding that also passes arguments is a coroutine finding).
   */
  static String family(Set<Feature> features) {
    List<Object[]> order = List.of(
        new Object[] {"coroutine", List.of(Feature.COROUTINE)},
        new Object[] {"generator", List.of(Feature.GENERATOR, Feature.GENERATOR_EXPRESSION, Feature.DELEGATION,
            Feature.SEND, Feature.THROW)},
        new Object[] {"comprehension", List.of(Feature.COMPREHENSION)},
        new Object[] {"frame", List.of(Feature.FRAME_CAPTURED, Feature.FRAME_CLEAR, Feature.LOCALS_SNAPSHOT)},
        new Object[] {"exception", List.of(Feature.EXCEPTION_AS, Feature.EXCEPTION_STORED, Feature.EXCEPTION_CHAINED,
            Feature.EXC_INFO, Feature.TRACEBACK_CLEARED)},
        new Object[] {"context-manager", List.of(Feature.CONTEXT_MANAGER)},
        new Object[] {"closure", List.of(Feature.CLOSURE)},
        new Object[] {"calling-convention", List.of(Feature.POSITIONAL_TEMPORARY, Feature.KEYWORD_TEMPORARY,
            Feature.STAR_ARGS, Feature.BOUND_METHOD, Feature.CONSTRUCTOR_INIT, Feature.NATIVE_CALL)},
        new Object[] {"finalizer", List.of(Feature.RESURRECTION)},
        new Object[] {"gc", List.of(Feature.CYCLE)},
        new Object[] {"weakref", List.of(Feature.FINALIZE)},
        new Object[] {"container", List.of(Feature.CONTAINER)});
    for (Object[] entry : order) {
      @SuppressWarnings("unchecked")
      List<Feature> any = (List<Feature>) entry[1];
      if (any.stream().anyMatch(features::contains)) {
        return (String) entry[0];
      }
    }
    return features.contains(Feature.WEAKREF_CALLBACK) ? "weakref" : "finalizer";
  }

  /** A YAML flow sequence of strings. */
  static String flow(List<String> items) {
    return items.stream().map(ScenarioWriter::quote).collect(Collectors.joining(", ", "[", "]"));
  }

  /** {@code s} as a YAML scalar: plain when that reads back as the same string, else single-quoted. */
  static String quote(String s) {
    if (PLAIN.matcher(s).matches() && !YAML_WORDS.contains(s.toLowerCase(Locale.ROOT)) && !s.contains(" #")) {
      return s;
    }
    return "'" + s.replace("'", "''") + "'";
  }

  /** The schema's path relative to {@code dir}, found in the nearest {@code spec/} above it, else the corpus default. */
  private static String schemaPath(Path dir) {
    Path abs = dir.toAbsolutePath().normalize();
    for (Path p = abs; p != null; p = p.getParent()) {
      if (Files.isRegularFile(p.resolve("spec/scenario.schema.json"))) {
        return abs.relativize(p.resolve("spec/scenario.schema.json")).toString();
      }
    }
    return "../../spec/scenario.schema.json";
  }
}
