package io.lifeline.interpreter.object;

/**
 * An object that owns exactly two references, released {@link #first} then {@link #second} by both tp_clear and
 * tp_dealloc: a bound method's function and self (meth_dealloc), a traceback's next entry and frame (tb_dealloc), a
 * super object's type and object, an async generator awaitable's generator and payload. {@link PyHolder} is the
 * one-reference form; a subclass names the two in domain accessors and adds only what it does not own.
 */
public abstract class PyPairHolder<A extends PyObject, B extends PyObject> extends PyContainer {
  /** Owned, released first; null once cleared. */
  protected A first;
  /** Owned, released second (while {@link #first} is already null); null once cleared. */
  protected B second;

  protected PyPairHolder(PyType type, A first, B second) {
    super(type);
    this.first = first;
    this.second = second;
  }

  @Override
  protected final void fields(Refs refs) {
    first = refs.field(first);
    second = refs.field(second);
  }
}
