package io.lifeline.interpreter.builtins;

import io.lifeline.interpreter.object.PyWeakref;
import io.lifeline.interpreter.object.Slots;
import io.lifeline.interpreter.vm.Ops;

/**
 * {@code weakref.ReferenceType} (Objects/weakrefobject.c): calling a reference gives its referent or None. Its
 * constructor belongs to the {@code _weakref} module. Not reported callable, as the models always did.
 */
final class WeakrefType {
  static final Slots.Table<PyWeakref> SLOTS = Slots.of(PyWeakref.class)
      .call((i, w, a, k) -> i.heap.incref(w.referent != null ? w.referent : i.none()))
      .repr((i, w) -> w.referent == null ? "<weakref at " + Ops.address(w) + "; dead>"
          : "<weakref at " + Ops.address(w) + "; to '" + w.referent.type.name + "' at " + Ops.address(w.referent)
              + ">")
      .getattr((i, w, name) -> name.equals("__callback__")
          ? i.heap.incref(w.callback != null ? w.callback : i.none())
          : i.ops.genericGetattr(w, name));

  private WeakrefType() {}
}
