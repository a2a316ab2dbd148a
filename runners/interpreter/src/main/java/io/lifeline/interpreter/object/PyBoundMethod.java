package io.lifeline.interpreter.object;

/** A bound method: owns the function and self; meth_dealloc releases the function first, then self. */
public final class PyBoundMethod extends PyPairHolder<PyObject, PyObject> implements Weakrefable {
  public PyBoundMethod(PyType type, PyObject func, PyObject self) {
    super(type, func, self);
  }

  /** {@code __func__}: owned, null once cleared. */
  public PyObject func() {
    return first;
  }

  /** {@code __self__}: owned, null once cleared. */
  public PyObject self() {
    return second;
  }
}
