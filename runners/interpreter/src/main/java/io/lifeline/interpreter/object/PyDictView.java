package io.lifeline.interpreter.object;

import io.lifeline.interpreter.memory.Heap;

/** dict_keys / dict_values / dict_items: a live view owning a reference to its dict. */
public final class PyDictView extends PyObject {
  /** Which part of each entry the view shows. */
  public enum Kind { KEYS, VALUES, ITEMS }

  public final Kind kind;
  public PyDict dict;

  public PyDictView(PyType type, Kind kind, PyDict dict) {
    super(type);
    this.kind = kind;
    this.dict = dict;
  }

  @Override
  public boolean isGcType() {
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
}
