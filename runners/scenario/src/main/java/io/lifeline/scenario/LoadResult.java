package io.lifeline.scenario;

import java.util.List;
import java.util.Optional;

/**
 * What loading scenario files produced: the scenarios that loaded, sorted by id, and the located problems of
 * the files that did not, sorted by file, line and column. A file with any error contributes no scenario.
 *
 * @param scenarios the loaded scenarios, ids unique, sorted by id
 * @param errors the problems found, one file's problems never hiding another file's scenario
 */
public record LoadResult(List<Scenario> scenarios, List<ScenarioError> errors) {

  public LoadResult {
    scenarios = List.copyOf(scenarios);
    errors = List.copyOf(errors);
  }

  public boolean hasErrors() {
    return !errors.isEmpty();
  }

  /** The scenario with this id, if it loaded. */
  public Optional<Scenario> byId(String id) {
    return scenarios.stream().filter(s -> s.id().equals(id)).findFirst();
  }
}
