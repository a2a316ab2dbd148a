package io.lifeline.interpreter.vm;

import io.lifeline.interpreter.object.PyInstance;
import io.lifeline.interpreter.object.PyInt;
import io.lifeline.interpreter.object.PyNone;
import io.lifeline.interpreter.object.PyObject;
import io.lifeline.interpreter.object.PySlice;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

/** Sequence indices and slices (PyNumber_AsSsize_t for subscripts, PySlice_GetIndicesEx), in CPython's words. */
public final class Indices {
  private Indices() {}

  /** {@code k} as an index into {@code size} items (negative from the end); {@code what} names the sequence. */
  public static int index(Interp in, PyObject k, int size, String what) {
    BigInteger v = indexValue(in, k);
    if (v == null) {
      throw in.error("TypeError", what + " indices must be integers, not " + k.type.name);
    }
    long idx = clamp(v);
    if (idx < 0) {
      idx += size;
    }
    if (idx < 0 || idx >= size) {
      throw in.error("IndexError", what + " index out of range");
    }
    return (int) idx;
  }

  public static long sliceStep(Interp in, PySlice sl) {
    if (sl.step instanceof PyNone) {
      return 1;
    }
    return clamp(sliceBound(in, sl.step));
  }

  /**
   * PyNumber_Index's value: an int's, the storage's of an int subclass's instance, or what a class's
   * {@code __index__} returns (a TypeError unless an int); null when {@code o} has none of them.
   */
  public static BigInteger indexValue(Interp in, PyObject o) {
    if (o instanceof PyInt i) {
      return i.toBig();
    }
    if (Comparisons.storage(o) instanceof PyInt i) {
      return i.toBig();
    }
    if (!(o instanceof PyInstance) || o.type.lookup("__index__") == null) {
      return null;
    }
    PyObject r = in.ops.callSpecial(o, "__index__");
    try {
      if (!(r instanceof PyInt n)) {
        throw in.error("TypeError", "__index__ returned non-int (type " + r.type.name + ")");
      }
      return n.toBig();
    } finally {
      in.heap.decref(r);
    }
  }

  /** {@code o} as an integer where one is required: "cannot be interpreted as an integer" otherwise. */
  public static BigInteger requireIndex(Interp in, PyObject o) {
    BigInteger v = indexValue(in, o);
    if (v == null) {
      throw in.error("TypeError", "'" + o.type.name + "' object cannot be interpreted as an integer");
    }
    return v;
  }

  private static BigInteger sliceBound(Interp in, PyObject o) {
    BigInteger v = indexValue(in, o);
    if (v == null) {
      throw in.error("TypeError", "slice indices must be integers or None or have an __index__ method");
    }
    return v;
  }

  /** _PyEval_SliceIndex's clamping of a huge value to the Py_ssize_t range. */
  private static long clamp(BigInteger v) {
    return v.bitLength() < 64 ? v.longValue() : v.signum() < 0 ? Long.MIN_VALUE : Long.MAX_VALUE;
  }

  /** PySlice_GetIndicesEx: the selected indices, in order. */
  public static int[] sliceIndices(Interp in, PySlice sl, int n) {
    long step = sliceStep(in, sl);
    if (step == 0) {
      throw in.error("ValueError", "slice step cannot be zero");
    }
    long start;
    long stop;
    if (step > 0) {
      start = clampIndex(in, sl.start, n, 0, 0, n);
      stop = clampIndex(in, sl.stop, n, n, 0, n);
    } else {
      start = clampIndex(in, sl.start, n, n - 1, -1, n - 1);
      stop = clampIndex(in, sl.stop, n, -1, -1, n - 1);
    }
    List<Integer> out = new ArrayList<>();
    for (long i = start; step > 0 ? i < stop : i > stop; i += step) {
      out.add((int) i);
    }
    return out.stream().mapToInt(Integer::intValue).toArray();
  }

  /** A slice bound: {@code dflt} for None, else counted from the end when negative and clamped to lo..hi. */
  public static long clampIndex(Interp in, PyObject o, int n, long dflt, long lo, long hi) {
    if (o instanceof PyNone) {
      return dflt;
    }
    long v = clamp(sliceBound(in, o));
    if (v < 0) {
      v += n;
    }
    return Math.max(lo, Math.min(hi, v));
  }
}
