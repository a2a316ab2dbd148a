package io.lifeline.interpreter.object;

import io.lifeline.interpreter.memory.Heap;

/**
 * A Python function. func_dealloc clears weakrefs, then func_clear releases globals, module, defaults, kwdefaults,
 * doc, dict, closure, annotations in that order (all but globals and closure only once set or asked for).
 */
public final class PyFunction extends PyObject {
  public final PyCode code;
  public PyDict globals;
  public PyTuple defaults;
  public PyDict kwdefaults;
  public PyTuple closure;
  public String name;
  public String qualname;
  /** {@code __module__}, {@code __doc__} and {@code __dict__} once stored (builtins/FunctionAttributes). */
  public PyObject module;
  public PyObject doc;
  public PyDict dict;
  /** {@code __annotations__}: MAKE_FUNCTION's tuple of (name, value) pairs until first read, then a dict. */
  public PyObject annotations;
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
    visit(v, module);
    visit(v, defaults);
    visit(v, kwdefaults);
    visit(v, doc);
    visit(v, dict);
    visit(v, closure);
    visit(v, annotations);
  }

  @Override
  public void clear(Heap heap) {
    PyObject g = globals;
    globals = null;
    heap.xdecref(g);
    PyObject m = module;
    module = null;
    heap.xdecref(m);
    PyObject d = defaults;
    defaults = null;
    heap.xdecref(d);
    PyObject k = kwdefaults;
    kwdefaults = null;
    heap.xdecref(k);
    PyObject o = doc;
    doc = null;
    heap.xdecref(o);
    PyObject a = dict;
    dict = null;
    heap.xdecref(a);
    PyObject c = closure;
    closure = null;
    heap.xdecref(c);
    PyObject n = annotations;
    annotations = null;
    heap.xdecref(n);
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
