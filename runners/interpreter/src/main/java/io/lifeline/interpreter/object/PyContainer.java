package io.lifeline.interpreter.object;

import io.lifeline.interpreter.memory.Heap;

/**
 * A GC-tracked object (a container: Py_TPFLAGS_HAVE_GC). Most own a fixed list of fields, which tp_traverse visits
 * and tp_clear and tp_dealloc both release, in one order (meth_dealloc, func_clear, partial_clear, tb_clear...):
 * such a subclass names its fields once, in that order, in {@link #fields}, and traversal, clearing and release all
 * follow from it. A container of a variable number of references (list, dict, set, a frame's slots) overrides
 * {@link #traverse}, {@link #clear} and {@link #releaseContents} itself.
 */
public abstract class PyContainer extends PyObject {
  protected PyContainer(PyType type) {
    super(type);
  }

  /**
   * Passes each owned field through {@code refs}, in CPython's order, storing what it returns:
   * {@code func = refs.field(func);}. A traversal visits the value and returns it unchanged; clearing returns null.
   */
  protected void fields(Refs refs) {}

  /**
   * What {@link #fields} hands each field to: a traversal (tp_traverse) or a clearing (Py_CLEAR one field after
   * another). A final class, not an interface, so that {@code refs.field} is a direct call the JIT inlines into each
   * {@code fields}: as an interface call it was megamorphic (the clearing and every collector's visitor). On
   * bench/micro's genclose, which releases an exception and its traceback on each close, JFR put the generic clear
   * at 7.8% of the run through the interface and 5.6% through this class.
   */
  public static final class Refs {
    /** Traversing: what each field is shown to. Null when clearing. */
    private final Visitor visitor;
    /** Clearing: where the fields' references are released. Null when traversing. */
    private final Heap heap;
    /** Clearing: the last field's old value, released when the next field (or the end) comes. */
    private PyObject pending;

    private Refs(Visitor visitor, Heap heap) {
      this.visitor = visitor;
      this.heap = heap;
    }

    /**
     * Traversing, visits {@code value} (if any) and returns it. Clearing, returns null and releases the field
     * before it: each field is null before its old value is released, and the fields after it are still set
     * while that release runs (each release waits for the next field, the last for the end).
     */
    public <T extends PyObject> T field(T value) {
      if (visitor != null) {
        visitor.visitIfSet(value);
        return value;
      }
      releasePending();
      pending = value;
      return null;
    }

    private void releasePending() {
      PyObject p = pending;
      pending = null;
      heap.xdecref(p);
    }
  }

  @Override
  public boolean isGcType() {
    return true;
  }

  @Override
  public void traverse(Visitor v) {
    traverseFields(v);
  }

  @Override
  public void clear(Heap heap) {
    clearFields(heap);
  }

  @Override
  public void releaseContents(Heap heap) {
    clear(heap);
  }

  /** Visits the references {@link #fields} names. */
  protected final void traverseFields(Visitor v) {
    fields(new Refs(v, null));
  }

  /** Py_CLEAR on each field {@link #fields} names, in order. */
  protected final void clearFields(Heap heap) {
    Refs c = new Refs(null, heap);
    fields(c);
    c.releasePending();
  }
}
