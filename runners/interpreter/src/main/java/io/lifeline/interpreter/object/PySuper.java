package io.lifeline.interpreter.object;

/** super(type, obj): attribute lookup starts after {@link #thisType} in obj's MRO. Owns both references. */
public final class PySuper extends PyContainer {
  public PyType thisType;
  public PyObject obj;

  public PySuper(PyType type, PyType thisType, PyObject obj) {
    super(type);
    this.thisType = thisType;
    this.obj = obj;
  }

  @Override
  protected void fields(Refs refs) {
    thisType = refs.field(thisType);
    obj = refs.field(obj);
  }

  /** The attribute found after thisType in the MRO (borrowed), or null. */
  public PyObject lookup(String name) {
    PyType start = obj instanceof PyType t && t.isSubtypeOf(thisType) ? t : obj.type;
    boolean after = false;
    for (PyType t : start.mro) {
      if (after) {
        PyObject v = t.dict.getStr(name);
        if (v != null) {
          return v;
        }
      }
      if (t == thisType) {
        after = true;
      }
    }
    return null;
  }
}
