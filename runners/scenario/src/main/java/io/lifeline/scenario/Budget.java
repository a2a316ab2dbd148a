package io.lifeline.scenario;

import java.time.Duration;

/**
 * Limits for one run. A backend that exceeds {@code wallClock} or {@code instructions} reports HANG; one that
 * exceeds {@code memoryBytes} reports the interpreter's own MemoryError (or CRASH if it cannot).
 *
 * @param wallClock wall-clock limit for the whole run, shutdown included
 * @param memoryBytes address-space or heap limit
 * @param instructions instruction limit for in-process models; ignored by real interpreters
 */
public record Budget(Duration wallClock, long memoryBytes, long instructions) {

  public static final Budget DEFAULT = new Budget(Duration.ofSeconds(10), 2L << 30, 50_000_000L);

  public Budget withWallClock(Duration d) {
    return new Budget(d, memoryBytes, instructions);
  }
}
