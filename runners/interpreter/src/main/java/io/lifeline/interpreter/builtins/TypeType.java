package io.lifeline.interpreter.builtins;

import io.lifeline.interpreter.object.PyFunction;
import io.lifeline.interpreter.object.PyObject;
import io.lifeline.interpreter.object.PyStr;
import io.lifeline.interpreter.object.PyType;
import io.lifeline.interpreter.object.Slots;
import io.lifeline.interpreter.vm.Interp;

/**
 * {@code type} (Objects/typeobject.c): calling a type makes an instance; a type's attributes come from its MRO, then
 * its metaclass; only a class's namespace can be changed, and each change counts as a modification.
 */
final class TypeType {
  static final Slots.Table<PyType> SLOTS = Slots.of(PyType.class)
      .call((i, t, a, k) -> t.builtinBase != null ? BuiltinSubclasses.callClass(i, t, a, k) : i.vm.callType(t, a, k))
      .callable((i, t) -> true)
      .repr((i, t) -> t.heapType ? "<class '__main__." + t.name + "'>" : "<class '" + t.name + "'>")
      .getattr(TypeType::attribute)
      .setattr((i, t, name, v) -> {
        if (!t.heapType) {
          throw i.error("AttributeError", "'" + t.type.name + "' object has no attribute '" + name + "'");
        }
        t.modifications++;
        if ((name.equals("__name__") || name.equals("__qualname__")) && v instanceof PyStr s) {
          // type_set_name / type_set_qualname: the model keeps one name for both
          t.name = s.value;
          return;
        }
        t.dict.put(i.heap, i.key(name), i.heap.incref(v));
      })
      .delattr((i, t, name) -> {
        t.modifications++;
        if (!t.heapType || !t.dict.remove(i.heap, i.key(name))) {
          throw i.error("AttributeError", "'" + t.type.name + "' object has no attribute '" + name + "'");
        }
      });

  private TypeType() {}

  /** type.mro(): a new list of the class's MRO. */
  static void methods(Interp in) {
    Methods.method(in, in.types.type, "mro", (i, a, k) -> {
      Args.count(i, "mro", a, k, 1, 1);
      java.util.ArrayList<PyObject> items = new java.util.ArrayList<>();
      for (PyType c : ((PyType) a[0]).mro) {
        items.add(i.heap.incref(c));
      }
      return i.newList(items);
    });
  }

  /** type_getattro: the type's own data attributes, its MRO, then its metaclass (bound to the class). */
  private static PyObject attribute(Interp in, PyType t, String name) {
    switch (name) {
      case "__name__", "__qualname__":
        // type_name: a static type's tp_name is MODULE.NAME, and its __name__ the part after the last dot
        return in.newStr(t.heapType ? t.name : t.name.substring(t.name.lastIndexOf('.') + 1));
      case "__mro__":
        return types(in, t.mro.toArray(new PyType[0]));
      case "__bases__":
        return types(in, t.bases);
      case "mro":
        return in.newMethod(in.types.type.dict.getStr("mro"), t);
      case "__subclasses__":
        throw in.unsupported("type.__subclasses__");
      case "__dict__":
        throw in.unsupported("a class's __dict__ (mappingproxy)");
      default:
        break;
    }
    PyObject v = t.lookup(name);
    if (v == null && t.type.heapType) {
      PyObject m = t.type.lookup(name);
      if (m instanceof PyFunction) {
        return in.newMethod(m, t);
      }
      return m == null ? null : in.ops.bindDescriptor(m, t.type);
    }
    if (v != null && io.lifeline.interpreter.vm.Descriptors.readsThroughClass(v)) {
      return io.lifeline.interpreter.vm.Descriptors.getThroughClass(in, v, t);
    }
    return v == null ? null : in.ops.bindDescriptor(v, t);
  }

  private static PyObject types(Interp in, PyType[] ts) {
    PyObject[] items = new PyObject[ts.length];
    for (int i = 0; i < items.length; i++) {
      items[i] = in.heap.incref(ts[i]);
    }
    return in.newTuple(items);
  }
}
