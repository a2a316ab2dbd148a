package io.lifeline.interpreter.modules;

import io.lifeline.interpreter.builtins.Args;
import io.lifeline.interpreter.object.PyModule;
import io.lifeline.interpreter.object.PyNativeIterator;
import io.lifeline.interpreter.object.PyNone;
import io.lifeline.interpreter.object.PyObject;
import io.lifeline.interpreter.object.PyTuple;
import io.lifeline.interpreter.object.PyType;
import io.lifeline.interpreter.vm.Interp;
import io.lifeline.interpreter.vm.Policies;

/**
 * itertools' combinatoric iterators: product, permutations, combinations, combinations_with_replacement. Each
 * owns {pool (or pools), result} in that dealloc order. CPython keeps the last result tuple and updates it in place
 * when nobody else holds it, or copies it first if someone does (product_next, combinations_next, ...): so the last
 * tuple handed out lives as long as the iterator. The pool items are the pool's, so replacing them kills nothing.
 * PyPy makes a new tuple every step.
 */
final class ItertoolsCombinatorics {
  private ItertoolsCombinatorics() {}

  /** The next index vector of a combinatoric, or false once exhausted. */
  @FunctionalInterface
  private interface Advance {
    boolean next(int[] indices);
  }

  static void install(Interp in, PyModule m) {
    ItertoolsModule.type(in, m, "product", ItertoolsCombinatorics::product);
    ItertoolsModule.type(in, m, "combinations", (i, t, a, k) -> choose(i, t, a, k, "combinations", false));
    ItertoolsModule.type(in, m, "combinations_with_replacement",
        (i, t, a, k) -> choose(i, t, a, k, "combinations_with_replacement", true));
    ItertoolsModule.type(in, m, "permutations", ItertoolsCombinatorics::permutations);
  }

  private static PyObject product(Interp in, PyType t, PyObject[] a, PyTuple k) {
    PyObject rep = Args.keyword(a, k, "repeat");
    long repeat = rep == null ? 1 : ItertoolsModule.index(in, rep, "integer argument expected");
    if (repeat < 0) {
      throw in.error("ValueError", "repeat argument cannot be negative");
    }
    int nargs = repeat == 0 ? 0 : Args.positional(a, k);
    PyObject[] pools = new PyObject[(int) (nargs * repeat)];
    try {
      for (int x = 0; x < nargs; x++) {
        pools[x] = ItertoolsModule.sequenceTuple(in, a[x]);
      }
    } catch (RuntimeException e) {
      for (PyObject p : pools) {
        in.heap.xdecref(p);
      }
      throw e;
    }
    for (int x = nargs; x < pools.length; x++) {
      pools[x] = in.heap.incref(pools[x - nargs]);
    }
    PyTuple poolTuple = in.newTuple(pools);
    int[] sizes = new int[pools.length];
    for (int x = 0; x < pools.length; x++) {
      sizes[x] = ((PyTuple) pools[x]).size();
    }
    Advance odometer = indices -> {
      for (int x = indices.length - 1; x >= 0; x--) {
        if (++indices[x] < sizes[x]) {
          return true;
        }
        indices[x] = 0;
      }
      return false;
    };
    boolean empty = false;
    for (int s : sizes) {
      empty |= s == 0;
    }
    return combinatoric(in, t, poolTuple, new int[pools.length], empty, odometer, true);
  }

  /** combinations (r-subsets in order) and combinations_with_replacement (non-decreasing index vectors). */
  private static PyObject choose(Interp in, PyType t, PyObject[] a, PyTuple k, String name, boolean replace) {
    int npos = Args.positional(a, k);
    PyObject rObj = npos > 1 ? a[1] : Args.keyword(a, k, "r");
    if (rObj == null) {
      throw in.error("TypeError", name + "() missing required argument 'r' (pos 2)");
    }
    PyTuple pool = ItertoolsModule.sequenceTuple(in, npos > 0 ? a[0] : Args.keyword(a, k, "iterable"));
    long r = ItertoolsModule.index(in, rObj, "'" + rObj.type.name + "' object cannot be interpreted as an integer");
    if (r < 0) {
      in.heap.decref(pool);
      throw in.error("ValueError", "r must be non-negative");
    }
    int n = pool.size();
    int[] indices = new int[(int) r];
    for (int x = 0; x < r && !replace; x++) {
      indices[x] = x;
    }
    Advance advance = ix -> {
      int ri = ix.length;
      int x = ri - 1;
      while (x >= 0 && ix[x] == (replace ? n - 1 : x + n - ri)) {
        x--;
      }
      if (x < 0) {
        return false;
      }
      ix[x]++;
      for (int y = x + 1; y < ri; y++) {
        ix[y] = replace ? ix[x] : ix[y - 1] + 1;
      }
      return true;
    };
    boolean empty = replace ? n == 0 && r > 0 : r > n;
    return combinatoric(in, t, pool, indices, empty, advance, false);
  }

  private static PyObject permutations(Interp in, PyType t, PyObject[] a, PyTuple k) {
    int npos = Args.positional(a, k);
    PyObject rObj = npos > 1 ? a[1] : Args.keyword(a, k, "r");
    PyTuple pool = ItertoolsModule.sequenceTuple(in, a[0]);
    int n = pool.size();
    long r = rObj == null || rObj instanceof PyNone ? n : ItertoolsModule.index(in, rObj, "Expected int as r");
    if (r < 0) {
      in.heap.decref(pool);
      throw in.error("ValueError", "r must be non-negative");
    }
    int[] perm = new int[n];
    for (int x = 0; x < n; x++) {
      perm[x] = x;
    }
    int[] cycles = new int[(int) r];
    for (int x = 0; x < r; x++) {
      cycles[x] = n - x;
    }
    Advance advance = ix -> {
      if (n == 0) {
        return false;
      }
      for (int x = ix.length - 1; x >= 0; x--) {
        if (--cycles[x] == 0) {
          int first = perm[x];
          System.arraycopy(perm, x + 1, perm, x, n - 1 - x);
          perm[n - 1] = first;
          cycles[x] = n - x;
        } else {
          int j = cycles[x];
          int swap = perm[x];
          perm[x] = perm[n - j];
          perm[n - j] = swap;
          System.arraycopy(perm, 0, ix, 0, ix.length);
          return true;
        }
      }
      return false;
    };
    int[] indices = new int[(int) Math.min(r, n)];
    System.arraycopy(perm, 0, indices, 0, indices.length);
    return combinatoric(in, t, pool, indices, r > n, advance, false);
  }

  /**
   * The iterator {pool, result}: the first step fills a new kept result from {@code indices}; later steps advance
   * them and update the kept result in place (copied first when someone else holds it). {@code perPool}: the
   * pool is a tuple of pools, one index each (product).
   */
  private static PyObject combinatoric(Interp in, PyType t, PyTuple pool, int[] indices, boolean empty,
      Advance advance, boolean perPool) {
    boolean recycle = in.policies.reclaim() != Policies.Reclaim.TRACING;
    boolean[] state = {empty, false};
    return ItertoolsModule.iterator(in, t, new PyObject[] {pool, null}, self -> {
      if (state[0]) {
        return null;
      }
      if (state[1] && !advance.next(indices)) {
        state[0] = true;
        if (perPool && recycle) {
          // product_next rolls every slot of the kept result back to its pool's first item before it stops.
          in.heap.decref(keep(in, self, elements(in, pool, indices, true)));
        }
        return null;
      }
      state[1] = true;
      PyObject[] elems = elements(in, pool, indices, perPool);
      return recycle ? keep(in, self, elems) : in.newTuple(elems);
    });
  }

  /** New references to the items {@code indices} select. */
  private static PyObject[] elements(Interp in, PyTuple pool, int[] indices, boolean perPool) {
    PyObject[] elems = new PyObject[indices.length];
    for (int x = 0; x < elems.length; x++) {
      PyTuple from = perPool ? (PyTuple) pool.items[x] : pool;
      elems[x] = in.heap.incref(from.items[indices[x]]);
    }
    return elems;
  }

  /** Hands out the kept result holding {@code elems} (stolen): a new one, a copy, or the same one updated. */
  private static PyObject keep(Interp in, PyNativeIterator self, PyObject[] elems) {
    PyTuple result = (PyTuple) self.refs[1];
    if (result == null) {
      self.refs[1] = in.newTuple(elems);
      return in.heap.incref(self.refs[1]);
    }
    if (result.refcnt > 1) {
      PyObject[] copy = new PyObject[result.size()];
      for (int x = 0; x < copy.length; x++) {
        copy[x] = in.heap.incref(result.items[x]);
      }
      self.refs[1] = in.newTuple(copy);
      in.heap.decref(result);
      result = (PyTuple) self.refs[1];
    }
    for (int x = 0; x < elems.length; x++) {
      PyObject old = result.items[x];
      result.items[x] = elems[x];
      in.heap.decref(old);
    }
    return in.heap.incref(result);
  }
}
