package io.lifeline.differential;

import io.lifeline.scenario.Backend;
import java.util.List;
import java.util.Optional;

/**
 * The real interpreter a model backend imitates: same {@code impl}, and a {@code version} equal to the model's or
 * extending it (a model of 3.11 is checked against real 3.11.7). Used to tell "the model is wrong" apart from
 * "the expectation is wrong" in reports.
 */
public final class RealCounterpart {
  private RealCounterpart() {}

  /**
   * The first real backend among {@code runs} that {@code model} imitates and whose outcome differs from the
   * model's (another signature); empty for a real backend, or when every counterpart agrees.
   */
  public static Optional<String> divergingFrom(Backend model, List<BackendRun> runs) {
    if (model.isReal()) {
      return Optional.empty();
    }
    BackendRun own = runs.stream().filter(r -> r.backend().name().equals(model.name())).findFirst().orElse(null);
    if (own == null) {
      return Optional.empty();
    }
    return runs.stream()
        .filter(r -> r.backend().isReal() && imitates(model, r.backend()))
        .filter(r -> !r.outcome().signature().equals(own.outcome().signature()))
        .map(r -> r.backend().name())
        .findFirst();
  }

  /** Whether {@code model} claims to behave like {@code real}. */
  public static boolean imitates(Backend model, Backend real) {
    String v = model.traits().version();
    String rv = real.traits().version();
    return model.traits().impl().equals(real.traits().impl()) && (rv.equals(v) || rv.startsWith(v + "."));
  }
}
