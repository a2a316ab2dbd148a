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

  /** The results whose baseline class ({@code known}, {@code regression}, {@code fixed}) is {@code kind}. */
  List<ResultEntries.Result> gated(String kind) {
    return results.stream().filter(r -> gateKind(r).equals(kind)).toList();
  }

  /**
   * A result's class against the baseline; a result with none (it never ran, so the engine judged nothing) is a
   * regression when it fails or errors, which such a result always does.
   */
  static String gateKind(ResultEntries.Result r) {
    if (r.gate() != null) {
      return r.gate().kind();
    }
    return r.verdict().equals("fail") || r.verdict().equals("error") ? "regression" : "none";
  }

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

  /**
   * Against a baseline: 2 for load errors or engine failures, 1 for a regression (or, when {@code strict}, a
   * listed result that is fixed), else 0.
   */
  int gatedExitCode(boolean strict) {
    if (!loadErrors.isEmpty() || !engineFailures.isEmpty()) {
      return Main.USAGE;
    }
    boolean failed = !gated("regression").isEmpty() || (strict && !gated("fixed").isEmpty());
    return failed ? Main.FAILED : Main.OK;
  }

  /** A run whose results were just written as the baseline: 2 for load errors or engine failures, else 0. */
  int acceptedExitCode() {
    return !loadErrors.isEmpty() || !engineFailures.isEmpty() ? Main.USAGE : Main.OK;
  }
}
