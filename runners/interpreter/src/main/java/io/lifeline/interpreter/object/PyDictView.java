package io.lifeline.interpreter.object;

/** dict_keys / dict_values / dict_items: a live view owning a reference to its dict. */
public final class PyDictView extends PyHolder<PyDict> {
  /** Which part of each entry the view shows. */
  public enum Kind { KEYS, VALUES, ITEMS }

  public final Kind kind;

  /** {@code dict} becomes {@link #ref}. */
  public PyDictView(PyType type, Kind kind, PyDict dict) {
    super(type, dict);
    this.kind = kind;
  }
}
