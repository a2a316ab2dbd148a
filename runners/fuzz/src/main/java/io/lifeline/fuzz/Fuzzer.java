package io.lifeline.fuzz;

import io.lifeline.scenario.Backend;
import io.lifeline.scenario.Outcome;
import io.lifeline.scenario.Status;
import java.time.Duration;
import java.util.AbstractMap;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * The differential fuzzing driver. Read {@link #run} to see how a run goes:
 *
 * <ol>
 *   <li>programs are generated and run in parallel ({@code jobs} at once, a bounded window ahead of the
 *       reporting), each on every model and on the real interpreter each model models ({@link Pairing});
 *   <li>results are taken in program order, so reports, dedup and shrinking do not depend on timing;
 *   <li>each divergence not already covered by a finding ({@link FindingIndex}) is shrunk
 *       ({@link Shrinker}, {@link DivergenceOracle}), run on every real interpreter for the expectations, and
 *       reported if distinct.
 * </ol>
 *
 * <p>A model with no counterpart among the real interpreters is not run. Without any pair, programs run on every
 * real interpreter: a check of the generator (runs that do not complete are reported), with no findings. The
 * backends are not closed here.
 */
public final class Fuzzer {

  private final FuzzOptions options;
  private final List<Pair> pairs;
  private final List<Backend> realsForExpectations;
  private final CompileCheck compileCheck;
  private final FuzzListener listener;
  private final FindingIndex index = new FindingIndex();

  /**
   * @param models the model backends to test
   * @param reals the real interpreters: counterparts and expectations (fork-server backends, for speed)
   * @param compileCheck the shrinker's validity check (real CPython 3.11)
   */
  public Fuzzer(FuzzOptions options, List<? extends Backend> models, List<? extends Backend> reals,
      CompileCheck compileCheck, FuzzListener listener) {
    this.options = options;
    this.pairs = pairs(models, reals);
    this.realsForExpectations = List.copyOf(reals);
    this.compileCheck = compileCheck;
    this.listener = listener;
  }

  /** Each model with its counterpart; models without one are left out. */
  public static List<Pair> pairs(List<? extends Backend> models, List<? extends Backend> reals) {
    List<Pair> out = new ArrayList<>();
    for (Backend m : models) {
      Pairing.counterpart(m, reals).ifPresent(r -> out.add(new Pair(m, r)));
    }
    return out;
  }

  public List<Pair> pairs() {
    return pairs;
  }

  /** Runs until the count or the time limit; returns the totals. Distinct findings go to the listener. */
  public FuzzSummary run() throws InterruptedException {
    long start = System.nanoTime();
    ProgramGenerator generator = new ProgramGenerator(options.seed());
    ExecutorService pool = Executors.newFixedThreadPool(options.jobs(), r -> {
      Thread t = new Thread(r, "lifeline-fuzz");
      t.setDaemon(true);
      return t;
    });
    int programs = 0;
    int findings = 0;
    int invalid = 0;
    try {
      Deque<Future<ProgramRun>> window = new ArrayDeque<>();
      int next = 0;
      while (true) {
        while (window.size() < options.jobs() * 2 && more(next, start)) {
          int i = next++;
          window.add(pool.submit(() -> runProgram(generator.program(i))));
        }
        if (window.isEmpty()) {
          break;
        }
        ProgramRun run = await(window.removeFirst());
        programs++;
        for (Map.Entry<Backend, Outcome> e : run.outcomes().entrySet()) {
          if (e.getKey().isReal() && e.getValue().status() != Status.COMPLETED) {
            invalid++;
            listener.invalid(run.program(), e.getKey().name(), e.getValue().statusLine());
          }
        }
        for (Map.Entry<Pair, Divergence> d : run.divergences().entrySet()) {
          findings++;
          consider(run, d.getKey(), d.getValue());
        }
        listener.progress(new FuzzSummary(programs, findings, index.distinct().size(), invalid, since(start)));
      }
    } finally {
      pool.shutdownNow();
    }
    return new FuzzSummary(programs, findings, index.distinct().size(), invalid, since(start));
  }

  public FindingIndex findings() {
    return index;
  }

  private boolean more(int next, long start) {
    if (options.count() > 0 && next >= options.count()) {
      return false;
    }
    return options.time() == null || System.nanoTime() - start < options.time().toNanos();
  }

  /** One program's outcomes on the models and their counterparts, and the pairs that diverge. */
  record ProgramRun(Program program, Map<Backend, Outcome> outcomes, Map<Pair, Divergence> divergences) {}

  ProgramRun runProgram(Program program) {
    String source = program.source();
    Set<Backend> backends = new LinkedHashSet<>();
    pairs.forEach(p -> {
      backends.add(p.real());
      backends.add(p.model());
    });
    if (pairs.isEmpty()) {
      backends.addAll(realsForExpectations);
    }
    Map<Backend, Outcome> outcomes = new LinkedHashMap<>();
    for (Backend b : backends) {
      outcomes.put(b, b.run(source, options.budget()));
    }
    Map<Pair, Divergence> divergences = new LinkedHashMap<>();
    for (Pair p : pairs) {
      if (outcomes.get(p.model()).status() == Status.UNSUPPORTED) {
        continue; // the model could not run the program: nothing to compare, not a finding
      }
      if (outcomes.get(p.real()).status() != Status.COMPLETED) {
        continue; // the reference did not complete (reported as invalid): a loaded machine's timeout is no finding
      }
      Divergence d = Divergence.between(outcomes.get(p.model()), outcomes.get(p.real()));
      if (d != null) {
        divergences.put(p, d);
      }
    }
    return new ProgramRun(program, outcomes, divergences);
  }

  private void consider(ProgramRun run, Pair pair, Divergence d) {
    Optional<Finding> covered = index.covering(pair, d, Feature.of(run.program().source()));
    if (covered.isPresent()) {
      index.countDuplicate(covered.get());
      return;
    }
    Finding f = shrink(run.program(), pair, d, run.outcomes().get(pair.real()));
    if (f != null && index.add(f)) {
      listener.finding(f);
    }
  }

  /**
   * Shrinks {@code program}'s divergence on {@code pair} and gathers the real interpreters' outcomes; null when the
   * shrunk program, run once more, no longer diverges (a divergence that came and went with the machine's load).
   */
  public Finding shrink(Program program, Pair pair, Divergence d, Outcome realOutcome) {
    DivergenceOracle oracle = new DivergenceOracle(pair, compileCheck, options.budget(), d, realOutcome);
    Program shrunk = new Shrinker(oracle, options.maxShrinkTests(), ProgramGenerator.PROLOGUE).shrink(program);
    String source = shrunk.source();
    Outcome real = pair.real().run(source, options.budget());
    Outcome model = pair.model().run(source, options.budget());
    Divergence now = Divergence.between(model, real);
    if (now == null) {
      return null;
    }
    List<Map.Entry<Backend, Outcome>> reals = new ArrayList<>();
    for (Backend r : realsForExpectations) {
      reals.add(new AbstractMap.SimpleImmutableEntry<>(r, r == pair.real() ? real : r.run(source, options.budget())));
    }
    return new Finding(pair, program, shrunk, now, Feature.of(source), model, real, reals);
  }

  private static ProgramRun await(Future<ProgramRun> f) throws InterruptedException {
    try {
      return f.get();
    } catch (ExecutionException e) {
      throw new IllegalStateException("a program run failed", e.getCause());
    }
  }

  private static Duration since(long start) {
    return Duration.ofNanos(System.nanoTime() - start);
  }
}
