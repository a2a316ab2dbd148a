package io.lifeline.interpreter.object;

/**
 * The built-in sequence iterators (list, tuple, str, dict keys, range). Owns the sequence (none for range);
 * releases it when exhausted, like listiter_next.
 */
public final class PyIterator extends PyHolder<PyObject> {
  public int index;
  /** For range iterators: current value, step and the number of items left. */
  public long next;
  public long step;
  public long remaining;
  /** For dict iterators: a snapshot of the entries at creation. */
  public java.util.List<PyDict.Entry> entries;
  /**
   * For reverse dict iterators: the dict's size at creation, checked at each step (dictreviter_iternext's di_used;
   * -1 once it raised, so it keeps raising); -2 for the forward ones, whose mutation guards are not modelled.
   */
  public long usedAtStart = -2;
  /** For dict iterators: what each step yields. */
  public PyDictView.Kind dictKind = PyDictView.Kind.KEYS;

  /** {@code seq} becomes {@link #ref}. */
  public PyIterator(PyType type, PyObject seq) {
    super(type, seq);
  }

  /** A range iterator holds no object, so it is not tracked. */
  @Override
  public boolean isGcType() {
    return ref != null;
  }
}
