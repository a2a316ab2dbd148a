package io.lifeline.interpreter.vm;

/**
 * The program emitted an event beyond the {@link io.lifeline.scenario.EventLimits}. Not a guest exception: no
 * handler can catch it; the run ends as a CRASH naming the limit.
 */
public final class EventLimitException extends Error {
  private static final long serialVersionUID = 1L;

  public EventLimitException(String message) {
    super(message, null, false, false);
  }
}
