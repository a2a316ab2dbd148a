package io.lifeline.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a baseline file (spec/baselines.md) into a {@link Baseline}, or into located problems: malformed YAML,
 * the schema ({@code spec/baseline.schema.json}), trait values that are not patterns, an entry with both or
 * neither of {@code events} and {@code broken}, an {@code errorType} without status {@code error}. Reads the file
 * and nothing else.
 */
public final class BaselineReader {

  /**
   * What reading a baseline file gave.
   *
   * @param baseline the entries; empty when there are problems
   * @param problems every problem, in file order
   */
  public record Loaded(Baseline baseline, List<ScenarioError> problems) {
    public Loaded {
      problems = List.copyOf(problems);
    }

    public boolean ok() {
      return problems.isEmpty();
    }
  }

  private final YamlTree tree;
  private final Diagnostics diagnostics;

  private BaselineReader(YamlTree tree, Diagnostics diagnostics) {
    this.tree = tree;
    this.diagnostics = diagnostics;
  }

  /** Reads {@code file}. */
  public static Loaded read(Path file) {
    Diagnostics diagnostics = new Diagnostics(file, "baseline");
    String text;
    try {
      text = Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      diagnostics.report(SourceLocation.ofFile(file), "cannot read the baseline: " + e.getMessage());
      return new Loaded(Baseline.EMPTY, diagnostics.errors());
    }
    if (text.isBlank()) {
      diagnostics.report(diagnostics.at(1, 1), "the file is empty; a baseline without entries is 'known: []'");
      return new Loaded(Baseline.EMPTY, diagnostics.errors());
    }
    return YamlTreeReader.read(text, diagnostics)
        .map(tree -> new BaselineReader(tree, diagnostics).baseline())
        .orElseGet(() -> new Loaded(Baseline.EMPTY, diagnostics.errors()));
  }

  private Loaded baseline() {
    BaselineSchema.check(tree, diagnostics);
    if (diagnostics.hasErrors()) {
      return new Loaded(Baseline.EMPTY, diagnostics.errors());
    }
    List<BaselineEntry> entries = new ArrayList<>();
    for (int i = 0; i < tree.node("/known").size(); i++) {
      entries.add(entry(YamlTree.child("/known", i)));
    }
    return diagnostics.hasErrors() ? new Loaded(Baseline.EMPTY, diagnostics.errors())
        : new Loaded(new Baseline(entries), List.of());
  }

  /** The entry at {@code pointer}; the schema has already checked keys and types. */
  private BaselineEntry entry(String pointer) {
    String backend = text(pointer, "backend");
    When when = backend == null
        ? new When(new RuleReader(tree, diagnostics).when(YamlTree.child(pointer, "when"))) : null;
    Status status = Status.fromWireName(text(pointer, "status"));
    String errorType = text(pointer, "errorType");
    if (errorType != null && status != Status.ERROR) {
      diagnostics.report(tree.keyAt(YamlTree.child(pointer, "errorType")),
          "errorType is given only with status: error, not with status: " + status.wireName());
    }
    List<String> events = strings(YamlTree.child(pointer, "events"));
    List<String> broken = strings(YamlTree.child(pointer, "broken"));
    KnownOutcome outcome;
    if ((events == null) == (broken == null)) {
      diagnostics.report(tree.valueAt(pointer), "an entry gives either 'events' (what the run emitted) or 'broken'"
          + " (the constraints of a partial-order rule it breaks)" + (events == null ? "" : ", not both"));
      outcome = KnownOutcome.ofEvents(status, errorType, List.of());
    } else {
      outcome = new KnownOutcome(status, errorType, events, broken);
    }
    return new BaselineEntry(text(pointer, "scenario"), backend, when, text(pointer, "verdict"), outcome,
        text(pointer, "reason"), text(pointer, "link"), tree.valueAt(pointer));
  }

  private String text(String pointer, String key) {
    JsonNode n = tree.node(YamlTree.child(pointer, key));
    return n.isTextual() ? n.asText() : null;
  }

  private List<String> strings(String pointer) {
    JsonNode n = tree.node(pointer);
    if (!n.isArray()) {
      return null;
    }
    List<String> out = new ArrayList<>();
    n.forEach(item -> out.add(item.asText()));
    return out;
  }
}
