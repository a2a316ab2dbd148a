package io.lifeline.interpreter.object;

import io.lifeline.interpreter.memory.Heap;

/**
 * PEP 667 (3.13): frame.f_locals of a function frame, a mapping that reads and writes the frame's variables
 * in place (Objects/frameobject.c, FrameLocalsProxy). It owns the frame object and nothing else, so it keeps no
 * local alive; as long as it lives, the frame object does (and with it, after the function returned, the
 * frame's locals).
 */
public final class PyFrameLocalsProxy extends PyObject {
  /** Owned. */
  public PyFrameObject frame;

  public PyFrameLocalsProxy(PyType type, PyFrameObject frame) {
    super(type);
    this.frame = frame;
  }

  @Override
  public boolean isGcType() {
    return true;
  }

  @Override
  public void traverse(Visitor v) {
    visit(v, frame);
  }

  @Override
  public void clear(Heap heap) {
    PyObject f = frame;
    frame = null;
    heap.xdecref(f);
  }

  @Override
  public void releaseContents(Heap heap) {
    clear(heap);
  }
}
