package io.lifeline.interpreter.object;

/** The None singleton, immortal. */
public final class PyNone extends PyObject {
  public PyNone(PyType type) {
    super(type);
    immortal = true;
  }

  @Override
  public String toString() {
    return "None";
  }
}
