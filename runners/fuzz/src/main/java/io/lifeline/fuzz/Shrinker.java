package io.lifeline.fuzz;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reduces a program while a property holds (for the fuzzer: the same divergence; see {@link DivergenceOracle}).
 *
 * <p>Two phases. First ddmin (Zeller and Hildebrandt, "Simplifying and Isolating Failure-Inducing Input", 2002)
 * over the top-level statements, which removes most of a generated program in few tests. Then one-step
 * {@link Edits} to a fixed point: each edit that keeps the property and makes the source shorter is taken, and
 * the search goes on from the same position of the new program's edit list (earlier edits were just refused, and
 * mostly still would be). Every accepted program is strictly shorter, so shrinking ends; {@code maxTests} bounds
 * its cost. The property is never tested on the original (the caller knows it holds), nor twice on one source.
 */
public final class Shrinker {

  /** The property a candidate must keep. Implementations decide validity too (a program that no longer compiles fails). */
  @FunctionalInterface
  public interface Property {
    boolean holds(Program candidate);
  }

  private final Property property;
  private final int maxTests;
  private final int keep;
  /** Verdicts by source: ddmin and the edit passes reach some candidates more than once. */
  private final Map<String, Boolean> seen = new HashMap<>();
  private int tests;

  /**
   * @param maxTests the most property tests to run
   * @param keep leading top-level statements kept as they are (the generator's imports, {@code gc.disable()}
   *     and first {@code gc.collect()}: without them automatic collection could decide the outcome)
   */
  public Shrinker(Property property, int maxTests, int keep) {
    this.property = property;
    this.maxTests = maxTests;
    this.keep = keep;
  }

  /** The smallest program found; {@code program} itself when nothing smaller keeps the property. */
  public Program shrink(Program program) {
    seen.clear();
    int k = Math.min(keep, program.body().size());
    List<Stmt> prologue = program.body().subList(0, k);
    Program rest = program.withBody(program.body().subList(k, program.body().size()));
    Shrinker.Property inner = property;
    Shrinker.Property whole = candidate -> inner.holds(program.withBody(concat(prologue, candidate.body())));
    Program shrunk = edits(ddmin(rest, whole), whole);
    return program.withBody(concat(prologue, shrunk.body()));
  }

  private static List<Stmt> concat(List<Stmt> a, List<Stmt> b) {
    List<Stmt> out = new ArrayList<>(a);
    out.addAll(b);
    return out;
  }

  /** Tests run by the last {@link #shrink}es, cumulated. */
  public int tests() {
    return tests;
  }

  private boolean test(Program candidate, Property p) {
    String source = candidate.source();
    Boolean known = seen.get(source);
    if (known != null) {
      return known;
    }
    if (tests >= maxTests) {
      return false;
    }
    tests++;
    boolean holds = p.holds(candidate);
    seen.put(source, holds);
    return holds;
  }

  private Program ddmin(Program program, Property p) {
    List<Stmt> items = program.body();
    int n = 2;
    while (items.size() >= 2 && tests < maxTests) {
      List<List<Stmt>> chunks = split(items, n);
      boolean reduced = false;
      for (List<Stmt> chunk : chunks) {
        if (chunk.size() < items.size() && test(program.withBody(chunk), p)) {
          items = chunk;
          n = 2;
          reduced = true;
          break;
        }
      }
      if (!reduced && n > 2) {
        for (int i = 0; i < chunks.size(); i++) {
          List<Stmt> complement = complement(chunks, i);
          if (test(program.withBody(complement), p)) {
            items = complement;
            n = Math.max(n - 1, 2);
            reduced = true;
            break;
          }
        }
      }
      if (!reduced) {
        if (n >= items.size()) {
          break;
        }
        n = Math.min(items.size(), 2 * n);
      }
    }
    return program.withBody(items);
  }

  private Program edits(Program program, Property p) {
    Program current = program;
    int length = current.source().length();
    int start = 0;
    boolean changed = true;
    while (changed && tests < maxTests) {
      changed = false;
      List<List<Stmt>> candidates = Edits.of(current.body());
      for (int k = 0; k < candidates.size() && tests < maxTests; k++) {
        int i = (start + k) % candidates.size();
        Program candidate = current.withBody(candidates.get(i));
        int candidateLength = candidate.source().length();
        if (candidateLength < length && test(candidate, p)) {
          current = candidate;
          length = candidateLength;
          start = i;
          changed = true;
          break;
        }
      }
    }
    return current;
  }

  private static List<List<Stmt>> split(List<Stmt> items, int n) {
    List<List<Stmt>> out = new ArrayList<>();
    int size = items.size();
    for (int i = 0; i < n; i++) {
      int from = i * size / n;
      int to = (i + 1) * size / n;
      if (from < to) {
        out.add(items.subList(from, to));
      }
    }
    return out;
  }

  private static List<Stmt> complement(List<List<Stmt>> chunks, int skip) {
    List<Stmt> out = new ArrayList<>();
    for (int i = 0; i < chunks.size(); i++) {
      if (i != skip) {
        out.addAll(chunks.get(i));
      }
    }
    return out;
  }
}
