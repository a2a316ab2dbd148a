package io.lifeline.fuzz;

import io.lifeline.scenario.Budget;
import java.time.Duration;

/**
 * What a fuzz run does.
 *
 * @param seed the generator's seed; the same seed gives the same programs
 * @param count programs to run; 0 for no limit (then {@code time} must bound the run)
 * @param time wall-clock limit for generating new programs (those started still finish); null for none
 * @param jobs programs run at once
 * @param budget the limits of one run of one program on one backend
 * @param maxShrinkTests the most property tests one finding's shrinking may take
 */
public record FuzzOptions(long seed, int count, Duration time, int jobs, Budget budget, int maxShrinkTests) {

  public FuzzOptions {
    if (count < 0 || (count == 0 && time == null)) {
      throw new IllegalArgumentException("a fuzz run needs a count or a time limit");
    }
    if (jobs < 1) {
      throw new IllegalArgumentException("jobs must be at least 1");
    }
  }

  public static FuzzOptions of(long seed, int count) {
    return new FuzzOptions(seed, count, null, Runtime.getRuntime().availableProcessors(),
        Budget.DEFAULT.withWallClock(Duration.ofSeconds(5)), 600);
  }
}
