package io.lifeline.interpreter.object;

/** A closure cell: {@link #ref} is its content (none when empty). */
public final class PyCell extends PyHolder<PyObject> {
  public PyCell(PyType type, PyObject ref) {
    super(type, ref);
  }
}
