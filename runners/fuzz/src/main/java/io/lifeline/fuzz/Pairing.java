package io.lifeline.fuzz;

import io.lifeline.scenario.Backend;
import io.lifeline.scenario.Traits;
import io.lifeline.scenario.Version;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Which real interpreter a model models: a function of traits only.
 *
 * <p>A model (trait {@code kind=model}) with traits {@code impl=I, version=V} models the real interpreters with
 * {@code impl=I} whose version has V as a component-wise prefix, the same test as a scenario rule's version
 * pattern: model {@code cpython 3.11} models real CPython 3.11.2 and 3.11.7, model {@code pypy 7.3.11} models
 * PyPy 7.3.11, and model {@code pypy 7.3.18} models nothing on a machine without PyPy 7.3.18. When several
 * reals qualify, the newest release is the counterpart (3.11.7 over 3.11.2): one comparison per model and
 * program, against the release the model's authors most likely read.
 */
public final class Pairing {
  private Pairing() {}

  /** The real interpreter among {@code reals} that {@code model} models, if any. */
  public static Optional<Backend> counterpart(Backend model, List<? extends Backend> reals) {
    return reals.stream().map(b -> (Backend) b)
        .filter(Backend::isReal)
        .filter(r -> models(model.traits(), r.traits()))
        .max(Comparator.comparing((Backend r) -> version(r.traits()).orElseThrow()));
  }

  /** Whether a model with traits {@code model} models a real interpreter with traits {@code real}. */
  public static boolean models(Traits model, Traits real) {
    if (!model.impl().equals(real.impl())) {
      return false;
    }
    Optional<Version> m = version(model);
    Optional<Version> r = version(real);
    return m.isPresent() && r.isPresent() && r.get().startsWith(m.get());
  }

  private static Optional<Version> version(Traits t) {
    return Version.parseLenient(t.version());
  }
}
