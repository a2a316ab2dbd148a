package io.lifeline.interpreter;

import io.lifeline.interpreter.vm.Interp;
import io.lifeline.scenario.Outcome;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

/**
 * Runs a program on a fresh interpreter of a model backend (cpython-3.11 unless given) that the test can
 * inspect afterwards (on a big-stack thread).
 */
final class Inspect {
  private Inspect() {}

  record Result(Interp interp, Outcome outcome) {}

  static Result run(String program, Consumer<Interp> configure) {
    return run(ModelBackend.cpython311(), program, configure);
  }

  /** The same on another model backend. */
  static Result run(ModelBackend backend, String program, Consumer<Interp> configure) {
    AtomicReference<Result> out = new AtomicReference<>();
    AtomicReference<Throwable> failure = new AtomicReference<>();
    Thread t = new Thread(null, () -> {
      try {
        Interp in = backend.newInterp(20_000_000L, true);
        configure.accept(in);
        out.set(new Result(in, new Run(in).execute(program)));
      } catch (Throwable e) {
        failure.set(e);
      }
    }, "inspect", 512L << 20);
    t.start();
    try {
      t.join();
    } catch (InterruptedException e) {
      throw new IllegalStateException(e);
    }
    if (failure.get() != null) {
      throw new AssertionError(failure.get());
    }
    return out.get();
  }
}
