package io.lifeline.interpreter.object;

import io.lifeline.interpreter.memory.Heap;

/** A bound method: owns the function and self; meth_dealloc releases the function first, then self. */
public final class PyBoundMethod extends PyObject {
  public PyObject func;
  public PyObject self;

  public PyBoundMethod(PyType type, PyObject func, PyObject self) {
    super(type);
    this.func = func;
    this.self = self;
  }

  @Override
  public boolean isGcType() {
    return true;
  }

  @Override
  public boolean weakrefable() {
    return true;
  }

  @Override
  public void traverse(Visitor v) {
    visit(v, func);
    visit(v, self);
  }

  @Override
  public void clear(Heap heap) {
    PyObject f = func;
    func = null;
    heap.xdecref(f);
    PyObject s = self;
    self = null;
    heap.xdecref(s);
  }

  @Override
  public void releaseContents(Heap heap) {
    clear(heap);
  }
}
