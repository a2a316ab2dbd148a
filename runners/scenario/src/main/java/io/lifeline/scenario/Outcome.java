package io.lifeline.scenario;

import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * What one backend observed running one program.
 *
 * @param events events emitted while the script body ran, in order; these are compared
 * @param status how the body ended
 * @param errorType the uncaught exception's type name when {@code status} is ERROR; for UNSUPPORTED, the type of
 *     the error the model stopped with (NotImplementedError at run time, SyntaxError at compile time); else null
 * @param errorMessage the uncaught exception's message (ERROR), the fault's description (CRASH, HANG), or the
 *     unsupported construct and its location (UNSUPPORTED), else null
 * @param shutdownEvents events emitted after the body ended (interpreter shutdown); shown, never compared
 * @param detail free-form diagnostics (stderr tail, Java stack of a crash); may be empty, never null
 * @param elapsed wall-clock time of the run
 * @param gcCollectReturns one entry per {@code gc.collect()} call that returned while the script body ran, in
 *     order: the number of body events recorded before it returned (so event {@code i}, 0-based, happened before
 *     that return when {@code i < entry}). Markers, not events: never compared, never part of the signature;
 *     read by {@code within: {gc: ...}} constraints. Empty for a backend that does not record them.
 */
public record Outcome(
    List<String> events,
    Status status,
    String errorType,
    String errorMessage,
    List<String> shutdownEvents,
    String detail,
    Duration elapsed,
    List<Integer> gcCollectReturns) {

  public Outcome {
    events = List.copyOf(events);
    Objects.requireNonNull(status, "status");
    shutdownEvents = List.copyOf(shutdownEvents);
    detail = detail == null ? "" : detail;
    elapsed = elapsed == null ? Duration.ZERO : elapsed;
    gcCollectReturns = gcCollectReturns == null ? List.of() : List.copyOf(gcCollectReturns);
    for (int i = 0; i < gcCollectReturns.size(); i++) {
      int at = gcCollectReturns.get(i);
      if (at < 0 || at > events.size() || (i > 0 && at < gcCollectReturns.get(i - 1))) {
        throw new IllegalArgumentException("gc.collect() returns must be ascending positions in 0.."
            + events.size() + ": " + gcCollectReturns);
      }
    }
  }

  /** An outcome of a backend that records no {@code gc.collect()} returns. */
  public Outcome(List<String> events, Status status, String errorType, String errorMessage,
      List<String> shutdownEvents, String detail, Duration elapsed) {
    this(events, status, errorType, errorMessage, shutdownEvents, detail, elapsed, List.of());
  }

  public static Outcome completed(List<String> events, List<String> shutdownEvents, Duration elapsed) {
    return new Outcome(events, Status.COMPLETED, null, null, shutdownEvents, "", elapsed);
  }

  public static Outcome crash(List<String> eventsSoFar, String message, String detail, Duration elapsed) {
    return new Outcome(eventsSoFar, Status.CRASH, null, message, List.of(), detail, elapsed);
  }

  /** A model's run stopped at a construct outside its subset; {@code message} names it and where it is. */
  public static Outcome unsupported(List<String> eventsSoFar, String errorType, String message, String detail,
      Duration elapsed) {
    return new Outcome(eventsSoFar, Status.UNSUPPORTED, errorType, message, List.of(), detail, elapsed);
  }

  /**
   * The part of an outcome that backends are compared on: events, status and error type. Two outcomes
   * with equal signatures belong to the same differential group.
   */
  public String signature() {
    return status.wireName() + (errorType == null ? "" : ":" + errorType) + " " + events;
  }

  /** One line for humans: "completed", "error: KeyError: 'x'", "hang: 10s wall clock". */
  public String statusLine() {
    StringBuilder sb = new StringBuilder(status.wireName());
    if (errorType != null) {
      sb.append(": ").append(errorType);
    }
    if (errorMessage != null && !errorMessage.isEmpty()) {
      sb.append(errorType != null ? ": " : ": ").append(errorMessage);
    }
    return sb.toString();
  }
}
