package io.lifeline.interpreter.object;

import io.lifeline.interpreter.memory.Heap;

/** super(type, obj): attribute lookup starts after {@link #thisType} in obj's MRO. Owns both references. */
public final class PySuper extends PyObject {
  public PyType thisType;
  public PyObject obj;

  public PySuper(PyType type, PyType thisType, PyObject obj) {
    super(type);
    this.thisType = thisType;
    this.obj = obj;
  }

  @Override
  public boolean isGcType() {
    return true;
  }

  @Override
  public void traverse(Visitor v) {
    visit(v, thisType);
    visit(v, obj);
  }

  @Override
  public void clear(Heap heap) {
    PyObject t = thisType;
    thisType = null;
    heap.xdecref(t);
    PyObject o = obj;
    obj = null;
    heap.xdecref(o);
  }

  @Override
  public void releaseContents(Heap heap) {
    clear(heap);
  }

  /** The attribute found after thisType in the MRO (borrowed), or null. */
  public PyObject lookup(String name) {
    PyType start = obj instanceof PyType t ? t : obj.type;
    boolean after = false;
    for (PyType t : start.mro) {
      if (after) {
        PyObject v = t.dict.getStr(name);
        if (v != null) {
          return v;
        }
      }
      if (t == thisType) {
        after = true;
      }
    }
    return null;
  }
}
