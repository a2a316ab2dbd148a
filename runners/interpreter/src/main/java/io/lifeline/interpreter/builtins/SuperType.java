package io.lifeline.interpreter.builtins;

import io.lifeline.interpreter.object.PyFunction;
import io.lifeline.interpreter.object.PyNativeFunction;
import io.lifeline.interpreter.object.PyObject;
import io.lifeline.interpreter.object.PySuper;
import io.lifeline.interpreter.object.PyType;
import io.lifeline.interpreter.vm.Interp;

/** {@code super} (Objects/typeobject.c's super_getattro): the MRO after the start class, bound to the object. */
final class SuperType {
  private SuperType() {}

  static void install(Interp in) {
    in.types.superType.slots.getattr = (i, o, name) -> {
      PySuper sup = (PySuper) o;
      PyObject attr = sup.lookup(name);
      if (attr instanceof PyFunction || (attr instanceof PyNativeFunction nf && nf.isMethod)) {
        return sup.obj instanceof PyType ? i.heap.incref(attr) : i.newMethod(attr, sup.obj);
      }
      if (attr instanceof io.lifeline.interpreter.object.PyDescriptor) {
        // super_getattro's tp_descr_get(res, obj == starttype ? NULL : obj, starttype).
        return i.ops.bindDescriptor(attr, sup.obj instanceof PyType t ? t : sup.obj.type);
      }
      if (attr != null) {
        return i.heap.incref(attr);
      }
      return i.ops.genericGetattr(o, name);
    };
  }
}
