package io.lifeline.interpreter.modules;

import io.lifeline.interpreter.builtins.Args;
import io.lifeline.interpreter.builtins.RecycledTuple;
import io.lifeline.interpreter.bytecode.BinaryOp;
import io.lifeline.interpreter.memory.Heap;
import io.lifeline.interpreter.object.NativeFn;
import io.lifeline.interpreter.object.PyInt;
import io.lifeline.interpreter.object.PyList;
import io.lifeline.interpreter.object.PyModule;
import io.lifeline.interpreter.object.PyNativeIterator;
import io.lifeline.interpreter.object.PyNone;
import io.lifeline.interpreter.object.PyObject;
import io.lifeline.interpreter.object.PyTuple;
import io.lifeline.interpreter.object.PyType;
import io.lifeline.interpreter.vm.Interp;
import io.lifeline.interpreter.vm.Policies;

/**
 * {@code itertools} (CPython's Modules/itertoolsmodule.c; PyPy's interp-level module/itertools): every iterator is
 * native. Each instance is a {@link PyNativeIterator} whose {@code refs} are the C struct's owned fields in its
 * tp_dealloc order, so they die in CPython's order; what the C code keeps between steps (groupby's current value,
 * tee's buffered links, the result tuple product and its kin hand out again) is kept the same way. The
 * combinatoric iterators are {@link ItertoolsCombinatorics}, groupby and tee {@link ItertoolsGrouping}.
 */
public final class ItertoolsModule implements NativeModule {
  @Override
  public void exec(Interp in, PyModule m) {
    type(in, m, "count", ItertoolsModule::count).slots.repr = ItertoolsModule::countRepr;
    type(in, m, "cycle", ItertoolsModule::cycle);
    type(in, m, "repeat", ItertoolsModule::repeat).slots.repr = (i, o) -> {
      PyNativeIterator r = (PyNativeIterator) o; // repeat_repr: the times left, unless unbounded
      return o.type.name + "(" + i.ops.reprOf(r.refs[0]) + (r.counter < 0 ? "" : ", " + r.counter) + ")";
    };
    type(in, m, "accumulate", ItertoolsModule::accumulate);
    PyType chain = type(in, m, "chain", (i, t, a, k) -> {
      Args.count(i, "chain", a, k, 0, Integer.MAX_VALUE);
      return chainOf(i, t, iterOfArgs(i, a));
    });
    NativeModule.method(in, chain, "from_iterable", (i, a, k) -> {
      Args.count(i, "from_iterable", a, k, 1, 1);
      return chainOf(i, chain, i.ops.iter(a[0]));
    });
    type(in, m, "compress", ItertoolsModule::compress);
    type(in, m, "dropwhile", (i, t, a, k) -> whileIterator(i, t, a, k, true));
    type(in, m, "takewhile", (i, t, a, k) -> whileIterator(i, t, a, k, false));
    type(in, m, "filterfalse", ItertoolsModule::filterfalse);
    type(in, m, "starmap", ItertoolsModule::starmap);
    type(in, m, "islice", ItertoolsModule::islice);
    type(in, m, "zip_longest", ItertoolsModule::zipLongest);
    if (minorVersion(in) >= 10) {
      type(in, m, "pairwise", ItertoolsModule::pairwise);
    }
    if (minorVersion(in) >= 12) {
      type(in, m, "batched", ItertoolsModule::batched);
    }
    ItertoolsCombinatorics.install(in, m);
    ItertoolsGrouping.install(in, m);
  }

  /** A constructor of an itertools type: the type, then the call's arguments. */
  @FunctionalInterface
  interface Constructor {
    PyObject make(Interp in, PyType type, PyObject[] args, PyTuple kwnames);
  }

  /** Adds the iterator type {@code name}: its instances are their own iterator and step by their own function. */
  static PyType type(Interp in, PyModule m, String name, Constructor ctor) {
    PyType t = NativeModule.newType(in, name);
    t.slots.iter = (i, o) -> i.heap.incref(o);
    t.slots.next = (i, o) -> ((PyNativeIterator) o).step.next((PyNativeIterator) o);
    NativeFn make = (i, a, k) -> ctor.make(i, t, a, k);
    NativeModule.constructor(in, t, make);
    NativeModule.put(in, m, name, t);
    return t;
  }

  /** A new iterator of {@code type} owning {@code refs} (each a new reference or null). */
  static PyNativeIterator iterator(Interp in, PyType type, PyObject[] refs, PyNativeIterator.Step step) {
    return in.heap.register(new PyNativeIterator(type, refs, step));
  }

  /** The Python version the backend models (3.x): PyPy 7.3.11 is 3.9, 7.3.18 is 3.10. */
  static int minorVersion(Interp in) {
    Policies p = in.policies;
    if (p.reclaim() == Policies.Reclaim.TRACING) {
      return p.pycall() == Policies.CallConvention.HOLD_POSITIONAL ? 9 : 10;
    }
    if (p.wording() != Policies.Wording.CPYTHON_311) {
      return p.wording() == Policies.Wording.CPYTHON_312 ? 12 : 13;
    }
    return p.frames() == Policies.Frames.EAGER ? 10 : 11;
  }

  /** chain_new: an iterator over the argument tuple. */
  private static PyObject iterOfArgs(Interp in, PyObject[] a) {
    PyObject[] items = new PyObject[a.length];
    for (int x = 0; x < a.length; x++) {
      items[x] = in.heap.incref(a[x]);
    }
    PyTuple args = in.newTuple(items);
    try {
      return in.ops.iter(args);
    } finally {
      in.heap.decref(args);
    }
  }

  /** PySequence_Tuple: an exact tuple itself, else a new tuple of the iterable's items. */
  static PyTuple sequenceTuple(Interp in, PyObject o) {
    if (o instanceof PyTuple t && t.type == in.types.tuple) {
      return in.heap.incref(t);
    }
    return in.newTuple(in.ops.toList(o).toArray(new PyObject[0]));
  }

  static long index(Interp in, PyObject o, String what) {
    if (!(o instanceof PyInt n) || n.big != null) {
      throw in.error("TypeError", what);
    }
    return n.small;
  }

  /** count_repr: {@code count(cnt)} while the step is the int 1, else {@code count(cnt, step)}. */
  private static String countRepr(Interp in, PyObject o) {
    PyObject[] refs = ((PyNativeIterator) o).refs;
    String name = o.type.name;
    if (refs[1] instanceof PyInt n && n.big == null && n.small == 1) {
      return name + "(" + in.ops.reprOf(refs[0]) + ")";
    }
    return name + "(" + in.ops.reprOf(refs[0]) + ", " + in.ops.reprOf(refs[1]) + ")";
  }

  /** count(start=0, step=1): {long_cnt, long_step}; each step hands out the count and adds the step. */
  private static PyObject count(Interp in, PyType t, PyObject[] a, PyTuple k) {
    int npos = Args.positional(a, k);
    PyObject start = npos > 0 ? a[0] : Args.keyword(a, k, "start");
    PyObject step = npos > 1 ? a[1] : Args.keyword(a, k, "step");
    PyObject[] refs = {start == null ? in.newInt(0) : in.heap.incref(start),
        step == null ? in.newInt(1) : in.heap.incref(step)};
    return iterator(in, t, refs, self -> {
      PyObject cnt = self.refs[0];
      self.refs[0] = in.ops.binaryOp(BinaryOp.ADD, cnt, self.refs[1]);
      return cnt;
    });
  }

  /** cycle(iterable): {it, saved}; the first pass saves every item, then the iterator is dropped. */
  private static PyObject cycle(Interp in, PyType t, PyObject[] a, PyTuple k) {
    Args.count(in, "cycle", a, k, 1, 1);
    PyObject it = in.ops.iter(a[0]);
    return iterator(in, t, new PyObject[] {it, in.newList(new java.util.ArrayList<>())}, self -> {
      PyList saved = (PyList) self.refs[1];
      if (self.refs[0] != null) {
        PyObject item = in.ops.next(self.refs[0]);
        if (item != null) {
          saved.items.add(in.heap.incref(item));
          return item;
        }
        PyObject done = self.refs[0];
        self.refs[0] = null;
        in.heap.decref(done);
      }
      if (saved.items.isEmpty()) {
        return null;
      }
      PyObject item = saved.items.get((int) self.counter++);
      if (self.counter >= saved.items.size()) {
        self.counter = 0;
      }
      return in.heap.incref(item);
    });
  }

  /** repeat(object[, times]): {element}; the counter is the times left, -1 for ever. */
  private static PyObject repeat(Interp in, PyType t, PyObject[] a, PyTuple k) {
    int npos = Args.positional(a, k);
    PyObject times = npos > 1 ? a[1] : Args.keyword(a, k, "times");
    PyObject element = npos > 0 ? a[0] : Args.keyword(a, k, "object");
    if (element == null) {
      throw in.error("TypeError", "repeat() missing required argument 'object' (pos 1)");
    }
    PyNativeIterator r = iterator(in, t, new PyObject[] {in.heap.incref(element)}, self -> {
      if (self.counter == 0) {
        return null;
      }
      if (self.counter > 0) {
        self.counter--;
      }
      return in.heap.incref(self.refs[0]);
    });
    r.counter = times == null ? -1 : Math.max(0, index(in, times, "integer argument expected"));
    return r;
  }

  /**
   * accumulate(iterable, func=None, *, initial=None): {binop, total, it, initial}; the running total is kept (and
   * so alive) until the next step replaces it.
   */
  private static PyObject accumulate(Interp in, PyType t, PyObject[] a, PyTuple k) {
    int npos = Args.positional(a, k);
    PyObject func = npos > 1 ? a[1] : Args.keyword(a, k, "func");
    PyObject initial = Args.keyword(a, k, "initial");
    PyObject it = in.ops.iter(a[0]);
    PyObject binop = func == null || func instanceof PyNone ? null : in.heap.incref(func);
    PyObject[] refs = {binop, null, it, initial == null ? in.none() : in.heap.incref(initial)};
    return iterator(in, t, refs, self -> accumulateNext(in, self));
  }

  private static PyObject accumulateNext(Interp in, PyNativeIterator self) {
    Heap heap = in.heap;
    if (!(self.refs[3] instanceof PyNone)) {
      self.refs[1] = self.refs[3];
      self.refs[3] = in.none();
      return heap.incref(self.refs[1]);
    }
    PyObject val = in.ops.next(self.refs[2]);
    if (val == null) {
      return null;
    }
    if (self.refs[1] == null) {
      self.refs[1] = heap.incref(val);
      return val;
    }
    PyObject total;
    try {
      total = self.refs[0] == null ? in.ops.binaryOp(BinaryOp.ADD, self.refs[1], val)
          : in.ops.call(self.refs[0], new PyObject[] {self.refs[1], val}, null);
    } finally {
      heap.decref(val);
    }
    PyObject old = self.refs[1];
    self.refs[1] = heap.incref(total);
    heap.decref(old);
    return total;
  }

  /** chain: {active, source}; an exhausted input iterator is dropped before the next one is fetched. */
  private static PyObject chainOf(Interp in, PyType t, PyObject source) {
    return iterator(in, t, new PyObject[] {null, source}, self -> {
      while (self.refs[1] != null) {
        if (self.refs[0] == null) {
          PyObject iterable = in.ops.next(self.refs[1]);
          if (iterable == null) {
            clearRef(in, self, 1);
            return null;
          }
          try {
            self.refs[0] = in.ops.iter(iterable);
          } finally {
            in.heap.decref(iterable);
          }
        }
        PyObject item = in.ops.next(self.refs[0]);
        if (item != null) {
          return item;
        }
        clearRef(in, self, 0);
      }
      return null;
    });
  }

  /** Py_CLEAR of one owned field. */
  static void clearRef(Interp in, PyNativeIterator self, int index) {
    PyObject o = self.refs[index];
    self.refs[index] = null;
    in.heap.xdecref(o);
  }

  /** compress(data, selectors): {data, selectors}; the datum is fetched before its selector. */
  private static PyObject compress(Interp in, PyType t, PyObject[] a, PyTuple k) {
    Args.count(in, "compress", a, k, 2, 2);
    PyObject data = in.ops.iter(a[0]);
    PyObject selectors = in.ops.iterOrRelease(a[1], data);
    return iterator(in, t, new PyObject[] {data, selectors}, self -> {
      while (true) {
        PyObject datum = in.ops.next(self.refs[0]);
        if (datum == null) {
          return null;
        }
        PyObject selector;
        boolean ok;
        try {
          selector = in.ops.next(self.refs[1]);
          if (selector == null) {
            in.heap.decref(datum);
            return null;
          }
          try {
            ok = in.ops.truthy(selector);
          } finally {
            in.heap.decref(selector);
          }
        } catch (RuntimeException e) {
          in.heap.decref(datum);
          throw e;
        }
        if (ok) {
          return datum;
        }
        in.heap.decref(datum);
      }
    });
  }

  /** Calls {@code func(item)} and takes its truth, releasing the result (the item stays the caller's). */
  static boolean predicate(Interp in, PyObject func, PyObject item) {
    PyObject good;
    try {
      good = in.ops.call(func, new PyObject[] {item}, null);
    } catch (RuntimeException e) {
      in.heap.decref(item);
      throw e;
    }
    try {
      return in.ops.truthy(good);
    } finally {
      in.heap.decref(good);
    }
  }

  /** dropwhile (drop = true) and takewhile: {func, it}; the counter is 1 once started (dropwhile) or stopped. */
  private static PyObject whileIterator(Interp in, PyType t, PyObject[] a, PyTuple k, boolean drop) {
    Args.count(in, drop ? "dropwhile" : "takewhile", a, k, 2, 2);
    PyObject it = in.ops.iter(a[1]);
    return iterator(in, t, new PyObject[] {in.heap.incref(a[0]), it}, self -> {
      if (!drop && self.counter == 1) {
        return null;
      }
      while (true) {
        PyObject item = in.ops.next(self.refs[1]);
        if (item == null || (drop && self.counter == 1)) {
          return item;
        }
        boolean ok = predicate(in, self.refs[0], item);
        if (drop ? !ok : ok) {
          self.counter = drop ? 1 : 0;
          return item;
        }
        in.heap.decref(item);
        if (!drop) {
          self.counter = 1;
          return null;
        }
      }
    });
  }

  /** filterfalse(function, iterable): {func, it}; None (or bool) tests the item itself. */
  private static PyObject filterfalse(Interp in, PyType t, PyObject[] a, PyTuple k) {
    Args.count(in, "filterfalse", a, k, 2, 2);
    PyObject it = in.ops.iter(a[1]);
    return iterator(in, t, new PyObject[] {in.heap.incref(a[0]), it}, self -> {
      while (true) {
        PyObject item = in.ops.next(self.refs[1]);
        if (item == null) {
          return null;
        }
        PyObject f = self.refs[0];
        boolean ok = f instanceof PyNone || f == in.types.boolType ? in.ops.truthy(item) : predicate(in, f, item);
        if (!ok) {
          return item;
        }
        in.heap.decref(item);
      }
    });
  }

  /** starmap(function, iterable): {func, it}; the argument tuple is released after the call. */
  private static PyObject starmap(Interp in, PyType t, PyObject[] a, PyTuple k) {
    Args.count(in, "starmap", a, k, 2, 2);
    PyObject it = in.ops.iter(a[1]);
    return iterator(in, t, new PyObject[] {in.heap.incref(a[0]), it}, self -> {
      PyObject args = in.ops.next(self.refs[1]);
      if (args == null) {
        return null;
      }
      PyTuple tuple;
      try {
        tuple = sequenceTuple(in, args);
      } finally {
        in.heap.decref(args);
      }
      try {
        return in.ops.call(self.refs[0], tuple.items.clone(), null);
      } finally {
        in.heap.decref(tuple);
      }
    });
  }

  /** islice(iterable, [start,] stop[, step]): {it}; skipped items die as they are skipped; the end drops it. */
  private static PyObject islice(Interp in, PyType t, PyObject[] a, PyTuple k) {
    Args.count(in, "islice", a, k, 2, 4);
    long start = 0;
    long stop = -1;
    long step = 1;
    boolean pypy = in.policies.reclaim() == io.lifeline.interpreter.vm.Policies.Reclaim.TRACING;
    String bad = pypy ? "Stop argument must be a non-negative integer or None."
        : "Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize.";
    if (a.length == 2) {
      stop = a[1] instanceof PyNone ? -1 : index(in, a[1], bad);
    } else {
      start = a[1] instanceof PyNone ? 0 : index(in, a[1], bad);
      stop = a[2] instanceof PyNone ? -1 : index(in, a[2], bad);
      step = a.length < 4 || a[3] instanceof PyNone ? 1 : index(in, a[3], bad);
    }
    if (stop < 0 && !(a[a.length == 2 ? 1 : 2] instanceof PyNone)) {
      throw in.error("ValueError", bad);
    }
    if (start < 0) {
      throw in.error("ValueError", pypy ? "Indicies for islice() must be None or non-negative integers"
          : "Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize.");
    }
    if (step < 1) {
      throw in.error("ValueError", "Step for islice() must be a positive integer or None.");
    }
    long[] s = {start, stop, step, 0};
    PyObject it = in.ops.iter(a[0]);
    return iterator(in, t, new PyObject[] {it}, self -> isliceNext(in, self, s));
  }

  /** islice_next over {next, stop, step, cnt}. */
  private static PyObject isliceNext(Interp in, PyNativeIterator self, long[] s) {
    if (self.refs[0] == null) {
      return null;
    }
    while (s[3] < s[0]) {
      PyObject skipped = in.ops.next(self.refs[0]);
      if (skipped == null) {
        clearRef(in, self, 0);
        return null;
      }
      in.heap.decref(skipped);
      s[3]++;
    }
    if (s[1] != -1 && s[3] >= s[1]) {
      clearRef(in, self, 0);
      return null;
    }
    PyObject item = in.ops.next(self.refs[0]);
    if (item == null) {
      clearRef(in, self, 0);
      return null;
    }
    s[3]++;
    s[0] += s[2];
    if (s[1] != -1 && s[0] > s[1]) {
      s[0] = s[1];
    }
    return item;
  }

  /**
   * zip_longest(*iterables, fillvalue=None): {ittuple, result, fillvalue}; an exhausted input's slot in the
   * iterator tuple is emptied; the kept result tuple is refilled slot by slot like zip's.
   */
  private static PyObject zipLongest(Interp in, PyType t, PyObject[] a, PyTuple k) {
    PyObject fill = Args.keyword(a, k, "fillvalue");
    int n = Args.positional(a, k);
    PyObject[] its = in.ops.iters(a, 0, n);
    PyObject[] refs = {in.newTuple(its), n == 0 ? null : RecycledTuple.initial(in, n),
        fill == null ? in.none() : in.heap.incref(fill)};
    PyNativeIterator z = iterator(in, t, refs, self -> zipLongestNext(in, self));
    z.counter = n;
    return z;
  }

  private static PyObject zipLongestNext(Interp in, PyNativeIterator self) {
    PyTuple its = (PyTuple) self.refs[0];
    if (its.size() == 0 || self.counter == 0) {
      return null;
    }
    PyTuple kept = (PyTuple) self.refs[1];
    boolean reuse = RecycledTuple.reusable(in, kept);
    PyObject[] fresh = reuse ? null : new PyObject[its.size()];
    for (int x = 0; x < its.size(); x++) {
      PyObject item = its.items[x] == null ? in.heap.incref(self.refs[2]) : in.ops.next(its.items[x]);
      if (item == null) {
        if (--self.counter == 0) {
          if (reuse) {
            in.heap.decref(kept);
          } else {
            for (int y = 0; y < x; y++) {
              in.heap.decref(fresh[y]);
            }
          }
          return null;
        }
        item = in.heap.incref(self.refs[2]);
        PyObject done = its.items[x];
        its.items[x] = null;
        in.heap.decref(done);
      }
      if (reuse) {
        in.heap.decref(RecycledTuple.swap(kept, x, item));
      } else {
        fresh[x] = item;
      }
    }
    return reuse ? kept : in.newTuple(fresh);
  }

  /**
   * pairwise(iterable) (3.10+): {it, old} and from 3.13 a kept result tuple; the newer item is kept for the next
   * pair, both are dropped at the end (the kept tuple still holds the last pair).
   */
  private static PyObject pairwise(Interp in, PyType t, PyObject[] a, PyTuple k) {
    Args.count(in, "pairwise", a, k, 1, 1);
    PyObject it = in.ops.iter(a[0]);
    PyObject kept = minorVersion(in) >= 13 ? RecycledTuple.initial(in, 2) : null;
    return iterator(in, t, new PyObject[] {it, null, kept}, self -> pairwiseNext(in, self));
  }

  private static PyObject pairwiseNext(Interp in, PyNativeIterator self) {
    if (self.refs[0] == null) {
      return null;
    }
    if (self.refs[1] == null) {
      self.refs[1] = in.ops.next(self.refs[0]);
      if (self.refs[1] == null) {
        clearRef(in, self, 0);
        return null;
      }
    }
    PyObject fresh = in.ops.next(self.refs[0]);
    if (fresh == null) {
      clearRef(in, self, 0);
      clearRef(in, self, 1);
      return null;
    }
    PyObject old = self.refs[1];
    PyTuple kept = (PyTuple) self.refs[2];
    PyTuple pair;
    if (RecycledTuple.reusable(in, kept)) {
      PyObject lastOld = RecycledTuple.swap(kept, 0, in.heap.incref(old));
      PyObject lastNew = RecycledTuple.swap(kept, 1, in.heap.incref(fresh));
      in.heap.decref(lastOld);
      in.heap.decref(lastNew);
      pair = kept;
    } else {
      pair = in.newTuple(in.heap.incref(old), in.heap.incref(fresh));
    }
    self.refs[1] = fresh;
    in.heap.decref(old);
    return pair;
  }

  /** batched(iterable, n) (3.12+): {it}; each batch is a new tuple; the end drops the iterator. */
  private static PyObject batched(Interp in, PyType t, PyObject[] a, PyTuple k) {
    int npos = Args.positional(a, k);
    PyObject nObj = npos > 1 ? a[1] : Args.keyword(a, k, "n");
    long n = nObj == null ? 0 : index(in, nObj, "'" + (nObj == null ? "" : nObj.type.name)
        + "' object cannot be interpreted as an integer");
    if (n < 1) {
      throw in.error("ValueError", "n must be at least one");
    }
    PyObject it = in.ops.iter(a[0]);
    return iterator(in, t, new PyObject[] {it}, self -> {
      if (self.refs[0] == null) {
        return null;
      }
      java.util.ArrayList<PyObject> items = new java.util.ArrayList<>();
      while (items.size() < n) {
        PyObject item = in.ops.next(self.refs[0]);
        if (item == null) {
          break;
        }
        items.add(item);
      }
      if (items.isEmpty()) {
        clearRef(in, self, 0);
        return null;
      }
      return in.newTuple(items.toArray(new PyObject[0]));
    });
  }
}
