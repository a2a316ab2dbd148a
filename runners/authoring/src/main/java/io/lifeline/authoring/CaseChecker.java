package io.lifeline.authoring;

import io.lifeline.scenario.ExpectBlock;
import io.lifeline.scenario.LoadResult;
import io.lifeline.scenario.Rule;
import io.lifeline.scenario.Scenario;
import io.lifeline.scenario.ScenarioError;
import io.lifeline.scenario.ScenarioLoader;
import io.lifeline.scenario.SourceLocation;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * {@code lifeline check}: everything that can be wrong with scenario files without running them, as located
 * problems. In order: what the loader reports (malformed YAML, the schema, duplicate ids, missing includes,
 * malformed rules), the placeholder title or description of {@code lifeline new} ({@link Scaffold#placeholders}),
 * a scenario not blessed yet (no rules), a known backend that no rule covers
 * ({@link KnownBackends#required}), and a program that does not parse ({@link SourceParser}).
 */
public final class CaseChecker {

  /**
   * What a check found.
   *
   * @param files scenario files looked at (loaded or not)
   * @param problems every problem, sorted by file, line and column
   * @param notes what the check could not do (no parser available)
   */
  public record Report(int files, List<ScenarioError> problems, List<String> notes) {
    public Report {
      problems = List.copyOf(problems);
      notes = List.copyOf(notes);
    }

    public boolean ok() {
      return problems.isEmpty();
    }
  }

  private final List<KnownBackends.Required> required;
  private final Optional<SourceParser> parser;

  public CaseChecker(List<KnownBackends.Required> required, Optional<SourceParser> parser) {
    this.required = List.copyOf(required);
    this.parser = parser;
  }

  /** Checks the scenario files at the paths (files or folders, as {@link ScenarioLoader#load} takes them). */
  public Report check(List<Path> paths) {
    LoadResult loaded = new ScenarioLoader().load(paths);
    List<ScenarioError> problems = new ArrayList<>(loaded.errors());
    List<String> notes = new ArrayList<>();
    for (Scenario s : loaded.scenarios()) {
      problems.addAll(Scaffold.placeholders(s));
      coverage(s).ifPresent(problems::add);
    }
    if (parser.isPresent()) {
      problems.addAll(parse(loaded.scenarios(), parser.get()));
    } else {
      notes.add("programs not parsed: no CPython to parse them with");
    }
    problems.sort(Comparator.comparing((ScenarioError e) -> e.location().file().toString())
        .thenComparingInt(e -> e.location().line()).thenComparingInt(e -> e.location().column()));
    Set<Path> files = new HashSet<>();
    loaded.scenarios().forEach(s -> files.add(s.file()));
    loaded.errors().forEach(e -> files.add(e.location().file()));
    return new Report(files.size(), problems, notes);
  }

  /** Not blessed, or some known backend without a rule; located at the expect key. */
  private Optional<ScenarioError> coverage(Scenario s) {
    if (s.rules().isEmpty()) {
      return Optional.of(new ScenarioError(new SourceLocation(s.file(), 1, 1), s.id(),
          "not blessed yet: no expect rules; run lifeline bless " + s.file()));
    }
    List<String> uncovered = required.stream().filter(r -> s.ruleFor(r.traits()).isEmpty())
        .filter(r -> KnownBackends.loadsNativeModule(r.traits()) || !s.program().contains(KnownBackends.NATIVE_MODULE))
        .map(KnownBackends.Required::name).toList();
    if (uncovered.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new ScenarioError(new SourceLocation(s.file(), expectLine(s), 1), s.id(),
        "no rule covers " + String.join(", ", uncovered) + "; add rules for them (run lifeline bless where they"
            + " are installed) or a default rule"));
  }

  private static int expectLine(Scenario s) {
    try {
      return ExpectBlock.locate(Files.readString(s.file(), StandardCharsets.UTF_8)).map(ExpectBlock::keyLine).orElse(1);
    } catch (IOException e) {
      return 1;
    }
  }

  /**
   * Parse problems located in the file. A scenario with a rule expecting SyntaxError is about a program that
   * does not parse, so its parse problem is no problem of the file.
   */
  private static List<ScenarioError> parse(List<Scenario> scenarios, SourceParser parser) {
    Map<String, Scenario> byId = scenarios.stream().collect(Collectors.toMap(Scenario::id, Function.identity()));
    List<ScenarioError> problems = new ArrayList<>();
    for (SourceParser.Problem p : parser.parse(scenarios)) {
      Scenario s = byId.get(p.id());
      if (s == null || s.rules().stream().map(Rule::errorType).anyMatch("SyntaxError"::equals)) {
        continue;
      }
      int sourceLine = p.programLine() - s.programOffset();
      String message = "the program does not parse (" + parser.name() + "): " + p.message();
      if (p.programLine() > 0 && sourceLine <= 0) {
        message += " (in the includes, program line " + p.programLine() + ")";
      }
      int fileLine = sourceLine > 0 ? s.sourceLine() + sourceLine - 1 : s.sourceLine();
      problems.add(new ScenarioError(new SourceLocation(s.file(), fileLine, 1), s.id(), message));
    }
    return problems;
  }
}
