package io.lifeline.interpreter;

import io.lifeline.interpreter.vm.Interp;
import io.lifeline.scenario.Outcome;
import java.time.Duration;
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
    return run(backend, program, configure, Duration.ofSeconds(20));
  }

  /** The same with a wall-clock budget: past it the interpreter is cancelled, as ModelBackend does (a hang). */
  static Result run(ModelBackend backend, String program, Consumer<Interp> configure, Duration wallClock) {
    AtomicReference<Result> out = new AtomicReference<>();
    AtomicReference<Throwable> failure = new AtomicReference<>();
    AtomicReference<Interp> running = new AtomicReference<>();
    Thread t = new Thread(null, () -> {
      try {
        Interp in = backend.newInterp(true);
        running.set(in);
        configure.accept(in);
        out.set(new Result(in, new Run(in).execute(program)));
      } catch (Throwable e) {
        failure.set(e);
      }
    }, "inspect", 512L << 20);
    t.start();
    try {
      t.join(wallClock.toMillis());
      Interp in = running.get();
      if (t.isAlive() && in != null) {
        in.cancelled = true;
      }
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
