package io.lifeline.interpreter.vm;

import io.lifeline.interpreter.object.PyInstance;
import io.lifeline.interpreter.object.PyObject;
import io.lifeline.interpreter.object.PyType;
import java.util.ArrayList;
import java.util.List;

/**
 * Assigning an object's {@code __class__} (typeobject.c's object_set_class): the value must be a class; both the old
 * and the new class must be heap types (classes made by a {@code class} statement) with compatible layouts
 * (compatible_for_assignment: the same solid base, the same instance dict and weakref support, the same
 * {@code __slots__}); then, on 3.11+, the instance's inline values become a dict object (the keys are the old
 * class's), the new class gains the instance's reference and the old class loses it, in that order.
 */
final class ClassAssignment {
  private ClassAssignment() {}

  /** {@code o.__class__ = v}: raises TypeError as CPython (or PyPy) words it when the assignment is refused. */
  static void set(Interp in, PyObject o, PyObject v) {
    if (!(v instanceof PyType to)) {
      throw in.error("TypeError", "__class__ must be set to a class, not '" + v.type.name + "' object");
    }
    PyType from = o.type;
    boolean pypy = in.policies.reclaim() == Policies.Reclaim.TRACING;
    // PyPy checks the layout of a plain object() against a class (W_ObjectObject), CPython refuses the static type
    if (!(o instanceof PyInstance inst) || !to.heapType || !from.heapType && !(pypy && from == in.types.object)) {
      throw in.error("TypeError", "__class__ assignment only supported for " + (pypy ? "heap" : "mutable")
          + " types or ModuleType subclasses");
    }
    if (!from.heapType || !compatible(from, to)) {
      PyType first = pypy ? from : to;
      PyType second = pypy ? to : from;
      throw in.error("TypeError", "__class__ assignment: '" + first.name + "' object layout differs from '"
          + second.name + "'");
    }
    if (!inst.dictObject && inst.attrs != null) {
      in.dictObjectOf(inst); // 3.11+: changing the class changes the implicit keys, so the dict is made first
    }
    in.heap.incref(to);
    inst.type = to;
    in.heap.decref(from);
  }

  /** compatible_for_assignment: same solid base and layout, same dict and weakref support, same slot names. */
  private static boolean compatible(PyType a, PyType b) {
    return solidBase(a) == solidBase(b) && a.builtinBase == b.builtinBase && a.layout == b.layout
        && a.instancesHaveDict == b.instancesHaveDict && a.instancesWeakrefable == b.instancesWeakrefable
        && slotNames(a).equals(slotNames(b));
  }

  private static PyType solidBase(PyType t) {
    for (PyType m : t.mro) {
      if (!m.heapType) {
        return m;
      }
    }
    return null;
  }

  /** The instance's slot members, the bases' first (the order {@link PyInstance#slots} keeps them). */
  private static List<String> slotNames(PyType t) {
    List<String> names = new ArrayList<>();
    for (int i = t.mro.size() - 1; i >= 0; i--) {
      names.addAll(List.of(t.mro.get(i).ownSlots));
    }
    return names;
  }
}
