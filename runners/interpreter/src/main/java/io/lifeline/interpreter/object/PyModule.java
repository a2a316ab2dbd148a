package io.lifeline.interpreter.object;

/** A module: a name and an owned namespace dict, {@link #ref}. */
public final class PyModule extends PyHolder<PyDict> implements Weakrefable {
  public final String name;

  public PyModule(PyType type, String name, PyDict dict) {
    super(type, dict);
    this.name = name;
  }

  /** The namespace (borrowed; null once the module is cleared). */
  public PyDict dict() {
    return ref;
  }

  @Override
  public String toString() {
    return "<module '" + name + "'>";
  }
}
