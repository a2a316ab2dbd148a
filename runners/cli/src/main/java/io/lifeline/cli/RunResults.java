package io.lifeline.cli;

import io.lifeline.junit.ResultEntries;
import java.util.List;
import java.util.Map;

/**
 * What a run produced, read back from the engine's report entries.
 *
 * @param results one per (scenario, backend) test that ran, in scenario then backend order
 * @param groups each scenario's outcome groups and group diffs, by scenario id
 * @param loadErrors files that did not load
 * @param engineFailures failures not tied to a scenario (the engine itself failed), as text
 * @param titles each scenario's title, by scenario id
 */
record RunResults(
    List<ResultEntries.Result> results,
    Map<String, ResultEntries.Groups> groups,
    List<ResultEntries.LoadError> loadErrors,
    List<String> engineFailures,
    Map<String, String> titles) {

  long count(String verdict) {
    return results.stream().filter(r -> r.verdict().equals(verdict)).count();
  }

  /**
   * 2 for load errors or engine failures, 1 for a failed or erroring scenario, else 0: a program a model could
   * not run (unsupported) is not a failure.
   */
  int exitCode() {
    if (!loadErrors.isEmpty() || !engineFailures.isEmpty()) {
      return Main.USAGE;
    }
    return count("fail") + count("error") > 0 ? Main.FAILED : Main.OK;
  }
}
