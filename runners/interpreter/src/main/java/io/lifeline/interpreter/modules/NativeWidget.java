package io.lifeline.interpreter.modules;

import io.lifeline.interpreter.memory.Heap;
import io.lifeline.interpreter.object.PyObject;
import io.lifeline.interpreter.object.PyType;

/**
 * An object of lifeline_native's Widget: GC-tracked, one {@code PyObject *} slot {@code callback} held in C
 * (visited by widget_traverse, dropped by widget_clear; never traced under PyPy's cpyext). Its type has no
 * tp_weaklistoffset: CPython refuses weak references to it, PyPy's W_Root takes them.
 */
final class NativeWidget extends PyObject {
  PyObject callback;
  private final boolean weakrefs;

  NativeWidget(PyType type, boolean weakrefs) {
    super(type);
    this.weakrefs = weakrefs;
  }

  @Override
  public boolean isGcType() {
    return true;
  }

  @Override
  public boolean weakrefable() {
    return weakrefs;
  }

  @Override
  public void traverse(Visitor v) {
    visit(v, callback);
  }

  @Override
  public void traverseTraced(Visitor v) {}

  @Override
  public void clear(Heap heap) {
    PyObject c = callback;
    callback = null;
    heap.xdecref(c);
  }

  @Override
  public void releaseContents(Heap heap) {
    clear(heap);
  }
}
