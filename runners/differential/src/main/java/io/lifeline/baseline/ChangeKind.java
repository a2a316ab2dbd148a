package io.lifeline.baseline;

import java.util.Locale;

/** How one (scenario, backend) differs between two runs. The lower-case names are part of the JSON output. */
public enum ChangeKind {
  /** Fails or errors now and did not before, or failed before with another verdict or outcome. */
  REGRESSION,
  /** Failed or errored before and does not now. */
  FIXED,
  /** Neither failing before nor now, but with another verdict or outcome (other events, another status). */
  CHANGED;

  public String wireName() {
    return name().toLowerCase(Locale.ROOT);
  }
}
