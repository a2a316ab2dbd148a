package io.lifeline.interpreter.modules;

import static io.lifeline.interpreter.modules.NativeModule.function;

import io.lifeline.interpreter.builtins.Args;
import io.lifeline.interpreter.object.NativeFn;
import io.lifeline.interpreter.object.PyInt;
import io.lifeline.interpreter.object.PyList;
import io.lifeline.interpreter.object.PyModule;
import io.lifeline.interpreter.object.PyNone;
import io.lifeline.interpreter.object.PyObject;
import io.lifeline.interpreter.object.PyTuple;
import io.lifeline.interpreter.vm.Interp;

/**
 * {@code bisect} (Lib/bisect.py over Modules/_bisectmodule.c, whose functions replace the Python ones): each probe
 * takes a new reference to {@code a[mid]} (and its key, 3.10+), compares and drops them; insort computes the key
 * of the new item once and inserts it with list.insert.
 */
public final class BisectModule implements NativeModule {
  @Override
  public void exec(Interp in, PyModule m) {
    for (boolean right : new boolean[] {true, false}) {
      String side = right ? "right" : "left";
      NativeFn bisect = (i, a, k) -> i.newInt(search(i, a, k, a.length > 1 ? a[1] : null, right, "bisect_" + side));
      function(in, m, "bisect_" + side, bisect);
      function(in, m, "insort_" + side, (i, a, k) -> insort(i, a, k, right, "insort_" + side));
      if (right) {
        function(in, m, "bisect", bisect);
        function(in, m, "insort", (i, a, k) -> insort(i, a, k, true, "insort"));
      }
    }
  }

  private static PyObject insort(Interp in, PyObject[] a, PyTuple k, boolean right, String name) {
    PyObject key = keyArgument(in, a, k, name);
    PyObject x = a[1];
    PyObject keyed = key == null || key instanceof PyNone ? in.heap.incref(x)
        : in.ops.call(key, new PyObject[] {x}, null);
    long index;
    try {
      index = search(in, a, k, keyed, right, name);
    } finally {
      in.heap.decref(keyed);
    }
    if (a[0] instanceof PyList l && l.type == in.types.list) {
      l.items.add((int) index, in.heap.incref(x));
      in.heap.grew(l);
    } else {
      PyObject at = in.newInt(index);
      try {
        in.heap.decref(in.ops.callSpecial(a[0], "insert", at, x));
      } finally {
        in.heap.decref(at);
      }
    }
    return in.none();
  }

  /**
   * The key keyword, new in 3.10: Python 3.9 (PyPy 7.3.11's lib-python bisect, where bisect and insort are the
   * _right functions) rejects it.
   */
  private static PyObject keyArgument(Interp in, PyObject[] a, PyTuple k, String name) {
    PyObject key = Args.keyword(a, k, "key");
    if (key != null && ItertoolsModule.minorVersion(in) < 10) {
      String fn = name.equals("bisect") || name.equals("insort") ? name + "_right" : name;
      throw in.error("TypeError", fn + "() got an unexpected keyword argument 'key'");
    }
    return key;
  }

  /** internal_bisect_right/left over a[lo:hi] for {@code x}, comparing key(a[mid]) when a key is given. */
  private static long search(Interp in, PyObject[] a, PyTuple k, PyObject x, boolean right, String name) {
    int npos = Args.positional(a, k);
    if (npos < 2) {
      throw in.error("TypeError", name + "() missing required argument 'x' (pos 2)");
    }
    PyObject loObj = npos > 2 ? a[2] : Args.keyword(a, k, "lo");
    PyObject hiObj = npos > 3 ? a[3] : Args.keyword(a, k, "hi");
    PyObject key = keyArgument(in, a, k, name);
    long lo = loObj == null ? 0 : ((PyInt) loObj).small;
    if (lo < 0) {
      throw in.error("ValueError", "lo must be non-negative");
    }
    long hi = hiObj == null || hiObj instanceof PyNone ? in.ops.len(a[0]) : ((PyInt) hiObj).small;
    while (lo < hi) {
      long mid = (lo + hi) >>> 1;
      PyObject index = in.newInt(mid);
      PyObject item;
      try {
        item = in.ops.getitem(a[0], index);
      } finally {
        in.heap.decref(index);
      }
      if (key != null && !(key instanceof PyNone)) {
        PyObject keyed;
        try {
          keyed = in.ops.call(key, new PyObject[] {item}, null);
        } finally {
          in.heap.decref(item);
        }
        item = keyed;
      }
      boolean lt;
      try {
        lt = right ? HeapqModule.lessThan(in, x, item) : HeapqModule.lessThan(in, item, x);
      } finally {
        in.heap.decref(item);
      }
      if (right == lt) {
        hi = mid;
      } else {
        lo = mid + 1;
      }
    }
    return lo;
  }
}
