package io.lifeline.interpreter.object;

import io.lifeline.interpreter.memory.Heap;

/** A closure cell owning at most one reference. */
public final class PyCell extends PyObject {
  public PyObject ref;

  public PyCell(PyType type, PyObject ref) {
    super(type);
    this.ref = ref;
  }

  @Override
  public boolean isGcType() {
    return true;
  }

  @Override
  public void traverse(Visitor v) {
    visit(v, ref);
  }

  @Override
  public void clear(Heap heap) {
    PyObject o = ref;
    ref = null;
    heap.xdecref(o);
  }

  @Override
  public void releaseContents(Heap heap) {
    clear(heap);
  }
}
