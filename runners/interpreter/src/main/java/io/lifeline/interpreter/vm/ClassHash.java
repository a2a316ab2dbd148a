package io.lifeline.interpreter.vm;

import io.lifeline.interpreter.object.PyObject;
import io.lifeline.interpreter.object.PyType;

/**
 * A class's hash function as type_new leaves it (the {@code __hash__} it inherits, or None beside an {@code __eq__}),
 * kept on the type until some class changes (its epoch), so hashing an instance does not walk the MRO's dicts.
 */
final class ClassHash {
  private ClassHash() {}

  /** The answer for a class whose instances are unhashable. */
  static final PyObject UNHASHABLE = new io.lifeline.interpreter.object.PySentinel(null, "unhashable");

  /**
   * The class's __hash__: the first class in the MRO whose dict has one decides, None (which type_new stores beside
   * an __eq__ defined without __hash__) making instances unhashable; an __eq__ assigned later changes nothing, as
   * in CPython. Null means the default identity hash.
   */
  static PyObject of(Interp in, PyType t) {
    int now = t.epoch.value();
    if (t.hashSlotEpoch == now) {
      return t.hashSlot;
    }
    PyObject h = ofMro(in, t);
    // Not kept when a key's guest __eq__ (getStr on a non-str key) changed some type's namespace meanwhile.
    t.hashSlot = h;
    t.hashSlotEpoch = t.epoch.value() == now ? now : -1;
    return h;
  }

  /** {@link #of} found by walking the MRO. */
  private static PyObject ofMro(Interp in, PyType t) {
    for (PyType c : t.mro) {
      if (c == t.builtinBase && (c == in.types.dict || c == in.types.list || c == in.types.set)) {
        return UNHASHABLE;
      }
      if (!c.heapType || c.dict == null) {
        continue;
      }
      PyObject h = c.dict.getStr("__hash__");
      if (h instanceof io.lifeline.interpreter.object.PyNone) {
        return UNHASHABLE;
      }
      if (h != null) {
        return h;
      }
    }
    return null;
  }

  /** slot_tp_hash: the class's {@code __hash__} called on {@code o} (-1 becomes -2); null for the identity hash. */
  static Long call(Interp in, PyObject o) {
    PyObject f = o.type.heapType ? ClassHash.of(in, o.type) : null;
    if (f == null || f == ClassHash.UNHASHABLE) {
      return null;
    }
    PyObject r = in.ops.call(f, new PyObject[] {o}, null);
    try {
      if (!(r instanceof io.lifeline.interpreter.object.PyInt i)) {
        throw in.error("TypeError", "__hash__ method should return an integer");
      }
      long v = i.isSmall() ? i.small : io.lifeline.interpreter.object.PySet.intHash(i.big);
      return v == -1 ? -2 : v;
    } finally {
      in.heap.decref(r);
    }
  }
}
