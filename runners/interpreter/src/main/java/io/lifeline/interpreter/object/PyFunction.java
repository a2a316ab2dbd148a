package io.lifeline.interpreter.object;

/**
 * A Python function. func_dealloc clears weakrefs, then func_clear releases globals, module, defaults, kwdefaults,
 * doc, dict, closure, annotations in that order (all but globals and closure only once set or asked for).
 */
public final class PyFunction extends PyContainer implements Weakrefable {
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
  protected void fields(Refs refs) {
    globals = refs.field(globals);
    module = refs.field(module);
    defaults = refs.field(defaults);
    kwdefaults = refs.field(kwdefaults);
    doc = refs.field(doc);
    dict = refs.field(dict);
    closure = refs.field(closure);
    annotations = refs.field(annotations);
  }

  @Override
  public String toString() {
    return "<function " + qualname + ">";
  }
}
