package io.lifeline.interpreter.builtins;

import io.lifeline.interpreter.object.PyFunction;
import io.lifeline.interpreter.object.PyNativeFunction;
import io.lifeline.interpreter.object.PyObject;
import io.lifeline.interpreter.object.PySuper;
import io.lifeline.interpreter.object.PyType;
import io.lifeline.interpreter.object.Slots;

/** {@code super} (Objects/typeobject.c's super_getattro): the MRO after the start class, bound to the object. */
final class SuperType {
  static final Slots.Table<PySuper> SLOTS = Slots.of(PySuper.class).getattr((i, sup, name) -> {
    PyObject attr = sup.lookup(name);
    if (attr instanceof PyFunction || (attr instanceof PyNativeFunction nf && nf.isMethod)) {
      // supercheck: a class that is a subclass of the start class is its own starttype (unbound); a class that is
      // an instance of it (super() in a metaclass's method) is bound like any instance.
      return sup.obj instanceof PyType t && t.isSubtypeOf(sup.thisType) ? i.heap.incref(attr)
          : i.newMethod(attr, sup.obj);
    }
    if (attr instanceof io.lifeline.interpreter.object.PyDescriptor) {
      // super_getattro's tp_descr_get(res, obj == starttype ? NULL : obj, starttype).
      return i.ops.bindDescriptor(attr, sup.obj instanceof PyType t && t.isSubtypeOf(sup.thisType) ? t
          : sup.obj.type);
    }
    if (attr != null) {
      return i.heap.incref(attr);
    }
    return i.ops.genericGetattr(sup, name);
  });

  private SuperType() {}
}
