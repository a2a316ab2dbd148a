package io.lifeline.interpreter.object;

import io.lifeline.interpreter.memory.Heap;

/** property, staticmethod and classmethod objects: own the wrapped callables. */
public final class PyDescriptor extends PyObject {
  /** Which built-in descriptor this is. */
  public enum Kind { PROPERTY, STATICMETHOD, CLASSMETHOD }

  public final Kind kind;
  public PyObject func;
  public PyObject setter;
  /** A property's fdel and doc (property_dealloc releases fget, fset, fdel, doc in that order). */
  public PyObject deleter;
  public PyObject doc;

  public PyDescriptor(PyType type, Kind kind, PyObject func) {
    super(type);
    this.kind = kind;
    this.func = func;
  }

  @Override
  public boolean isGcType() {
    return true;
  }

  @Override
  public void traverse(Visitor v) {
    visit(v, func);
    visit(v, setter);
    visit(v, deleter);
    visit(v, doc);
  }

  @Override
  public void clear(Heap heap) {
    PyObject f = func;
    func = null;
    heap.xdecref(f);
    PyObject s = setter;
    setter = null;
    heap.xdecref(s);
    PyObject dl = deleter;
    deleter = null;
    heap.xdecref(dl);
    PyObject dc = doc;
    doc = null;
    heap.xdecref(dc);
  }

  @Override
  public void releaseContents(Heap heap) {
    clear(heap);
  }
}
