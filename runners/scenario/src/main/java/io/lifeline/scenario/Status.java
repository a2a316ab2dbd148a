package io.lifeline.scenario;

import java.util.Locale;

/** How a run of a scenario's program ended. The lower-case names are part of the scenario format and the JSON output. */
public enum Status {
  /** The script body ran to its end. */
  COMPLETED,
  /** An exception escaped the script body. */
  ERROR,
  /** The run exceeded its budget (wall clock or instructions) and was stopped. */
  HANG,
  /** The backend itself failed: an internal fault, a killed process, unreadable output. Never expected by a rule. */
  CRASH;

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
