package io.lifeline.interpreter.vm;

import io.lifeline.interpreter.object.PyInstance;
import io.lifeline.interpreter.object.PyInt;
import io.lifeline.interpreter.object.PyNone;
import io.lifeline.interpreter.object.PyObject;
import io.lifeline.interpreter.object.PySlice;
import java.util.ArrayList;
import java.util.List;

/** Sequence indices and slices (PyNumber_AsSsize_t for subscripts, PySlice_GetIndicesEx), in CPython's words. */
public final class Indices {
  private Indices() {}

  /** {@code k} as an index into {@code size} items (negative from the end); {@code what} names the sequence. */
  public static int index(Interp in, PyObject k, int size, String what) {
    if (k instanceof PyInstance && k.type.heapType && k.type.lookup("__index__") != null) {
      throw in.unsupported("indexing through __index__");
    }
    if (!(k instanceof PyInt i)) {
      throw in.error("TypeError", what + " indices must be integers, not " + k.type.name);
    }
    long idx = i.isSmall() ? i.small : Long.MAX_VALUE;
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
    if (!(sl.step instanceof PyInt i)) {
      throw in.error("TypeError", "slice indices must be integers or None or have an __index__ method");
    }
    return i.small;
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
    if (!(o instanceof PyInt i)) {
      throw in.error("TypeError", "slice indices must be integers or None or have an __index__ method");
    }
    long v = i.small;
    if (v < 0) {
      v += n;
    }
    return Math.max(lo, Math.min(hi, v));
  }
}
