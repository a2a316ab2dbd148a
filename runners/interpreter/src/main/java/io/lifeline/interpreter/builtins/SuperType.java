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
      return sup.startType() == sup.obj() ? i.heap.incref(attr) : i.newMethod(attr, sup.obj());
    }
    if (attr instanceof io.lifeline.interpreter.object.PyDescriptor) {
      // super_getattro's tp_descr_get(res, obj == starttype ? NULL : obj, starttype).
      return i.ops.bindDescriptor(attr, sup.startType());
    }
    if (attr != null) {
      return i.heap.incref(attr);
    }
    PyObject wrapper = slotWrapperAfterStart(i, sup, name);
    if (wrapper != null) {
      return sup.startType() == sup.obj() ? i.heap.incref(wrapper) : i.newMethod(wrapper, sup.obj());
    }
    return i.ops.genericGetattr(sup, name);
  });

  private SuperType() {}

  /** A built-in type's slot wrapper ({@code super().__eq__} reaching object's) after the start class, borrowed. */
  private static PyObject slotWrapperAfterStart(io.lifeline.interpreter.vm.Interp in, PySuper sup, String name) {
    PyType start = sup.startType();
    int at = start.mro.indexOf(sup.thisType());
    for (int x = at + 1; at >= 0 && x < start.mro.size(); x++) {
      PyType b = start.mro.get(x);
      PyObject w = b.heapType || !name.startsWith("__") ? null : in.slotWrappers.apply(b, name);
      if (w != null) {
        return w;
      }
    }
    return null;
  }
}
