package io.lifeline.interpreter;

import io.lifeline.interpreter.vm.Policies;
import io.lifeline.interpreter.builtins.Builtins;
import io.lifeline.interpreter.modules.ModuleRegistry;
import io.lifeline.interpreter.vm.Interp;
import io.lifeline.scenario.Budget;
import io.lifeline.scenario.NamedBackend;
import io.lifeline.scenario.Outcome;
import io.lifeline.scenario.Status;
import io.lifeline.scenario.Traits;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A model backend: the shared interpreter configured by a {@link Policies}. Each run gets a fresh
 * interpreter on a run thread of its own while it runs (with a large stack, for deallocation chains and native
 * re-entry; threads are pooled), so runs are independent and a wall-clock overrun becomes HANG.
 */
public final class ModelBackend extends NamedBackend {
  private static final long THREAD_STACK_BYTES = 512L << 20;
  /**
   * The run threads, shared by every model backend: reused, since starting a thread with this stack costs about
   * 0.2 ms (a tenth of a benchmark program's run); idle ones end after a minute, and a run stuck past its wall
   * clock keeps its thread while others start.
   */
  private static final ExecutorService RUN_THREADS = Executors.newCachedThreadPool(new ThreadFactory() {
    private final AtomicInteger count = new AtomicInteger();

    @Override
    public Thread newThread(Runnable r) {
      Thread t = new Thread(null, r, "lifeline-model-" + count.incrementAndGet(), THREAD_STACK_BYTES);
      t.setDaemon(true);
      return t;
    }
  });

  private final Policies policies;
  /** Interp#jitThreshold for this backend's interpreters; null: the interpreter's default. */
  private final Integer jitThreshold;

  public ModelBackend(String name, Traits traits, Policies policies) {
    this(name, traits, policies, null);
  }

  private ModelBackend(String name, Traits traits, Policies policies, Integer jitThreshold) {
    super(name, traits);
    this.policies = policies;
    this.jitThreshold = jitThreshold;
  }

  /**
   * This backend with its code objects compiled after {@code threshold} calls plus loop iterations (0: never,
   * 1: on first entry); events and outcomes do not depend on it, and the tests check that they do not.
   */
  public ModelBackend withJitThreshold(int threshold) {
    return new ModelBackend(name(), traits(), policies, threshold);
  }

  /** CPython 3.11's model. */
  public static ModelBackend cpython311() {
    return model("cpython", "3.11", Policies.cpython311());
  }

  /** PyPy 7.3.11's model (Python 3.9). */
  public static ModelBackend pypy7311() {
    return model("pypy", "7.3.11", Policies.pypy7311());
  }

  /** PyPy 7.3.18's model: 7.3.11 with the frame-stack fix (pypy/pypy PR #5087); no real 7.3.18 checks it. */
  public static ModelBackend pypy7318() {
    return model("pypy", "7.3.18", Policies.pypy7318());
  }

  /** CPython 3.10's model: the shared interpreter with {@link Policies#cpython310()}. */
  public static ModelBackend cpython310() {
    return model("cpython", "3.10", Policies.cpython310());
  }

  /** CPython 3.12's model. */
  public static ModelBackend cpython312() {
    return model("cpython", "3.12", Policies.cpython312());
  }

  /** CPython 3.13's model. */
  public static ModelBackend cpython313() {
    return model("cpython", "3.13", Policies.cpython313());
  }

  /**
   * The model named {@code impl-version}, whose traits beyond impl and version are read off its policies, so a
   * scenario's {@code when} sees what the model does: reclaim, pycall (a convention that holds any argument is
   * {@code hold}), flocals, comprehensions and frames.
   */
  private static ModelBackend model(String impl, String version, Policies p) {
    return new ModelBackend(impl + "-" + version, traits(impl, version, lower(p.reclaim()),
        p.pycall() == Policies.CallConvention.MOVE ? "move" : "hold", lower(p.flocals()), lower(p.comprehensions()),
        lower(p.frames())), p);
  }

  private static String lower(Enum<?> policy) {
    return policy.name().toLowerCase(java.util.Locale.ROOT);
  }

  /** Traits in the order every backend lists them (spec/backends.md). */
  static Traits traits(String impl, String version, String reclaim, String pycall, String flocals,
      String comprehensions, String frames) {
    Map<String, String> t = new java.util.LinkedHashMap<>();
    t.put(Traits.IMPL, impl);
    t.put(Traits.VERSION, version);
    t.put(Traits.KIND, "model");
    t.put("reclaim", reclaim);
    t.put("pycall", pycall);
    t.put("flocals", flocals);
    t.put("comprehensions", comprehensions);
    t.put("frames", frames);
    return Traits.of(t);
  }

  public Policies policies() {
    return policies;
  }

  /**
   * A fresh interpreter for this backend (tests use it to inspect the heap after a run): the VM with the builtins
   * namespace installed and the module registry as its importer (the VM names neither).
   */
  public Interp newInterp(boolean keepLiveSet) {
    Interp in = new Interp(policies, keepLiveSet);
    Builtins.install(in);
    in.importer = ModuleRegistry::load;
    if (jitThreshold != null) {
      in.jitThreshold = jitThreshold;
    }
    return in;
  }

  @Override
  public Outcome run(String program, Budget budget) {
    return run(program, budget, false);
  }

  /**
   * Runs with --trace-refs: the outcome's detail starts with one line per event emitted while an object was
   * being deallocated, naming the instruction, line and function that dropped the last reference (or the
   * cycle collector).
   */
  @Override
  public Outcome runTracingRefs(String program, Budget budget) {
    return run(program, budget, true);
  }

  private Outcome run(String program, Budget budget, boolean traceRefs) {
    long start = System.nanoTime();
    AtomicReference<Interp> interp = new AtomicReference<>();
    Future<Outcome> run = RUN_THREADS.submit(() -> {
      try {
        Interp in = newInterp(false);
        in.heap.setTraceRefs(traceRefs);
        in.heap.setMemoryBudget(budget.memoryBytes());
        interp.set(in);
        return new Run(in).execute(program);
      } catch (Throwable e) {
        return Outcome.crash(List.of(), Run.crashReason(e), String.valueOf(e), Duration.ZERO);
      } finally {
        io.lifeline.interpreter.object.UserHashing.CURRENT.remove();
        Interp in = interp.get();
        if (in != null) {
          in.heap.releaseMemoryShare();
        }
      }
    });
    Outcome o = null;
    try {
      try {
        o = run.get(Math.max(1, budget.wallClock().toMillis()), TimeUnit.MILLISECONDS);
      } catch (TimeoutException overrun) {
        Interp in = interp.get();
        if (in != null) {
          in.cancelled = true;
        }
        o = run.get(2000, TimeUnit.MILLISECONDS);
        if (o.status() == Status.HANG) {
          o = new Outcome(o.events(), Status.HANG, null, wallClockText(budget.wallClock()), o.shutdownEvents(),
              o.detail(), o.elapsed());
        }
      }
    } catch (TimeoutException stuck) {
      // The run ignores cancellation (a native loop): its thread stays busy, the pool starts others.
    } catch (ExecutionException e) {
      o = Outcome.crash(List.of(), Run.crashReason(e.getCause()), String.valueOf(e.getCause()), Duration.ZERO);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    if (o == null) {
      Interp in = interp.get();
      List<String> events = in == null ? List.of() : copy(in.events);
      return new Outcome(events, Status.HANG, null, wallClockText(budget.wallClock()) + " (the run did not stop)",
          List.of(), "", Duration.ofNanos(System.nanoTime() - start));
    }
    return o;
  }

  /** A hang's reason, as real interpreters give it: "10s wall clock", "300ms wall clock". */
  private static String wallClockText(Duration d) {
    return (d.toMillis() % 1000 == 0 ? d.toSeconds() + "s" : d.toMillis() + "ms") + " wall clock";
  }

  private static List<String> copy(List<String> l) {
    try {
      return new ArrayList<>(l);
    } catch (RuntimeException concurrent) {
      return List.of();
    }
  }
}
