package io.lifeline.interpreter.object;

import io.lifeline.interpreter.memory.Heap;

/**
 * An exception instance (built-in or user subclass). BaseException_clear releases, in order, the attribute
 * dict, args, traceback, cause and context; then subtype_dealloc releases the class.
 */
public final class PyBaseException extends PyInstance {
  public PyTuple args;
  public PyObject traceback;
  public PyObject cause;
  public PyObject context;
  public boolean suppressContext;

  /** BaseException has a dict slot of its own in 3.10 and 3.11: its dict is always an object. */
  public PyBaseException(PyType type, PyTuple args) {
    super(type, true);
    this.args = args;
  }

  /** str(exc): '' for no args, str(arg) for one, repr of the tuple otherwise (handled by Interp). */
  public PyObject messageArg() {
    return args != null && args.items.length == 1 ? args.items[0] : null;
  }

  @Override
  public void traverse(Visitor v) {
    super.traverse(v);
    visit(v, args);
    visit(v, traceback);
    visit(v, cause);
    visit(v, context);
  }

  @Override
  public void clear(Heap heap) {
    super.clear(heap);
    PyObject a = args;
    args = null;
    heap.xdecref(a);
    PyObject tb = traceback;
    traceback = null;
    heap.xdecref(tb);
    PyObject c = cause;
    cause = null;
    heap.xdecref(c);
    PyObject ctx = context;
    context = null;
    heap.xdecref(ctx);
  }

  /** Built-in exception types own no reference to their (immortal) type; subclasses do. */
  @Override
  public void releaseContents(Heap heap) {
    clear(heap);
    if (type.heapType) {
      heap.decref(type);
    }
  }
}
