package io.lifeline.interpreter.vm;

import io.lifeline.interpreter.object.AttrCache;
import io.lifeline.interpreter.bytecode.BinaryOp;
import io.lifeline.interpreter.bytecode.CompareOp;
import io.lifeline.interpreter.object.DictKey;
import io.lifeline.interpreter.object.PyBaseException;
import io.lifeline.interpreter.object.PyBool;
import io.lifeline.interpreter.object.PyBoundMethod;
import io.lifeline.interpreter.object.PyDict;
import io.lifeline.interpreter.object.PyFloat;
import io.lifeline.interpreter.object.PyFrameObject;
import io.lifeline.interpreter.object.PyFunction;
import io.lifeline.interpreter.object.PyGenerator;
import io.lifeline.interpreter.object.PyInt;
import io.lifeline.interpreter.object.PyIterator;
import io.lifeline.interpreter.object.PyList;
import io.lifeline.interpreter.object.PyModule;
import io.lifeline.interpreter.object.PyNativeFunction;
import io.lifeline.interpreter.object.PyNone;
import io.lifeline.interpreter.object.PyObject;
import io.lifeline.interpreter.object.PyRange;
import io.lifeline.interpreter.object.PyStr;
import io.lifeline.interpreter.object.PyTuple;
import io.lifeline.interpreter.object.PyType;
import io.lifeline.interpreter.object.PyWeakref;
import io.lifeline.interpreter.object.Slots;
import java.math.BigInteger;
import java.util.ArrayList;

/**
 * Rich comparison (Objects/object.c's PyObject_RichCompare): user methods with their reflected forms first, then
 * the built-in orderings of numbers, strings, bytes and sequences, and equality of containers.
 */
final class Comparisons extends VmPart {
  Comparisons(Interp in, Ops ops) {
    super(in, ops);
  }

  public PyObject compare(CompareOp op, PyObject a, PyObject b) {
    if (a instanceof PyInt x && b instanceof PyInt y && x.isSmall() && y.isSmall()) {
      return in.types.bool(switch (op) {
        case LT -> x.small < y.small;
        case LE -> x.small <= y.small;
        case EQ -> x.small == y.small;
        case NE -> x.small != y.small;
        case GT -> x.small > y.small;
        case GE -> x.small >= y.small;
      });
    }
    Slots.RichCompare ra = a.type.slots.richcompare;
    Slots.RichCompare rb = b.type.slots.richcompare;
    if (ra != null || rb != null) {
      PyObject r = side(ra, a, b, op.dunder);
      if (r != null && r != in.types.notImplemented()) {
        return r;
      }
      heap.xdecref(r);
      r = side(rb, b, a, op.reflected);
      if (r != null && r != in.types.notImplemented()) {
        return r;
      }
      heap.xdecref(r);
      PyObject sa = storage(a);
      PyObject sb = storage(b);
      if (sa != a || sb != b) {
        // instances of classes deriving from built-ins compare as their storage (the built-in's tp_richcompare)
        return compare(op, sa, sb);
      }
      if (op == CompareOp.EQ) {
        return in.types.bool(a == b);
      }
      if (op == CompareOp.NE) {
        return in.types.bool(a != b);
      }
      throw unorderable(op, a, b);
    }
    return in.types.bool(compareBool(op, a, b));
  }

  /**
   * One side's rich comparison, or null when its type has no such method; {@code !=} without a {@code __ne__} is
   * object.__ne__: that side's {@code __eq__}, inverted unless NotImplemented.
   */
  private PyObject side(Slots.RichCompare r, PyObject self, PyObject other, String dunder) {
    if (r == null) {
      return null;
    }
    PyObject res = r.compare(in, self, other, dunder);
    if (res != null || !dunder.equals("__ne__")) {
      return res;
    }
    PyObject eq = r.compare(in, self, other, "__eq__");
    if (eq == null || eq == in.types.notImplemented()) {
      return eq;
    }
    try {
      return in.types.bool(!ops.truthy(eq));
    } finally {
      heap.decref(eq);
    }
  }

  /** Native comparison of built-in values. */
  public boolean compareBool(CompareOp op, PyObject a, PyObject b) {
    if ((op == CompareOp.EQ || op == CompareOp.NE) && (a instanceof PyInt || a instanceof PyFloat)
        && (b instanceof PyInt || b instanceof PyFloat)) {
      boolean eq = !isNaN(a) && !isNaN(b) && compareNumbers(a, b) == 0;
      return op == CompareOp.EQ ? eq : !eq;
    }
    if (op == CompareOp.EQ) {
      return equal(a, b);
    }
    if (op == CompareOp.NE) {
      return !equal(a, b);
    }
    int c;
    if ((a instanceof PyInt || a instanceof PyFloat) && (b instanceof PyInt || b instanceof PyFloat)) {
      if (isNaN(a) || isNaN(b)) {
        return false;
      }
      c = compareNumbers(a, b);
    } else if (a instanceof PyStr x && b instanceof PyStr y) {
      c = x.value.compareTo(y.value);
    } else if (a instanceof io.lifeline.interpreter.object.PyBytes x
        && b instanceof io.lifeline.interpreter.object.PyBytes y) {
      c = java.util.Arrays.compareUnsigned(x.value, y.value);
    } else if (a instanceof PyTuple || a instanceof PyList) {
      return compareSequences(a, b, op);
    } else {
      throw unorderable(op, a, b);
    }
    return ordered(op, c);
  }

  /** An ordering operator applied to a three-way comparison's result. */
  private static boolean ordered(CompareOp op, int c) {
    return switch (op) {
      case LT -> c < 0;
      case LE -> c <= 0;
      case GT -> c > 0;
      case GE -> c >= 0;
      default -> throw new IllegalStateException();
    };
  }

  private static boolean isNaN(PyObject number) {
    return number instanceof PyFloat f && Double.isNaN(f.value);
  }

  /**
   * float_richcompare for two non-NaN numbers: exact, with no rounding of big ints to a double; -0.0 equals
   * 0.0; an infinity is beyond every int.
   */
  private static int compareNumbers(PyObject a, PyObject b) {
    if (a instanceof PyInt x && b instanceof PyInt y && x.isSmall() && y.isSmall()) {
      return Long.compare(x.small, y.small);
    }
    double da = a instanceof PyFloat f ? f.value : 0;
    double db = b instanceof PyFloat f ? f.value : 0;
    if (Double.isInfinite(da) || Double.isInfinite(db)) {
      return Double.compare(Double.isInfinite(da) ? da : 0, Double.isInfinite(db) ? db : 0);
    }
    return exact(a).compareTo(exact(b));
  }

  private static java.math.BigDecimal exact(PyObject number) {
    return number instanceof PyInt n ? new java.math.BigDecimal(n.toBig())
        : new java.math.BigDecimal(((PyFloat) number).value);
  }

  /**
   * tuplerichcompare/list_richcompare for an ordering: the first items that are not equal decide with the same
   * operator (PyObject_RichCompare, so a user __lt__/__le__/... and its reflection), else the lengths.
   */
  private boolean compareSequences(PyObject a, PyObject b, CompareOp op) {
    if (a.type != b.type && !(a instanceof PyTuple && b instanceof PyTuple)) {
      // a tuple subclass (a structseq such as sys.version_info) compares with tuples as a tuple
      throw unorderable(op, a, b);
    }
    PyObject[] x = Ops.items(a);
    PyObject[] y = Ops.items(b);
    for (int i = 0; i < Math.min(x.length, y.length); i++) {
      if (!equal(x[i], y[i])) {
        PyObject r = compare(op, x[i], y[i]);
        try {
          return ops.truthy(r);
        } finally {
          heap.decref(r);
        }
      }
    }
    int c = Integer.compare(x.length, y.length);
    return ordered(op, c);
  }

  private PyException unorderable(CompareOp op, PyObject a, PyObject b) {
    return in.error("TypeError", "'" + op.symbol + "' not supported between instances of '" + a.type.name
        + "' and '" + b.type.name + "'");
  }

  /** ==, with user __eq__ for instances. */
  public boolean equal(PyObject a, PyObject b) {
    if (a == b) {
      return true;
    }
    if (a.type.slots.richcompare != null || b.type.slots.richcompare != null) {
      PyObject r = compare(CompareOp.EQ, a, b);
      try {
        return ops.truthy(r);
      } finally {
        heap.decref(r);
      }
    }
    if ((a instanceof PyList && b instanceof PyList) || (a instanceof PyTuple && b instanceof PyTuple)) {
      PyObject[] x = Ops.items(a);
      PyObject[] y = Ops.items(b);
      if (x.length != y.length) {
        return false;
      }
      for (int i = 0; i < x.length; i++) {
        if (!equal(x[i], y[i])) {
          return false;
        }
      }
      return true;
    }
    if (a instanceof PyDict x && b instanceof PyDict y) {
      if (x.size() != y.size()) {
        return false;
      }
      for (PyDict.Entry e : x.entries()) {
        PyObject v = y.get(e.key);
        if (v == null || !equal(e.value, v)) {
          return false;
        }
      }
      return true;
    }
    return DictKey.keyEquals(a, b); // numbers, str, bytes, sets (by membership), weakrefs
  }

  /** An instance of a class deriving from a built-in: its storage; anything else: itself. */
  static PyObject storage(PyObject o) {
    return o instanceof io.lifeline.interpreter.object.PyInstance pi && pi.builtin != null ? pi.builtin : o;
  }
}
