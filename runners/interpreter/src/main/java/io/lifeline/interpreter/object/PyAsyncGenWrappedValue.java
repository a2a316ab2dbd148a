package io.lifeline.interpreter.object;

/**
 * _PyAsyncGenWrappedValue: a value an async generator yields itself, as opposed to one an await inside it
 * passes up to the event loop; asend/athrow unwrap it into StopIteration(value). CPython takes it from a free
 * list, so it adds nothing to the collector's allocation count: it is not counted as a container here.
 */
public final class PyAsyncGenWrappedValue extends PyHolder<PyObject> {
  /** {@code value} becomes {@link #ref}. */
  public PyAsyncGenWrappedValue(PyType type, PyObject value) {
    super(type, value);
  }

  @Override
  public boolean isGcType() {
    return false;
  }
}
