package io.lifeline.baseline;

import io.lifeline.differential.AlignedDiff;
import io.lifeline.scenario.Baseline;
import io.lifeline.scenario.BaselineEntry;
import io.lifeline.scenario.KnownOutcome;
import java.util.Optional;

/**
 * Judges results against a baseline (spec/baselines.md): a failing result is KNOWN when the applying entry records
 * its verdict and outcome, else a REGRESSION ("another wrong order is news"); a result that no longer fails but
 * has an entry is FIXED.
 */
public final class BaselineGate {
  private BaselineGate() {}

  /** The class of {@code r} under {@code baseline}. */
  public static GateResult judge(Baseline baseline, ObservedResult r) {
    Optional<BaselineEntry> entry = baseline.entryFor(r.scenario(), r.backend(), r.traits());
    if (entry.isEmpty()) {
      return r.failing()
          ? new GateResult(r, GateClass.REGRESSION, null, "regression against the baseline: " + r.verdict()
              + ", and the baseline does not list it", null)
          : new GateResult(r, GateClass.NONE, null, "", null);
    }
    BaselineEntry e = entry.get();
    if (!r.failing()) {
      return new GateResult(r, GateClass.FIXED, e, "fixed since the baseline: " + r.verdict() + " now, listed as "
          + e.verdict() + " (" + e.outcome() + ")" + where(e), null);
    }
    KnownOutcome now = r.known();
    if (e.verdict().equals(r.verdict()) && e.outcome().equals(now)) {
      return new GateResult(r, GateClass.KNOWN, e, "known failure (baseline): " + e.verdict() + ", " + now
          + (e.reason() == null ? "" : "; " + e.reason()) + (e.link() == null ? "" : " (" + e.link() + ")"), null);
    }
    String what = e.outcome().isPartialOrder() == now.isPartialOrder() ? "" : " (one is judged by broken"
        + " constraints, the other by events)";
    AlignedDiff diff = AlignedDiff.of("baseline", e.outcome().compared(), "now", now.compared());
    return new GateResult(r, GateClass.REGRESSION, e, "regression against the baseline: known as " + e.verdict()
        + " " + e.outcome() + ", now " + r.verdict() + " " + now + what + where(e), diff);
  }

  private static String where(BaselineEntry e) {
    return e.location() == null ? "" : " [" + e.location() + "]";
  }
}
