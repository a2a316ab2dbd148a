package io.lifeline.fuzz;

import io.lifeline.scenario.Budget;
import io.lifeline.scenario.Outcome;
import io.lifeline.scenario.Status;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The shrinker's property for one finding: the candidate compiles on the reference interpreter, and the same
 * model and real interpreter still diverge first with the same events on both sides (at any index),
 * with the real interpreter's run ending as it did (same status and error type), so a removed definition that
 * turns the program into a NameError is refused even when the first divergence survives. The model runs while
 * the real interpreter does (a test's latency is the slower of the two, not their sum).
 */
public record DivergenceOracle(Pair pair, CompileCheck compileCheck, Budget budget, Divergence divergence,
    Outcome realOutcome) implements Shrinker.Property {

  private static final ExecutorService MODEL_RUNS = Executors.newCachedThreadPool(r -> {
    Thread t = new Thread(r, "lifeline-shrink-model");
    t.setDaemon(true);
    return t;
  });

  @Override
  public boolean holds(Program candidate) {
    String source = candidate.source();
    if (compileCheck.error(source) != null) {
      return false;
    }
    CompletableFuture<Outcome> model = CompletableFuture.supplyAsync(() -> pair.model().run(source, budget), MODEL_RUNS);
    Outcome real = pair.real().run(source, budget);
    if (real.status() != realOutcome.status() || !java.util.Objects.equals(real.errorType(), realOutcome.errorType())) {
      return false;
    }
    Outcome modelOutcome = model.join();
    if (modelOutcome.status() == Status.UNSUPPORTED) {
      return false; // a candidate the model cannot run shows nothing about the divergence
    }
    return divergence.sameAs(Divergence.between(modelOutcome, real));
  }
}
