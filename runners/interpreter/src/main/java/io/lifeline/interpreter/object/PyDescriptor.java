package io.lifeline.interpreter.object;

/** property, staticmethod and classmethod objects: own the wrapped callables. */
public final class PyDescriptor extends PyContainer {
  /** Which built-in descriptor this is. */
  public enum Kind { PROPERTY, STATICMETHOD, CLASSMETHOD }

  public final Kind kind;
  public PyObject func;
  public PyObject setter;
  /** A property's fdel and doc (property_dealloc releases fget, fset, fdel, doc in that order). */
  public PyObject deleter;
  public PyObject doc;
  /**
   * A staticmethod's or classmethod's attribute dict (sm_dict/cm_dict), made when first needed; on CPython 3.10+
   * sm_init/cm_init fill it from the callable (functools_wraps). Released after the callable, as cm_dealloc does.
   */
  public PyDict dict;

  public PyDescriptor(PyType type, Kind kind, PyObject func) {
    super(type);
    this.kind = kind;
    this.func = func;
  }

  @Override
  protected void fields(Refs refs) {
    func = refs.field(func);
    dict = refs.field(dict);
    setter = refs.field(setter);
    deleter = refs.field(deleter);
    doc = refs.field(doc);
  }
}
