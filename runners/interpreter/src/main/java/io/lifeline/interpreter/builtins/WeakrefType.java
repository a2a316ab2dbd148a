package io.lifeline.interpreter.builtins;

import io.lifeline.interpreter.object.PyWeakref;
import io.lifeline.interpreter.object.Slots;
import io.lifeline.interpreter.vm.Interp;
import io.lifeline.interpreter.vm.Ops;

/**
 * {@code weakref.ReferenceType} (Objects/weakrefobject.c): calling a reference gives its referent or None. Its
 * constructor belongs to the {@code _weakref} module. Not reported callable, as the models always did.
 */
final class WeakrefType {
  private WeakrefType() {}

  static void install(Interp in) {
    Slots s = in.types.weakref.slots;
    s.call = (i, o, a, k) -> {
      PyWeakref w = (PyWeakref) o;
      return i.heap.incref(w.referent != null ? w.referent : i.none());
    };
    s.repr = (i, o) -> {
      PyWeakref w = (PyWeakref) o;
      return w.referent == null ? "<weakref at " + Ops.address(o) + "; dead>"
          : "<weakref at " + Ops.address(o) + "; to '" + w.referent.type.name + "' at " + Ops.address(w.referent)
              + ">";
    };
    s.getattr = (i, o, name) -> name.equals("__callback__")
        ? i.heap.incref(((PyWeakref) o).callback != null ? ((PyWeakref) o).callback : i.none())
        : i.ops.genericGetattr(o, name);
  }
}
