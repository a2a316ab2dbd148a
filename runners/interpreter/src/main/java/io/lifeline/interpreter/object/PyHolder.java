package io.lifeline.interpreter.object;

/**
 * An object that owns exactly one reference, {@link #ref}, the object it holds: a cell's content, an iterator's
 * sequence, a view's or a module's dict, a frame-locals proxy's frame, an async generator's wrapped value.
 * Traversal, tp_clear and release all go through that one field; a subclass adds only what it does not own
 * (state, a kind) and what differs in its GC flags.
 */
public abstract class PyHolder<T extends PyObject> extends PyContainer {
  /** Owned; null once cleared. */
  public T ref;

  protected PyHolder(PyType type, T ref) {
    super(type);
    this.ref = ref;
  }

  @Override
  protected final void fields(Refs refs) {
    ref = refs.field(ref);
  }
}
