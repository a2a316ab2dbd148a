package io.lifeline.interpreter.object;

/** An immortal named singleton such as NotImplemented. */
public final class PySentinel extends PyObject {
  private final String name;

  public PySentinel(PyType type, String name) {
    super(type);
    this.name = name;
    immortal = true;
  }

  @Override
  public String toString() {
    return name;
  }
}
