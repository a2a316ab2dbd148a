package io.lifeline.interpreter.vm;

import io.lifeline.interpreter.memory.Heap;
import io.lifeline.interpreter.object.PyObject;

/**
 * _PyErr_StackItem: the exception currently being handled (owned references or null), one per generator
 * plus the thread's base; a resumed generator's state is linked on top of its caller's. From 3.11 only
 * {@link #value} is used (bpo-45711); 3.10 keeps the (type, value, traceback) triple, whose traceback is the
 * one the exception had when it was caught, whatever happens to {@code __traceback__} afterwards.
 */
public final class ExcState {
  /** 3.10 exc_type; null from 3.11. */
  public PyObject type;
  public PyObject value;
  /** 3.10 exc_traceback (null if none); null from 3.11. */
  public PyObject traceback;
  public ExcState previous;

  /** Visits the owned references. */
  public void traverse(PyObject.Visitor v) {
    if (type != null) {
      v.visit(type);
    }
    if (value != null) {
      v.visit(value);
    }
    if (traceback != null) {
      v.visit(traceback);
    }
  }

  /** _PyErr_ClearExcState: type, value, then traceback. */
  public void clear(Heap heap) {
    PyObject t = type;
    PyObject v = value;
    PyObject tb = traceback;
    type = null;
    value = null;
    traceback = null;
    heap.xdecref(t);
    heap.xdecref(v);
    heap.xdecref(tb);
  }
}
