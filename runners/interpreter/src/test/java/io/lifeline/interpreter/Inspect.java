package io.lifeline.interpreter;

import static org.assertj.core.api.Assertions.assertThat;

import io.lifeline.interpreter.memory.HeapVerifier;
import io.lifeline.interpreter.vm.Interp;
import io.lifeline.scenario.Outcome;
import io.lifeline.scenario.Status;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
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

  /**
   * The same on another model backend, cancelled past {@link #WALL_CLOCK}: generous, since a stress-mode run of a
   * large program takes seconds on an idle machine and several times that on a loaded CI machine.
   */
  static Result run(ModelBackend backend, String program, Consumer<Interp> configure) {
    return run(backend, program, configure, WALL_CLOCK);
  }

  static final Duration WALL_CLOCK = Duration.ofSeconds(90);

  /**
   * Runs {@code program} with the heap verifier between the collector's phases (the tracing collector's on a PyPy
   * model) and asserts that the run did not crash and that every reference count equals the references that exist,
   * between the phases and after the run. Returns the outcome for further checks.
   */
  static Outcome assertHeapConsistent(ModelBackend backend, String program, Consumer<Interp> configure) {
    List<String> phaseProblems = new ArrayList<>();
    Result r = run(backend, program, in -> {
      configure.accept(in);
      Runnable validator = () -> phaseProblems.addAll(HeapVerifier.verify(in.heap, in::visitRoots, false));
      if (in.heap.tracer() != null) {
        in.heap.tracer().setPhaseValidator(validator);
      } else {
        in.heap.collector().setPhaseValidator(validator);
      }
    });
    assertThat(phaseProblems).as("between collection phases").isEmpty();
    return assertHeapConsistentAfter(r);
  }

  /** The same checked only after the run (stress modes, where a check between phases would cost too much). */
  static Outcome assertHeapConsistentAfter(ModelBackend backend, String program, Consumer<Interp> configure) {
    return assertHeapConsistentAfter(run(backend, program, configure));
  }

  private static Outcome assertHeapConsistentAfter(Result r) {
    assertThat(r.outcome().status()).as(r.outcome().detail()).isNotEqualTo(Status.CRASH);
    // a run cancelled mid-instruction leaves counts that no finished run would: say so, not "refcnt=3 but 2"
    assertThat(r.outcome().status()).as("the run did not finish (Inspect cancels it after %s): %s", WALL_CLOCK,
        r.outcome().detail())
        .isNotEqualTo(Status.HANG);
    assertThat(HeapVerifier.verify(r.interp().heap, r.interp()::visitRoots, true)).isEmpty();
    return r.outcome();
  }

  /** Checks every executed instruction's stack effect against the opcode table. */
  static void checkStackEffects(Interp in) {
    in.checkStackEffects = true;
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
