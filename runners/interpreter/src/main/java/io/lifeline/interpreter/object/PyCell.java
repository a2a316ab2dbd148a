package io.lifeline.interpreter.object;

/** A closure cell owning at most one reference. */
public final class PyCell extends PyContainer {
  public PyObject ref;

  public PyCell(PyType type, PyObject ref) {
    super(type);
    this.ref = ref;
  }

  @Override
  protected void fields(Refs refs) {
    ref = refs.field(ref);
  }
}
