package io.lifeline.interpreter.builtins;

import io.lifeline.interpreter.object.PyObject;
import io.lifeline.interpreter.object.PyTuple;
import io.lifeline.interpreter.vm.Interp;
import io.lifeline.interpreter.vm.Policies;

/**
 * The result tuple a C iterator keeps and hands out again when nobody else holds it (enum_next, zip_next,
 * product_next, combinations_next, ...: {@code Py_REFCNT(result) == 1}). The previous items stay alive in it until
 * the next step replaces them, or until the iterator dies. PyPy's iterators make a new tuple every time.
 */
public final class RecycledTuple {
  private RecycledTuple() {}

  /** The tuple an iterator keeps from birth (enum_new's {@code (None, None)}), or null where none is kept. */
  public static PyTuple initial(Interp in, int size) {
    if (in.policies.reclaim() == Policies.Reclaim.TRACING) {
      return null;
    }
    PyObject[] items = new PyObject[size];
    for (int i = 0; i < size; i++) {
      items[i] = in.none();
    }
    return in.newTuple(items);
  }

  /**
   * Whether {@code kept} may be handed out again: only its iterator holds it. If so it is returned with a new
   * reference and GC-tracked again (bpo-42536: the collector may have untracked it).
   */
  public static boolean reusable(Interp in, PyTuple kept) {
    if (kept == null || kept.refcnt != 1) {
      return false;
    }
    in.heap.incref(kept);
    in.heap.track(kept);
    return true;
  }

  /** Puts {@code item} (stolen) at {@code index} of a reused tuple; returns the old item, which the caller releases. */
  public static PyObject swap(PyTuple t, int index, PyObject item) {
    PyObject old = t.items[index];
    t.items[index] = item;
    return old;
  }
}
