package io.lifeline.interpreter.builtins;

import static io.lifeline.interpreter.builtins.Builtins.*;

import io.lifeline.interpreter.memory.Heap;
import io.lifeline.interpreter.object.NativeFn;
import io.lifeline.interpreter.object.PyDict;
import io.lifeline.interpreter.object.PyFloat;
import io.lifeline.interpreter.object.PyFunction;
import io.lifeline.interpreter.object.PyInstance;
import io.lifeline.interpreter.object.PyInt;
import io.lifeline.interpreter.object.PyList;
import io.lifeline.interpreter.object.PyNativeFunction;
import io.lifeline.interpreter.object.PyNativeIterator;
import io.lifeline.interpreter.object.PyNone;
import io.lifeline.interpreter.object.PyObject;
import io.lifeline.interpreter.object.PyRange;
import io.lifeline.interpreter.object.PyStr;
import io.lifeline.interpreter.object.PyTuple;
import io.lifeline.interpreter.object.PyType;
import io.lifeline.interpreter.vm.Interp;
import io.lifeline.interpreter.vm.PyException;
import io.lifeline.scenario.EventLimits;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

/** The builtins that make lazy iterators: enumerate, zip, reversed, map, filter (PyNativeIterator with a step function). */
final class IteratorBuiltins {
  private IteratorBuiltins() {}

  static void install(Interp in) {
    defineEnumerateZip(in);
    defineReversed(in);
    defineMap(in);
    defineFilter(in);
  }

  /** enumerate: owns its iterator and its result tuple (enum_dealloc releases them in that order). */
  private static void defineEnumerateZip(Interp in) {
    Heap heap = in.heap;
    fn(in, "enumerate", (i, a, k) -> {
      PyObject start = Args.keyword(a, k, "start");
      int npos = Args.positional(a, k);
      if (npos < 1 || npos > 2) {
        throw i.error("TypeError", "enumerate() takes at most 2 arguments");
      }
      PyObject it = i.ops.iter(a[0]);
      PyNativeIterator e = heap.register(new PyNativeIterator(
          i.types.enumerate, new PyObject[] {it, RecycledTuple.initial(i, 2)}, self -> enumNext(i, self)));
      PyObject s0 = npos == 2 ? a[1] : start;
      e.counter = s0 == null ? 0 : ((PyInt) s0).small;
      return e;
    });
    fn(in, "zip", (i, a, k) -> {
      if (k != null && k.size() > 0) {
        throw i.unsupported("zip(strict=...)");
      }
      PyObject[] its = i.ops.iters(a, 0, a.length);
      PyObject[] refs = {i.newTuple(its), a.length == 0 ? null : RecycledTuple.initial(i, a.length)};
      return heap.register(new PyNativeIterator(i.types.zip, refs, self -> zipNext(i, self)));
    });
  }

  /** enum_next: the next item first, then the index; the kept tuple gets both, dropping the old index then item. */
  private static PyObject enumNext(Interp in, PyNativeIterator self) {
    PyObject x = self.refs[0] == null ? null : in.ops.next(self.refs[0]);
    if (x == null) {
      return null;
    }
    PyObject index = in.newInt(self.counter++);
    PyTuple kept = (PyTuple) self.refs[1];
    if (!RecycledTuple.reusable(in, kept)) {
      return in.newTuple(index, x);
    }
    PyObject oldIndex = RecycledTuple.swap(kept, 0, index);
    PyObject oldItem = RecycledTuple.swap(kept, 1, x);
    in.heap.decref(oldIndex);
    in.heap.decref(oldItem);
    return kept;
  }

  /**
   * zip_next: a reusable kept tuple is refilled slot by slot, each old item dropped as its successor arrives (an
   * exhausted iterator leaves the rest in it); otherwise a new tuple.
   */
  private static PyObject zipNext(Interp in, PyNativeIterator self) {
    PyTuple its = (PyTuple) self.refs[0];
    if (its == null || its.size() == 0) {
      return null;
    }
    PyTuple kept = (PyTuple) self.refs[1];
    if (RecycledTuple.reusable(in, kept)) {
      for (int x = 0; x < its.size(); x++) {
        PyObject v = in.ops.next(its.items[x]);
        if (v == null) {
          in.heap.decref(kept);
          return null;
        }
        in.heap.decref(RecycledTuple.swap(kept, x, v));
      }
      return kept;
    }
    PyObject[] items = nextOfEach(in, its);
    return items == null ? null : in.newTuple(items);
  }

  private static void defineReversed(Interp in) {
    Heap heap = in.heap;
    fn(in, "reversed", (i, a, k) -> {
      Args.count(i, "reversed", a, k, 1, 1);
      PyObject seq = a[0];
      if (seq instanceof PyInstance && seq.type.lookup("__reversed__") != null) {
        return i.ops.callSpecial(seq, "__reversed__");
      }
      if (seq instanceof io.lifeline.interpreter.object.PyDict d) {
        return DictType.reversedIterator(i, d, io.lifeline.interpreter.object.PyDictView.Kind.KEYS);
      }
      if (seq instanceof io.lifeline.interpreter.object.PyDictView v) {
        return DictType.reversedIterator(i, v.ref, v.kind);
      }
      // PySequence_Check: a class with __getitem__ (its sq_item) is a sequence; its __len__ gives the start
      boolean userSequence = seq instanceof PyInstance pi && pi.builtin == null && seq.type.lookup("__getitem__") != null;
      if (!(userSequence || seq instanceof PyList || seq instanceof PyTuple || seq instanceof PyRange
          || seq instanceof PyStr)) {
        throw i.error("TypeError", "'" + seq.type.name + "' object is not reversible");
      }
      PyObject owned = seq instanceof PyRange ? i.newList(i.ops.toList(seq)) : heap.incref(seq);
      PyNativeIterator r = heap.register(new PyNativeIterator(
          IteratorNames.reversed(i, seq), new PyObject[] {owned}, self -> {
            PyObject s0 = self.refs[0];
            if (s0 == null || self.counter <= 0) {
              return null;
            }
            int idx = (int) --self.counter;
            long size = i.ops.len(s0);
            if (idx >= size) {
              return null;
            }
            PyObject index = i.newInt(idx);
            try {
              return i.ops.getitem(s0, index);
            } finally {
              heap.decref(index);
            }
          }));
      r.counter = i.ops.len(owned);
      return r;
    });
  }

  private static void defineMap(Interp in) {
    Heap heap = in.heap;
    fn(in, "map", (i, a, k) -> {
      if (a.length < 2 || (k != null && k.size() > 0)) {
        throw i.error("TypeError", "map() must have at least two arguments.");
      }
      PyObject[] iters = i.ops.iters(a, 1, a.length - 1);
      // map_dealloc releases the iterator tuple (last iterator first), then the function.
      PyObject[] refs = {i.newTuple(iters), heap.incref(a[0])};
      return heap.register(new PyNativeIterator(i.types.map, refs, self -> mapNext(i, self)));
    });
  }

  /** map_next: the arguments are fetched in order, the function called, then each argument released in order. */
  private static PyObject mapNext(Interp in, PyNativeIterator self) {
    PyTuple iters = (PyTuple) self.refs[0];
    if (iters == null) {
      return null;
    }
    PyObject[] args = nextOfEach(in, iters);
    if (args == null) {
      return null;
    }
    try {
      return in.ops.call(self.refs[1], args, null);
    } finally {
      for (PyObject v : args) {
        in.heap.decref(v);
      }
    }
  }

  /** The next item of each iterator of {@code its}, left to right; null once one is exhausted, the items already taken released first. */
  private static PyObject[] nextOfEach(Interp in, PyTuple its) {
    PyObject[] items = new PyObject[its.size()];
    for (int x = 0; x < items.length; x++) {
      PyObject v = in.ops.next(its.items[x]);
      if (v == null) {
        for (int y = 0; y < x; y++) {
          in.heap.decref(items[y]);
        }
        return null;
      }
      items[x] = v;
    }
    return items;
  }

  private static void defineFilter(Interp in) {
    Heap heap = in.heap;
    fn(in, "filter", (i, a, k) -> {
      Args.count(i, "filter", a, k, 2, 2);
      PyObject it = i.ops.iter(a[1]);
      return heap.register(new PyNativeIterator(i.types.filter,
          new PyObject[] {heap.incref(a[0]), it}, self -> {
            while (self.refs[1] != null) {
              PyObject item = i.ops.next(self.refs[1]);
              if (item == null) {
                return null;
              }
              boolean ok;
              try {
                if (self.refs[0] instanceof io.lifeline.interpreter.object.PyNone) {
                  ok = i.ops.truthy(item);
                } else {
                  PyObject good = i.ops.call(self.refs[0], new PyObject[] {item}, null);
                  try {
                    ok = i.ops.truthy(good);
                  } finally {
                    heap.decref(good);
                  }
                }
              } catch (PyException e) {
                heap.decref(item);
                throw e;
              }
              if (ok) {
                return item;
              }
              heap.decref(item);
            }
            return null;
          }));
    });
  }
}
