package io.lifeline.scenario;

import java.time.Duration;

/**
 * Limits for one run. A backend that exceeds {@code wallClock} reports HANG, models and real interpreters
 * alike (a model is never stopped by counting its instructions: a long program is not a hang); one that exceeds
 * {@code memoryBytes} reports the interpreter's own MemoryError (or CRASH if it cannot).
 *
 * @param wallClock wall-clock limit for the whole run, shutdown included
 * @param memoryBytes address-space or heap limit
 */
public record Budget(Duration wallClock, long memoryBytes) {

  public static final Budget DEFAULT = new Budget(Duration.ofSeconds(10), 2L << 30);

  public Budget withWallClock(Duration d) {
    return new Budget(d, memoryBytes);
  }
}
