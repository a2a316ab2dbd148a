package io.lifeline.real;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Discovers the real interpreters on this machine: the entry point of this module.
 *
 * <p>Discovery lists candidates ({@link CandidateScanner}), probes them all in parallel ({@link Probe}), keeps
 * the interesting ones (CPython 3.10+ and PyPy with Python 3; a hand-added path only needs to be CPython or PyPy
 * with Python 3) and deduplicates them by {@link Identity#key()}, so a pyenv shim, a symlink and the real binary
 * become one backend. The first candidate of an identity in discovery order wins, but the backend always runs
 * the {@code sys.executable} the interpreter reported. Results are cached per JVM by argument, and each
 * candidate's probe across processes ({@link ProbeCache}), so a second command starts no interpreter.
 */
public final class RealInterpreters {
  public static final String NAME_PREFIX = "real:";
  private static final int MAX_PARALLEL_PROBES = 8;

  private static final Map<List<Path>, Discovery> CACHE = new ConcurrentHashMap<>();
  private static final Map<List<Path>, Discovery> EXPLICIT_CACHE = new ConcurrentHashMap<>();
  private static final Discovery NONE = new Discovery(List.of(), List.of());

  private RealInterpreters() {}

  /** Discovers interpreters on {@code PATH} and under pyenv. */
  public static Discovery discover() {
    return discover(List.of());
  }

  /**
   * Discovers interpreters on {@code PATH} and under pyenv, plus {@code extraPythons} (hand-added, e.g. by
   * {@code --python PATH}). Never throws; every failure becomes a diagnostic. Cached per JVM by argument.
   */
  public static Discovery discover(List<Path> extraPythons) {
    List<Path> key = extraPythons.stream().map(p -> p.toAbsolutePath().normalize()).toList();
    return CACHE.computeIfAbsent(key, k -> {
      ProbeCache probes = ProbeCache.fromSystem();
      Discovery d = fromCandidates(CandidateScanner.fromSystem(probes).scan(k), probes);
      probes.save();
      return d;
    });
  }

  /**
   * Only the hand-added {@code pythons}, without scanning {@code PATH} or pyenv (real-interpreter discovery
   * switched off, but {@code --python PATH} given). Never throws; cached per JVM by argument. With none given,
   * nothing: the probe cache is not even read (a model-only run pays nothing here).
   */
  public static Discovery explicit(List<Path> pythons) {
    if (pythons.isEmpty()) {
      return NONE;
    }
    List<Path> key = pythons.stream().map(p -> p.toAbsolutePath().normalize()).toList();
    return EXPLICIT_CACHE.computeIfAbsent(key, k -> {
      ProbeCache probes = ProbeCache.fromSystem();
      Discovery d = fromCandidates(
          k.stream().map(p -> new Candidate(p, Candidate.Origin.EXTRA)).distinct().toList(), probes);
      probes.save();
      return d;
    });
  }

  /** Probes, filters and deduplicates {@code candidates}; package-private so tests can pass their own. */
  static Discovery fromCandidates(List<Candidate> candidates) {
    return fromCandidates(candidates, ProbeCache.none());
  }

  /** The same, taking what {@code probes} remembers instead of probing, and remembering what it probes. */
  static Discovery fromCandidates(List<Candidate> candidates, ProbeCache probes) {
    List<Probe.Result> results = probeAll(candidates, probes);
    List<String> diagnostics = new ArrayList<>();
    Map<String, Identity> byKey = new LinkedHashMap<>();
    Map<String, Path> firstPath = new HashMap<>();
    for (int i = 0; i < candidates.size(); i++) {
      Candidate candidate = candidates.get(i);
      Probe.Result result = results.get(i);
      String where = candidate.path() + " (" + candidate.origin().name().toLowerCase() + ")";
      if (result.identity() == null) {
        diagnostics.add("skipped " + where + ": " + result.failure());
        continue;
      }
      Identity id = result.identity();
      String unsupported = unsupported(id, candidate.origin() == Candidate.Origin.EXTRA);
      if (unsupported != null) {
        diagnostics.add("skipped " + where + ": " + unsupported);
      } else if (byKey.containsKey(id.key())) {
        diagnostics.add("skipped " + where + ": same interpreter as " + firstPath.get(id.key()));
      } else {
        byKey.put(id.key(), id);
        firstPath.put(id.key(), candidate.path());
      }
    }
    return new Discovery(backends(new ArrayList<>(byKey.values())), diagnostics);
  }

  /** Why {@code id} is of no interest, or null. */
  static String unsupported(Identity id, boolean handAdded) {
    boolean cpython = Identity.CPYTHON.equals(id.impl());
    boolean pypy = Identity.PYPY.equals(id.impl());
    if (!cpython && !pypy) {
      return "unsupported implementation " + id.impl();
    }
    if (id.python().major() != 3) {
      return id.impl() + " for Python " + id.python() + " is not a Python 3";
    }
    if (cpython && !handAdded && !id.python().atLeast(3, 10)) {
      return "CPython " + id.python() + " is older than 3.10";
    }
    return null;
  }

  /**
   * Names backends {@code real:<impl>-<impl version>}. Two PyPys of one release for different Python versions
   * would share that name; each then gets {@code -py<python version>} appended, so names stay unique.
   */
  private static List<RealInterpreterBackend> backends(List<Identity> ids) {
    ids.sort(Comparator.comparing((Identity id) -> implRank(id.impl()))
        .thenComparing(Identity::impl)
        .thenComparing(Identity::implVersion)
        .thenComparing(Identity::python));
    Map<String, Integer> nameCounts = new HashMap<>();
    ids.forEach(id -> nameCounts.merge(id.shortName(), 1, Integer::sum));
    List<RealInterpreterBackend> out = new ArrayList<>();
    for (Identity id : ids) {
      String name = NAME_PREFIX + id.shortName();
      if (nameCounts.get(id.shortName()) > 1) {
        name += "-py" + id.python();
      }
      out.add(new RealInterpreterBackend(id, name));
    }
    return out;
  }

  private static int implRank(String impl) {
    return Identity.CPYTHON.equals(impl) ? 0 : Identity.PYPY.equals(impl) ? 1 : 2;
  }

  private static List<Probe.Result> probeAll(List<Candidate> candidates, ProbeCache probes) {
    List<Probe.Result> known = candidates.stream().map(c -> probes.result(c.path()).orElse(null)).toList();
    long unknown = known.stream().filter(r -> r == null).count();
    if (unknown == 0) {
      return known;
    }
    ExecutorService pool =
        Executors.newFixedThreadPool(
            (int) Math.min(unknown, MAX_PARALLEL_PROBES),
            r -> {
              Thread t = new Thread(r, "lifeline-probe");
              t.setDaemon(true);
              return t;
            });
    try {
      List<Future<Probe.Result>> futures = new ArrayList<>();
      for (int i = 0; i < candidates.size(); i++) {
        Path path = candidates.get(i).path();
        futures.add(known.get(i) == null ? pool.submit(() -> Probe.of(path)) : null);
      }
      List<Probe.Result> results = new ArrayList<>();
      for (int i = 0; i < candidates.size(); i++) {
        if (known.get(i) != null) {
          results.add(known.get(i));
        } else {
          Probe.Result r = await(futures.get(i), candidates.get(i).path());
          probes.remember(r);
          results.add(r);
        }
      }
      return results;
    } finally {
      pool.shutdownNow();
    }
  }

  private static Probe.Result await(Future<Probe.Result> future, Path path) {
    try {
      return future.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return Probe.Result.failed(path, "discovery interrupted");
    } catch (Exception e) {
      return Probe.Result.failed(path, "probe failed: " + e);
    }
  }
}
