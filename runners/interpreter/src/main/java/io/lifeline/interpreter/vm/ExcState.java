package io.lifeline.interpreter.vm;

import io.lifeline.interpreter.object.PyObject;

/**
 * _PyErr_StackItem: the exception currently being handled (owned reference or null), one per generator
 * plus the thread's base; a resumed generator's state is linked on top of its caller's.
 */
public final class ExcState {
  public PyObject value;
  public ExcState previous;
}
