package io.lifeline.cli;

import io.lifeline.baseline.ObservedResult;
import io.lifeline.junit.ResultEntries;
import io.lifeline.scenario.Status;
import java.util.List;

/** Turns the results a run reported ({@link ResultEntries.Result}) into what the baseline gate reads. */
final class ObservedResults {
  private ObservedResults() {}

  static ObservedResult of(ResultEntries.Result r) {
    List<String> broken = r.constraints() == null ? null
        : r.constraints().stream().filter(c -> !c.met()).map(ResultEntries.Check::constraint).toList();
    return new ObservedResult(r.scenario(), r.backend(), r.traits(), r.verdict(), Status.fromWireName(r.status()),
        r.errorType(), r.events() == null ? List.of() : r.events(), broken);
  }

  static List<ObservedResult> of(List<ResultEntries.Result> results) {
    return results.stream().map(ObservedResults::of).toList();
  }
}
