package io.lifeline.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Reads one scenario file in three phases: parse the YAML keeping every node's place ({@link YamlTreeReader}),
 * check it against the schema ({@link ScenarioSchema}; skipped for a text that met it before, see
 * {@link SchemaVerdicts}), then check what the schema cannot express and build the {@link Scenario}. All phases
 * report to the file's {@link Diagnostics}; the scenario is returned only when none reported anything. The
 * semantic phase runs even after schema violations so that one run shows every problem; where it has a more
 * specific message for a node, the schema's message for that node is dropped.
 */
final class ScenarioReader {

  /**
   * The largest scenario file read, in bytes (3 MiB). A scenario is one short program and its rules; the limit
   * keeps a runaway file from filling the heap, and sits at SnakeYAML's own limit of 3 Mi code points, which a
   * file within it can never reach, so that limit never shows up as "malformed YAML". Documented in
   * spec/scenarios.md ("Limits").
   */
  static final long MAX_FILE_BYTES = 3L * 1024 * 1024;

  private final ScenarioFiles.Found found;
  private final IncludeLibrary library;
  private final SchemaVerdicts verdicts;
  private final Diagnostics diagnostics;
  private YamlTree tree;
  private String text;

  private ScenarioReader(ScenarioFiles.Found found, IncludeLibrary library, SchemaVerdicts verdicts) {
    this.found = found;
    this.library = library;
    this.verdicts = verdicts;
    this.diagnostics = new Diagnostics(found.file(), found.id());
  }

  /** Reads the file; its problems, if any, are added to {@code errors}. */
  static Optional<Scenario> read(
      ScenarioFiles.Found found, IncludeLibrary library, SchemaVerdicts verdicts, List<ScenarioError> errors) {
    ScenarioReader reader = new ScenarioReader(found, library, verdicts);
    Optional<Scenario> scenario = reader.read();
    errors.addAll(reader.diagnostics.errors());
    return scenario;
  }

  private Optional<Scenario> read() {
    if (!readText()) {
      return Optional.empty();
    }
    Optional<YamlTree> parsed = YamlTreeReader.read(text, diagnostics);
    if (parsed.isEmpty()) {
      return Optional.empty();
    }
    tree = parsed.get();
    if (!tree.root().isObject()) {
      diagnostics.report(tree.valueAt(""), "a scenario is a mapping with title, source and expect");
      return Optional.empty();
    }
    List<ScenarioSchema.Problem> schemaProblems = checkSchema();
    Scenario scenario = build();
    for (ScenarioSchema.Problem p : schemaProblems) {
      if (!diagnostics.reportedAt(p.pointer())) {
        diagnostics.report(p.location(), p.message());
      }
    }
    return diagnostics.hasErrors() ? Optional.empty() : Optional.of(scenario);
  }

  /** The schema's violations in the tree; none, unchecked, for a text found valid before ({@link SchemaVerdicts}). */
  private List<ScenarioSchema.Problem> checkSchema() {
    if (verdicts.knownValid(text)) {
      return List.of();
    }
    List<ScenarioSchema.Problem> problems = ScenarioSchema.check(tree);
    if (problems.isEmpty()) {
      verdicts.rememberValid(text);
    }
    return problems;
  }

  private boolean readText() {
    try {
      long size = Files.size(found.file());
      if (size > MAX_FILE_BYTES) {
        diagnostics.report(SourceLocation.ofFile(found.file()), "the file is " + size + " bytes, over the limit of "
            + MAX_FILE_BYTES + " bytes for a scenario file (see Limits in spec/scenarios.md)");
        return false;
      }
      text = Files.readString(found.file());
      return true;
    } catch (CharacterCodingException e) {
      diagnostics.report(SourceLocation.ofFile(found.file()), "not UTF-8 text");
    } catch (IOException e) {
      diagnostics.report(SourceLocation.ofFile(found.file()), "cannot read: " + e.getMessage());
    }
    return false;
  }

  private Scenario build() {
    String title = title();
    List<String> includes = strings("/includes");
    String prefix = includedText();
    String source = string("/source");
    return new Scenario(
        found.id(),
        found.file(),
        title,
        string("/description"),
        strings("/tags"),
        strings("/links"),
        includes,
        source,
        prefix + source,
        sourceLine(),
        (int) prefix.chars().filter(c -> c == '\n').count(),
        rules());
  }

  private String title() {
    String title = string("/title");
    if (title.contains("\n") || title.contains("\r")) {
      diagnostics.reportAt("/title", tree.valueAt("/title"), "title must be one line; put the rest in description");
    }
    return title;
  }

  /** The includes' text in order; reports names that are not files in the root's lib/. */
  private String includedText() {
    StringBuilder prefix = new StringBuilder();
    Set<String> seen = new HashSet<>();
    JsonNode includes = tree.node("/includes");
    for (int i = 0; i < includes.size() && includes.isArray(); i++) {
      String name = includes.get(i).asText();
      String pointer = YamlTree.child("/includes", i);
      if (!includes.get(i).isTextual() || name.isEmpty() || name.contains("/") || name.contains("\\")) {
        continue; // the schema's message says what a name must look like
      }
      if (!seen.add(name)) {
        diagnostics.reportAt(pointer, tree.valueAt(pointer), "include '" + name + "' is already listed");
        continue;
      }
      include(name, pointer).ifPresent(prefix::append);
    }
    return prefix.toString();
  }

  private Optional<String> include(String name, String pointer) {
    try {
      Optional<String> included = library.text(name);
      if (included.isEmpty()) {
        diagnostics.reportAt(pointer, tree.valueAt(pointer), unknownInclude(name));
      }
      return included;
    } catch (UncheckedIOException e) {
      diagnostics.reportAt(pointer, tree.valueAt(pointer), "include '" + name + "': " + e.getMessage());
      return Optional.empty();
    }
  }

  private String unknownInclude(String name) {
    List<String> available = library.names();
    return "unknown include '" + name + "': no such file in " + library.dir()
        + (available.isEmpty() ? " (the folder is empty or missing)" : " (there are: " + String.join(", ", available) + ")");
  }

  /**
   * The file line where the source text starts: the line after a block scalar's indicator ({@code source: |}),
   * else the line of the value itself.
   */
  private int sourceLine() {
    SourceLocation at = tree.valueAt("/source");
    if (!tree.node("/source").isTextual() || at.line() <= 0) {
      return 0;
    }
    String[] lines = text.split("\r?\n", -1);
    String line = at.line() <= lines.length ? lines[at.line() - 1] : "";
    int column = at.column() - 1;
    boolean block = column >= 0 && column < line.length() && (line.charAt(column) == '|' || line.charAt(column) == '>');
    return block ? at.line() + 1 : at.line();
  }

  private List<Rule> rules() {
    List<Rule> rules = new ArrayList<>();
    JsonNode expect = tree.node("/expect");
    RuleReader reader = new RuleReader(tree, diagnostics);
    String defaultRule = null;
    boolean unreachableReported = false;
    for (int i = 0; i < expect.size() && expect.isArray(); i++) {
      String pointer = YamlTree.child("/expect", i);
      if (!expect.get(i).isObject()) {
        continue; // the schema reports a rule that is not a mapping
      }
      if (defaultRule != null && !unreachableReported) {
        unreachableReported = true;
        diagnostics.report(tree.valueAt(pointer),
            "this rule and any after it are never used: the rule at line " + tree.valueAt(defaultRule).line()
                + " has no 'when' and matches every backend; put the default rule last");
      }
      rules.add(reader.read(pointer));
      if (defaultRule == null && reader.isDefault(pointer)) {
        defaultRule = pointer;
      }
    }
    return rules;
  }

  private String string(String pointer) {
    JsonNode node = tree.node(pointer);
    return node.isTextual() ? node.asText() : "";
  }

  private List<String> strings(String pointer) {
    List<String> values = new ArrayList<>();
    JsonNode node = tree.node(pointer);
    for (JsonNode item : node.isArray() ? node : List.<JsonNode>of()) {
      if (item.isTextual()) {
        values.add(item.asText());
      }
    }
    return values;
  }
}
