package io.lifeline.interpreter.object;

/** dict_keys / dict_values / dict_items: a live view owning a reference to its dict. */
public final class PyDictView extends PyContainer {
  /** Which part of each entry the view shows. */
  public enum Kind { KEYS, VALUES, ITEMS }

  public final Kind kind;
  public PyDict dict;

  public PyDictView(PyType type, Kind kind, PyDict dict) {
    super(type);
    this.kind = kind;
    this.dict = dict;
  }

  @Override
  protected void fields(Refs refs) {
    dict = refs.field(dict);
  }
}
