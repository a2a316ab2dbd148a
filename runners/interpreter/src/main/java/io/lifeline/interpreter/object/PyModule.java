package io.lifeline.interpreter.object;

import io.lifeline.interpreter.memory.Heap;

/** A module: a name and an owned namespace dict. */
public final class PyModule extends PyObject {
  public final String name;
  public PyDict dict;

  public PyModule(PyType type, String name, PyDict dict) {
    super(type);
    this.name = name;
    this.dict = dict;
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
    visit(v, dict);
  }

  @Override
  public void clear(Heap heap) {
    PyObject d = dict;
    dict = null;
    heap.xdecref(d);
  }

  @Override
  public void releaseContents(Heap heap) {
    clear(heap);
  }

  @Override
  public String toString() {
    return "<module '" + name + "'>";
  }
}
