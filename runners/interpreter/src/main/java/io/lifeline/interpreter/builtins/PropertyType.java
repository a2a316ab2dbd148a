package io.lifeline.interpreter.builtins;

import io.lifeline.interpreter.object.PyDescriptor;
import io.lifeline.interpreter.object.PyObject;
import io.lifeline.interpreter.object.PyTuple;
import io.lifeline.interpreter.vm.Interp;

/**
 * {@code property} (Objects/descrobject.c): {@code property(fget=None, fset=None, fdel=None, doc=None)}, which
 * holds each given callable; {@code getter}/{@code setter}/{@code deleter} make a new property holding the other
 * two of the old one (property_copy); {@code fget}/{@code fset}/{@code fdel}/{@code __doc__} read them back (None
 * when absent); {@code __isabstractmethod__} is true when one of them is abstract. Reading, storing and deleting through it are the vm's descriptor protocol ({@code vm.Descriptors}).
 */
final class PropertyType {
  private PropertyType() {}

  private static final String[] PARAMETERS = {"fget", "fset", "fdel", "doc"};

  static void install(Interp in) {
    Builtins.ctor(in, in.types.property, (i, a, k) -> {
      PyObject[] given = new PyObject[PARAMETERS.length];
      int npos = Args.positional(a, k);
      if (npos > PARAMETERS.length) {
        throw i.error("TypeError", "property() takes at most 4 arguments (" + npos + " given)");
      }
      System.arraycopy(a, 0, given, 0, npos);
      for (int p = 0; p < PARAMETERS.length; p++) {
        PyObject kw = Args.keyword(a, k, PARAMETERS[p]);
        if (kw != null) {
          given[p] = kw;
        }
      }
      return make(i, given[0], given[1], given[2], given[3]);
    });
    in.builtins.put(in.heap, in.key("property"), in.types.property);
    Methods.method(in, in.types.property, "getter", (i, a, k) -> copy(i, a, 0));
    Methods.method(in, in.types.property, "setter", (i, a, k) -> copy(i, a, 1));
    Methods.method(in, in.types.property, "deleter", (i, a, k) -> copy(i, a, 2));
    in.types.property.slots.getattr = (i, o, name) -> {
      PyDescriptor d = (PyDescriptor) o;
      PyObject v;
      switch (name) {
        case "fget": v = d.func; break;
        case "fset": v = d.setter; break;
        case "fdel": v = d.deleter; break;
        case "__doc__": v = d.doc; break;
        case "__isabstractmethod__": // property_get___isabstractmethod__: any accessor abstract
          return i.heap.incref(i.types.bool(io.lifeline.interpreter.vm.AbstractClasses.isAbstract(i, d.func)
              || io.lifeline.interpreter.vm.AbstractClasses.isAbstract(i, d.setter)
              || io.lifeline.interpreter.vm.AbstractClasses.isAbstract(i, d.deleter)));
        default: return i.ops.genericGetattr(o, name);
      }
      return i.heap.incref(v == null ? i.none() : v);
    };
  }

  /** A new property holding its own references to the given callables (None or null: absent). */
  private static PyObject make(Interp in, PyObject fget, PyObject fset, PyObject fdel, PyObject doc) {
    PyDescriptor d = in.heap.register(new PyDescriptor(in.types.property, PyDescriptor.Kind.PROPERTY,
        held(in, fget)));
    d.setter = held(in, fset);
    d.deleter = held(in, fdel);
    d.doc = held(in, doc);
    return d;
  }

  private static PyObject held(Interp in, PyObject o) {
    return o == null || o == in.none() ? null : in.heap.incref(o);
  }

  /** property_copy: {@code a[0]} with its accessor {@code which} (0 get, 1 set, 2 delete) replaced by {@code a[1]}. */
  private static PyObject copy(Interp in, PyObject[] a, int which) {
    Args.count(in, PARAMETERS[which].replace("f", ""), a, (PyTuple) null, 2, 2);
    PyDescriptor old = (PyDescriptor) a[0];
    return make(in, which == 0 ? a[1] : old.func, which == 1 ? a[1] : old.setter, which == 2 ? a[1] : old.deleter,
        old.doc);
  }
}
