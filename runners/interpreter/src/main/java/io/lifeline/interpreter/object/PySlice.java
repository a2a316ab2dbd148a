package io.lifeline.interpreter.object;

import io.lifeline.interpreter.memory.Heap;

/** slice(start, stop, step): owns its three references (None for omitted parts). Not GC-tracked. */
public final class PySlice extends PyObject {
  public PyObject start;
  public PyObject stop;
  public PyObject step;

  public PySlice(PyType type, PyObject start, PyObject stop, PyObject step) {
    super(type);
    this.start = start;
    this.stop = stop;
    this.step = step;
  }

  @Override
  public void traverse(Visitor v) {
    visit(v, start);
    visit(v, stop);
    visit(v, step);
  }

  /** slice_dealloc releases step, start, stop. */
  @Override
  public void releaseContents(Heap heap) {
    PyObject a = step;
    PyObject b = start;
    PyObject c = stop;
    step = null;
    start = null;
    stop = null;
    heap.xdecref(a);
    heap.xdecref(b);
    heap.xdecref(c);
  }
}
