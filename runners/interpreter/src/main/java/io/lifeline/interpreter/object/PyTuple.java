package io.lifeline.interpreter.object;

import io.lifeline.interpreter.memory.Heap;

/** An immutable sequence owning its items. tupledealloc releases the last item first. */
public final class PyTuple extends PyContainer {
  public final PyObject[] items;

  /** Takes ownership of the references in {@code items}. */
  public PyTuple(PyType type, PyObject[] items) {
    super(type);
    this.items = items;
  }

  public int size() {
    return items.length;
  }

  /** 40 bytes plus a pointer per item. */
  @Override
  public long sizeEstimate() {
    return 40L + 8L * items.length;
  }

  /** tupletraverse visits the items last first. */
  @Override
  public void traverse(Visitor v) {
    for (int i = items.length - 1; i >= 0; i--) {
      visit(v, items[i]);
    }
  }

  /** Tuples have no tp_clear: a cycle through a tuple is broken at another member. */
  @Override
  public void clear(Heap heap) {}

  @Override
  public void releaseContents(Heap heap) {
    for (int i = items.length - 1; i >= 0; i--) {
      PyObject o = items[i];
      items[i] = null;
      heap.xdecref(o);
    }
  }
}
