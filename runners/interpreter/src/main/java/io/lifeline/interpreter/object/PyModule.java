package io.lifeline.interpreter.object;

/** A module: a name and an owned namespace dict. */
public final class PyModule extends PyContainer implements Weakrefable {
  public final String name;
  public PyDict dict;

  public PyModule(PyType type, String name, PyDict dict) {
    super(type);
    this.name = name;
    this.dict = dict;
  }

  @Override
  protected void fields(Refs refs) {
    dict = refs.field(dict);
  }

  @Override
  public String toString() {
    return "<module '" + name + "'>";
  }
}
