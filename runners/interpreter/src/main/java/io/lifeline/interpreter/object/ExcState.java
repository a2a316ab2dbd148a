package io.lifeline.interpreter.object;

import io.lifeline.interpreter.memory.Heap;

/**
 * _PyErr_StackItem: the exception currently being handled (owned references or null), one per generator
 * plus the thread's base; a resumed generator's state is linked on top of its caller's. From 3.11 only
 * {@link #value} is used (bpo-45711); 3.10 keeps the (type, value, traceback) triple, whose traceback is the
 * one the exception had when it was caught, whatever happens to {@code __traceback__} afterwards. A 3.10
 * handler saves the previous triple on the value stack in a {@code vm.SavedExcInfo}, which holds one of these.
 */
public final class ExcState {
  /** 3.10 exc_type; null from 3.11. */
  public PyObject type;
  public PyObject value;
  /** 3.10 exc_traceback (null if none); null from 3.11. */
  public PyObject traceback;
  public ExcState previous;

  /** Whether it holds nothing. */
  public boolean isEmpty() {
    return type == null && value == null && traceback == null;
  }

  /** Drops the three references without releasing them (they have moved elsewhere). */
  public void forget() {
    type = null;
    value = null;
    traceback = null;
  }

  /** Visits the owned references. */
  public void traverse(PyObject.Visitor v) {
    v.visitIfSet(type);
    v.visitIfSet(value);
    v.visitIfSet(traceback);
  }

  /** _PyErr_ClearExcState: type, value, then traceback. */
  public void clear(Heap heap) {
    PyObject t = type;
    PyObject v = value;
    PyObject tb = traceback;
    forget();
    heap.xdecref(t);
    heap.xdecref(v);
    heap.xdecref(tb);
  }
}
