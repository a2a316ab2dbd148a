package io.lifeline.baseline;

import java.util.Locale;

/** What a result is with respect to a baseline. The lower-case names are part of the JSON output. */
public enum GateClass {
  /** Fails or errors as the baseline says, with the outcome it records. */
  KNOWN,
  /**
   * Fails or errors where the baseline lists nothing (it used to pass), or where the baseline records another
   * verdict or outcome: the only class that fails a gated run.
   */
  REGRESSION,
  /** Listed in the baseline but no longer failing (it passes, or is skipped or unsupported): a stale entry. */
  FIXED,
  /** Not failing and not listed: nothing to say. */
  NONE;

  public String wireName() {
    return name().toLowerCase(Locale.ROOT);
  }
}
