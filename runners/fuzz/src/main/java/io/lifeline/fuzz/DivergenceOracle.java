package io.lifeline.fuzz;

import io.lifeline.scenario.Budget;
import io.lifeline.scenario.Outcome;

/**
 * The shrinker's property for one finding: the candidate compiles on the reference interpreter, and the same
 * model and real interpreter still diverge first with the same events on both sides (at any index),
 * with the real interpreter's run ending as it did (same status and error type), so a removed definition that
 * turns the program into a NameError is refused even when the first divergence survives.
 */
public final class DivergenceOracle implements Shrinker.Property {

  private final Pair pair;
  private final CompileCheck compileCheck;
  private final Budget budget;
  private final Divergence divergence;
  private final Outcome realOutcome;

  public DivergenceOracle(Pair pair, CompileCheck compileCheck, Budget budget, Divergence divergence, Outcome realOutcome) {
    this.pair = pair;
    this.compileCheck = compileCheck;
    this.budget = budget;
    this.divergence = divergence;
    this.realOutcome = realOutcome;
  }

  @Override
  public boolean holds(Program candidate) {
    String source = candidate.source();
    if (compileCheck.error(source) != null) {
      return false;
    }
    Outcome real = pair.real().run(source, budget);
    if (real.status() != realOutcome.status() || !java.util.Objects.equals(real.errorType(), realOutcome.errorType())) {
      return false;
    }
    Outcome model = pair.model().run(source, budget);
    return divergence.sameAs(Divergence.between(model, real));
  }
}
