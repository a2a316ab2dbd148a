package io.lifeline.interpreter.object;

/** property, staticmethod and classmethod objects: own the wrapped callables. */
public final class PyDescriptor extends PyContainer {
  /** Which built-in descriptor this is. */
  public enum Kind { PROPERTY, STATICMETHOD, CLASSMETHOD }

  public final Kind kind;
  public PyObject func;
  public PyObject setter;

  public PyDescriptor(PyType type, Kind kind, PyObject func) {
    super(type);
    this.kind = kind;
    this.func = func;
  }

  @Override
  protected void fields(Refs refs) {
    func = refs.field(func);
    setter = refs.field(setter);
  }
}
