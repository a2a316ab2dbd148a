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

  private static void defineEnumerateZip(Interp in) {
    Heap heap = in.heap;
    fn(in, "enumerate", (i, a, k) -> {
      PyObject start = Args.keyword(a, k, "start");
      int npos = Args.positional(a, k);
      if (npos < 1 || npos > 2) {
        throw i.error("TypeError", "enumerate() takes at most 2 arguments");
      }
      PyObject it = i.ops.iter(a[0]);
      io.lifeline.interpreter.object.PyNativeIterator e = heap.register(new io.lifeline.interpreter.object.PyNativeIterator(
          i.types.enumerate, new PyObject[] {it}, self -> {
            PyObject x = self.refs[0] == null ? null : i.ops.next(self.refs[0]);
            return x == null ? null : i.newTuple(i.newInt(self.counter++), x);
          }));
      PyObject s0 = npos == 2 ? a[1] : start;
      e.counter = s0 == null ? 0 : ((PyInt) s0).small;
      return e;
    });
    fn(in, "zip", (i, a, k) -> {
      if (k != null && k.size() > 0) {
        throw i.unsupported("zip(strict=...)");
      }
      PyObject[] its = iterators(i, new PyObject[a.length], a, 0);
      return heap.register(new io.lifeline.interpreter.object.PyNativeIterator(i.types.zip, its, self -> {
        PyObject[] items = self.refs.length == 0 ? null : nextOfEach(i, self.refs, 0);
        return items == null ? null : i.newTuple(items);
      }));
    });
  }

  private static void defineReversed(Interp in) {
    Heap heap = in.heap;
    fn(in, "reversed", (i, a, k) -> {
      Args.count(i, "reversed", a, k, 1, 1);
      PyObject seq = a[0];
      if (seq instanceof PyInstance && seq.type.lookup("__reversed__") != null) {
        return i.ops.callSpecial(seq, "__reversed__");
      }
      if (!(seq instanceof PyList || seq instanceof PyTuple || seq instanceof PyRange || seq instanceof PyStr)) {
        throw i.error("TypeError", "'" + seq.type.name + "' object is not reversible");
      }
      PyObject owned = seq instanceof PyRange ? i.newList(i.ops.toList(seq)) : heap.incref(seq);
      io.lifeline.interpreter.object.PyNativeIterator r = heap.register(new io.lifeline.interpreter.object.PyNativeIterator(
          i.types.reversed, new PyObject[] {owned}, self -> {
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
      PyObject[] refs = new PyObject[a.length];
      refs[0] = heap.incref(a[0]);
      iterators(i, refs, a, 1);
      return heap.register(new io.lifeline.interpreter.object.PyNativeIterator(i.types.map, refs, self -> {
        PyObject[] args = self.refs[0] == null ? null : nextOfEach(i, self.refs, 1);
        if (args == null) {
          return null;
        }
        try {
          return i.ops.call(self.refs[0], args, null);
        } finally {
          for (PyObject v : args) {
            heap.decref(v);
          }
        }
      }));
    });
  }

  /**
   * {@code iter()} of each of {@code args[from..]} into {@code refs[from..]}: zip's and map's iterators, taken
   * left to right; if one raises, every reference already in {@code refs} is released.
   */
  private static PyObject[] iterators(Interp in, PyObject[] refs, PyObject[] args, int from) {
    try {
      for (int x = from; x < args.length; x++) {
        refs[x] = in.ops.iter(args[x]);
      }
    } catch (PyException e) {
      for (PyObject o : refs) {
        in.heap.xdecref(o);
      }
      throw e;
    }
    return refs;
  }

  /**
   * The next item of each iterator of {@code its[from..]}, left to right; null once one is exhausted (or cleared),
   * the items already taken released first.
   */
  private static PyObject[] nextOfEach(Interp in, PyObject[] its, int from) {
    PyObject[] items = new PyObject[its.length - from];
    for (int x = 0; x < items.length; x++) {
      PyObject v = its[from + x] == null ? null : in.ops.next(its[from + x]);
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
      return heap.register(new io.lifeline.interpreter.object.PyNativeIterator(i.types.filter,
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
