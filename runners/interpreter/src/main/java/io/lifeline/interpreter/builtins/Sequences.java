package io.lifeline.interpreter.builtins;


import io.lifeline.interpreter.bytecode.CompareOp;
import io.lifeline.interpreter.memory.Heap;
import io.lifeline.interpreter.object.NativeFn;
import io.lifeline.interpreter.object.PyBaseException;
import io.lifeline.interpreter.object.PyDict;
import io.lifeline.interpreter.object.PyFrameObject;
import io.lifeline.interpreter.object.PyGenerator;
import io.lifeline.interpreter.object.PyInt;
import io.lifeline.interpreter.object.PyList;
import io.lifeline.interpreter.object.PyNativeFunction;
import io.lifeline.interpreter.object.PyType;
import io.lifeline.interpreter.object.Frame;
import io.lifeline.interpreter.vm.PyException;
import java.util.List;
import io.lifeline.interpreter.object.PyIterator;
import io.lifeline.interpreter.object.PyObject;
import io.lifeline.interpreter.object.PySlice;
import io.lifeline.interpreter.object.PyStr;
import io.lifeline.interpreter.object.PyTuple;
import io.lifeline.interpreter.vm.Indices;
import io.lifeline.interpreter.vm.Interp;
import io.lifeline.interpreter.vm.Ops;
import java.util.ArrayList;
import java.util.Arrays;

/** What the slots of list, tuple and str share: slicing, membership by equality, repr, unhashability. */
final class Sequences {
  private Sequences() {}

  /** The built-in iterator over {@code o} (list, tuple, str, bytes, dict, set), owning a reference to it. */
  static PyIterator iter(Interp in, PyObject o) {
    return in.heap.register(new PyIterator(IteratorNames.sequence(in, o), in.heap.incref(o)));
  }

  /** {@code o[sl]} of a list, tuple or str: a new object of the same type. */
  static PyObject slice(Interp in, PyObject o, PySlice sl) {
    int n = (int) in.ops.len(o);
    int[] idx = Indices.sliceIndices(in, sl, n);
    if (o instanceof PyStr s) {
      StringBuilder sb = new StringBuilder();
      for (int i : idx) {
        sb.append(s.value.charAt(i));
      }
      return in.newStr(sb.toString());
    }
    PyObject[] src = Ops.items(o);
    PyObject[] out = new PyObject[idx.length];
    for (int i = 0; i < idx.length; i++) {
      out[i] = in.heap.incref(src[idx[i]]);
    }
    return o instanceof PyTuple ? in.newTuple(out) : in.newList(new ArrayList<>(Arrays.asList(out)));
  }

  /** list_contains / tuplecontains: an item equal to {@code item}. */
  static boolean contains(Interp in, PyObject o, PyObject item) {
    for (PyObject x : Ops.items(o)) {
      if (in.ops.equal(x, item)) {
        return true;
      }
    }
    return false;
  }

  /** The items' reprs between {@code open} and {@code close}, comma-separated. */
  static String repr(Interp in, String open, PyObject[] items, String close) {
    StringBuilder sb = new StringBuilder(open);
    for (int i = 0; i < items.length; i++) {
      sb.append(i > 0 ? ", " : "").append(in.ops.reprOf(items[i]));
    }
    return sb.append(close).toString();
  }

  /** tp_hash = PyObject_HashNotImplemented (list, dict, set). */
  static void unhashable(Interp in, PyObject o) {
    throw in.error("TypeError", "unhashable type: '" + o.type.name + "'");
  }

  /**
   * list/tuple {@code count(value)} and {@code index(value, ...)} called without the value (a[0] is self): CPython's
   * argument-clinic TypeError ("list.count() takes exactly one argument (0 given)", "index expected at least 1
   * argument, got 0"), PyPy's "count() missing 1 required positional argument: 'value'" ('obj' for a tuple).
   */
  static void requireValue(Interp in, PyObject[] a, String type, String method) {
    if (a.length >= 2) {
      return;
    }
    if (in.policies.isPypy()) {
      throw in.error("TypeError", method + "() missing 1 required positional argument: '"
          + (type.equals("tuple") ? "obj" : "value") + "'");
    }
    throw in.error("TypeError", method.equals("count") ? type + ".count() takes exactly one argument (0 given)"
        : "index expected at least 1 argument, got 0");
  }

  /** The [start, end) of str.find/count's optional a[2], a[3], clamped like ADJUST_INDICES. */
  static int[] bounds(PyObject[] a, int len) {
    long start = a.length > 2 && a[2] instanceof PyInt p ? p.small : 0;
    long end = a.length > 3 && a[3] instanceof PyInt p ? p.small : len;
    if (end > len) {
      end = len;
    } else if (end < 0) {
      end = Math.max(0, end + len);
    }
    if (start < 0) {
      start = Math.max(0, start + len);
    }
    return new int[] {(int) Math.min(start, Integer.MAX_VALUE), (int) end};
  }
}
