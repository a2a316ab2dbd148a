package io.lifeline.interpreter.object;

/** True and False: immortal ints. */
public final class PyBool extends PyInt {
  public PyBool(PyType type, boolean value) {
    super(type, value ? 1 : 0);
    immortal = true;
  }

  public boolean value() {
    return small != 0;
  }

  @Override
  public String toString() {
    return small != 0 ? "True" : "False";
  }
}
