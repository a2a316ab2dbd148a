package io.lifeline.interpreter.object;

import io.lifeline.interpreter.memory.Heap;

/**
 * A Python function. func_dealloc clears weakrefs, then func_clear releases globals, defaults, kwdefaults,
 * closure in that order.
 */
public final class PyFunction extends PyObject {
  public final PyCode code;
  public PyDict globals;
  public PyTuple defaults;
  public PyDict kwdefaults;
  public PyTuple closure;
  public final String name;
  public final String qualname;
  /** Set by types.coroutine: generators it makes are awaitable (CO_ITERABLE_COROUTINE). */
  public boolean iterableCoroutine;

  public PyFunction(PyType type, PyCode code, PyDict globals, PyTuple defaults, PyDict kwdefaults,
      PyTuple closure) {
    super(type);
    this.code = code;
    this.globals = globals;
    this.defaults = defaults;
    this.kwdefaults = kwdefaults;
    this.closure = closure;
    this.name = code.name;
    this.qualname = code.qualname;
  }

  @Override
  public boolean isGcType() {
    return true;
  }

  @Override
  public boolean weakrefable() {
    return true;
  }

  @Override
  public void traverse(Visitor v) {
    visit(v, globals);
    visit(v, defaults);
    visit(v, kwdefaults);
    visit(v, closure);
  }

  @Override
  public void clear(Heap heap) {
    PyObject g = globals;
    globals = null;
    heap.xdecref(g);
    PyObject d = defaults;
    defaults = null;
    heap.xdecref(d);
    PyObject k = kwdefaults;
    kwdefaults = null;
    heap.xdecref(k);
    PyObject c = closure;
    closure = null;
    heap.xdecref(c);
  }

  @Override
  public void releaseContents(Heap heap) {
    clear(heap);
  }

  @Override
  public String toString() {
    return "<function " + qualname + ">";
  }
}
