package io.lifeline.differential;

import java.util.Locale;

/** A backend's verdict on one scenario. The lower-case names are part of the JSON output. */
public enum Verdict {
  /** The outcome is what the matching rule expects. */
  PASS,
  /** The outcome differs from the matching rule: other events, another status or error type. */
  FAIL,
  /** The scenario or the backend is at fault: the backend crashed, or the scenario raised where no rule says so. */
  ERROR,
  /** No rule matches the backend's traits. */
  SKIP,
  /**
   * A model could not run the program: it met a construct outside its subset (status {@code unsupported}). No
   * rule matches it; it is neither a pass nor the backend failing the scenario.
   */
  UNSUPPORTED;

  public String wireName() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Whether this verdict makes a run exit with 1. */
  public boolean isProblem() {
    return this == FAIL || this == ERROR;
  }
}
