package io.lifeline.interpreter.object;

import io.lifeline.interpreter.memory.Heap;

/** A traceback entry. tb_dealloc releases tb_next before tb_frame, so inner frames die first. */
public final class PyTraceback extends PyObject {
  public PyObject next;
  public PyFrameObject frame;
  public final int lineno;

  public PyTraceback(PyType type, PyObject next, PyFrameObject frame, int lineno) {
    super(type);
    this.next = next;
    this.frame = frame;
    this.lineno = lineno;
  }

  @Override
  public boolean isGcType() {
    return true;
  }

  @Override
  public void traverse(Visitor v) {
    visit(v, next);
    visit(v, frame);
  }

  @Override
  public void clear(Heap heap) {
    PyObject n = next;
    next = null;
    heap.xdecref(n);
    PyObject f = frame;
    frame = null;
    heap.xdecref(f);
  }

  @Override
  public void releaseContents(Heap heap) {
    clear(heap);
  }
}
