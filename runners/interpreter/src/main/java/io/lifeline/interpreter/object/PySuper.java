package io.lifeline.interpreter.object;

/** super(type, obj): attribute lookup starts after {@link #thisType} in obj's MRO. Owns both references. */
public final class PySuper extends PyPairHolder<PyType, PyObject> {
  public PySuper(PyType type, PyType thisType, PyObject obj) {
    super(type, thisType, obj);
  }

  /** The class named to super(): the search starts after it. */
  public PyType thisType() {
    return first;
  }

  /** The object attributes are bound to (or a class, see {@link #startType}). */
  public PyObject obj() {
    return second;
  }

  /**
   * supercheck: the class whose MRO is searched, obj itself when it is a subclass of thisType (then attributes are
   * found unbound), else obj's type (an instance, or a class using super() in its metaclass's method).
   */
  public PyType startType() {
    return second instanceof PyType t && t.isSubtypeOf(first) ? t : second.type;
  }

  /** The attribute found after thisType in the MRO (borrowed), or null. */
  public PyObject lookup(String name) {
    boolean after = false;
    for (PyType t : startType().mro) {
      if (after) {
        PyObject v = t.dict.getStr(name);
        if (v != null) {
          return v;
        }
      }
      if (t == first) {
        after = true;
      }
    }
    return null;
  }
}
