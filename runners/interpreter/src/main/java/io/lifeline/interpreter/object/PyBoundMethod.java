package io.lifeline.interpreter.object;

/** A bound method: owns the function and self; meth_dealloc releases the function first, then self. */
public final class PyBoundMethod extends PyContainer implements Weakrefable {
  public PyObject func;
  public PyObject self;

  public PyBoundMethod(PyType type, PyObject func, PyObject self) {
    super(type);
    this.func = func;
    this.self = self;
  }

  @Override
  protected void fields(Refs refs) {
    func = refs.field(func);
    self = refs.field(self);
  }
}
