package io.lifeline.interpreter.builtins;

import io.lifeline.interpreter.object.PyDict;
import io.lifeline.interpreter.object.PyFunction;
import io.lifeline.interpreter.object.PyObject;
import io.lifeline.interpreter.object.PySlotDescriptor;
import io.lifeline.interpreter.object.PyWeakref;
import io.lifeline.interpreter.object.Slots;
import io.lifeline.interpreter.vm.Descriptors;
import io.lifeline.interpreter.vm.Interp;
import io.lifeline.interpreter.vm.Ops;

/**
 * {@code weakref.ReferenceType} (Objects/weakrefobject.c): calling a reference gives its referent or None. Its
 * constructor belongs to the {@code _weakref} module. Not reported callable, as the models always did. An instance
 * of a class deriving from it keeps its attributes (and its {@code __slots__}) in {@link PyWeakref#attrs}, after
 * the class's data descriptors as PyObject_GenericGetAttr looks them up.
 */
final class WeakrefType {
  static final Slots.Table<PyWeakref> SLOTS = Slots.of(PyWeakref.class)
      .call((i, w, a, k) -> i.heap.incref(w.referent != null ? w.referent : i.none()))
      .repr((i, w) -> w.referent == null ? "<weakref at " + Ops.address(w) + "; dead>"
          : "<weakref at " + Ops.address(w) + "; to '" + w.referent.type.name + "' at " + Ops.address(w.referent)
              + ">")
      .getattr(WeakrefType::getattr)
      .setattr(WeakrefType::setattr);

  private WeakrefType() {}

  private static PyObject getattr(Interp in, PyWeakref w, String name) {
    if (name.equals("__callback__")) {
      return in.heap.incref(w.callback() != null ? w.callback() : in.none());
    }
    PyObject typeAttr = w.type.lookup(name);
    if (w.attrs() != null && !dataDescriptor(typeAttr)) {
      PyObject v = w.attrs().getStr(name);
      if (v != null) {
        return in.heap.incref(v);
      }
    }
    return typeAttr instanceof PySlotDescriptor ? null : in.ops.genericGetattr(w, name);
  }

  /** PyObject_GenericSetAttr: a class's data descriptor, else the subclass instance's attributes. */
  private static void setattr(Interp in, PyWeakref w, String name, PyObject v) {
    PyObject typeAttr = w.type.lookup(name);
    if (dataDescriptor(typeAttr) && Descriptors.set(in, typeAttr, w, name, v)) {
      return;
    }
    if (!w.type.heapType) {
      throw in.error("AttributeError", "'" + w.type.name + "' object has no attribute '" + name + "'");
    }
    if (w.attrs() == null) {
      w.setAttrs(in.newDict());
    }
    w.attrs().put(in.heap, in.key(name), in.heap.incref(v));
  }

  private static boolean dataDescriptor(PyObject typeAttr) {
    return typeAttr != null && !(typeAttr instanceof PyFunction) && !(typeAttr instanceof PySlotDescriptor)
        && Descriptors.isData(typeAttr);
  }
}
