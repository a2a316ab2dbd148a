package io.lifeline.scenario;

import java.util.Optional;

/**
 * The bounds on what one run may emit, the same on every backend (spec/backends.md, "Event limits"): an event
 * of at most {@link #MAX_EVENT_BYTES} bytes of UTF-8, at most {@link #MAX_EVENTS} events, and at most
 * {@link #MAX_TOTAL_BYTES} bytes of events in all (body and shutdown together). A run that goes beyond one stops
 * being read there: its outcome is a CRASH whose message names the limit, with the events before it, so a giant
 * event is reported as an error, never lost and never held in memory.
 */
public final class EventLimits {
  private EventLimits() {}

  /** The largest event, in bytes of UTF-8. */
  public static final int MAX_EVENT_BYTES = 64 * 1024;

  /** The most events of one run, body and shutdown together. */
  public static final int MAX_EVENTS = 100_000;

  /** The most bytes of events of one run, body and shutdown together. */
  public static final long MAX_TOTAL_BYTES = 16L * 1024 * 1024;

  /** "event of N bytes exceeds the limit of M bytes". */
  public static String eventTooLarge(long bytes) {
    return "event of " + bytes + " bytes exceeds the limit of " + MAX_EVENT_BYTES + " bytes";
  }

  /**
   * Why one more event of {@code bytes} bytes, after {@code count} events of {@code total} bytes, goes beyond a
   * limit; empty when it does not.
   */
  public static Optional<String> check(long bytes, int count, long total) {
    if (bytes > MAX_EVENT_BYTES) {
      return Optional.of(eventTooLarge(bytes));
    }
    if (count >= MAX_EVENTS) {
      return Optional.of("event " + (count + 1L) + " exceeds the limit of " + MAX_EVENTS + " events per run");
    }
    if (total + bytes > MAX_TOTAL_BYTES) {
      return Optional.of("events of " + (total + bytes) + " bytes in all exceed the limit of " + MAX_TOTAL_BYTES
          + " bytes per run");
    }
    return Optional.empty();
  }

  /** The length of {@code s} in UTF-8 (a lone surrogate counts 3 bytes, as Python's surrogatepass writes it). */
  public static long utf8Length(CharSequence s) {
    long n = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c < 0x80) {
        n += 1;
      } else if (c < 0x800) {
        n += 2;
      } else if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
        n += 4;
        i++;
      } else {
        n += 3;
      }
    }
    return n;
  }
}
