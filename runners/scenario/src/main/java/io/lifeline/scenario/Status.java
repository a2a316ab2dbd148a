package io.lifeline.scenario;

import java.util.Locale;

/** How a run of a scenario's program ended. The lower-case names are part of the scenario format and the JSON output. */
public enum Status {
  /** The script body ran to its end. */
  COMPLETED,
  /** An exception escaped the script body. */
  ERROR,
  /** The run exceeded its wall-clock budget and was stopped. */
  HANG,
  /**
   * The backend itself failed: an internal fault, a killed process, unreadable output (an event beyond the
   * {@link EventLimits}). Never expected by a rule.
   */
  CRASH,
  /**
   * A model met a construct outside its subset and could not run the program; the message names the construct
   * and its location. Never expected by a rule (the scenario format does not accept it), so no rule matches it.
   */
  UNSUPPORTED;

  /** Whether a rule may expect this status: completed, error and hang. */
  public boolean isExpectable() {
    return this == COMPLETED || this == ERROR || this == HANG;
  }

  /** The name used in YAML and JSON. */
  public String wireName() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Parses a wire name; throws IllegalArgumentException for anything else. */
  public static Status fromWireName(String name) {
    for (Status s : values()) {
      if (s.wireName().equals(name)) {
        return s;
      }
    }
    throw new IllegalArgumentException("unknown status '" + name + "'");
  }
}
