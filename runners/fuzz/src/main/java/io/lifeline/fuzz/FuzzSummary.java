package io.lifeline.fuzz;

import java.time.Duration;

/**
 * The totals of a fuzz run.
 *
 * @param programs programs run on every selected backend
 * @param findings divergences between a model and its real interpreter (a program may give several, one per pair)
 * @param distinct distinct findings after deduplication
 * @param invalid programs a real interpreter did not run to completion (generator bugs)
 * @param elapsed wall-clock time so far
 */
public record FuzzSummary(int programs, int findings, int distinct, int invalid, Duration elapsed) {

  /** Programs per second. */
  public double rate() {
    double s = elapsed.toNanos() / 1e9;
    return s <= 0 ? 0 : programs / s;
  }
}
