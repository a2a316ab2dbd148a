package io.lifeline.interpreter.builtins;

import io.lifeline.interpreter.object.PyDict;
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
      .call(TypeType::call)
      .callable((i, t) -> true)
      .repr((i, t) -> metaHook(t, "__repr__") ? i.ops.textOf(i.ops.callSpecial(t, "__repr__"), "__repr__")
          : t.heapType ? "<class '" + moduleOf(t) + "." + qualname(t) + "'>" : "<class '" + t.name + "'>")
      .iter((i, t) -> {
        if (!metaHook(t, "__iter__")) {
          throw i.error("TypeError", "'" + t.type.name + "' object is not iterable");
        }
        return i.ops.callSpecial(t, "__iter__");
      })
      .len((i, t) -> {
        if (!metaHook(t, "__len__")) {
          throw i.error("TypeError", "object of type '" + t.type.name + "' has no len()");
        }
        PyObject r = i.ops.callSpecial(t, "__len__");
        try {
          return ((io.lifeline.interpreter.object.PyInt) r).small;
        } finally {
          i.heap.decref(r);
        }
      })
      .contains((i, t, x) -> {
        if (!metaHook(t, "__contains__")) {
          return i.ops.containsByIteration(t, x);
        }
        PyObject r = i.ops.callSpecial(t, "__contains__", x);
        try {
          return i.ops.truthy(r);
        } finally {
          i.heap.decref(r);
        }
      })
      .getitem(TypeType::getitem)
      .getattr(TypeType::attribute)
      .setattr((i, t, name, v) -> {
        if (metaHook(t, "__setattr__")) {
          // slot_tp_setattro on the metatype: the metaclass's __setattr__ (super() reaches type.__setattr__)
          PyStr n = i.newStr(name);
          try {
            i.heap.decref(i.ops.call(t.type.lookup("__setattr__"), new PyObject[] {t, n, v}, null));
          } finally {
            i.heap.decref(n);
          }
          return;
        }
        store(i, t, name, v);
      })
      .delattr((i, t, name) -> {
        t.modifications++;
        if (!t.heapType || !t.dict.remove(i.heap, i.key(name))) {
          throw i.error("AttributeError", "'" + t.type.name + "' object has no attribute '" + name + "'");
        }
      });

  private TypeType() {}

  /** type_setattro's store into a class's dict (type.__setattr__); a built-in type refuses it. */
  static void store(Interp i, PyType t, String name, PyObject v) {
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
  }

  /** Whether {@code t}'s metaclass is a class defining {@code name} (a slot_* special method of the metatype). */
  private static boolean metaHook(PyType t, String name) {
    return t.type.heapType && t.type.lookup(name) instanceof PyFunction;
  }

  /** type_call, or a metaclass's {@code __call__} (slot_tp_call on the metatype). */
  private static PyObject call(Interp in, PyType t, PyObject[] a, io.lifeline.interpreter.object.PyTuple k) {
    if (metaHook(t, "__call__")) {
      return in.ops.call(t.type.lookup("__call__"), Args.prepend(t, a), k);
    }
    if (t.builtinBase != null) {
      return BuiltinSubclasses.callClass(in, t, a, k);
    }
    return in.vm.callType(t, a, k);
  }

  /**
   * PyObject_GetItem on a class: the metaclass's {@code __getitem__}, else the class's {@code __class_getitem__}
   * (a classmethod), else a built-in generic type's alias ({@code list[int]}: types.GenericAlias).
   */
  private static PyObject getitem(Interp in, PyType t, PyObject key) {
    if (metaHook(t, "__getitem__")) {
      return in.ops.callSpecial(t, "__getitem__", key);
    }
    PyObject cgi = t.lookup("__class_getitem__");
    if (cgi != null) {
      PyObject bound = in.ops.bindDescriptor(cgi, t);
      try {
        return in.ops.call(bound, new PyObject[] {key}, null);
      } finally {
        in.heap.decref(bound);
      }
    }
    if (!t.heapType && GENERIC_BUILTINS.contains(t.name)) {
      return TypeNew.genericAlias(in, t, key);
    }
    throw in.error("TypeError", "'" + t.type.name + "' object is not subscriptable");
  }

  /** The built-in types that are generic since PEP 585 (3.9). */
  private static final java.util.Set<String> GENERIC_BUILTINS = java.util.Set.of("list", "dict", "set", "frozenset",
      "tuple", "type", "collections.deque", "deque");

  /** A class's {@code __module__} as its repr shows it. */
  private static String moduleOf(PyType t) {
    return t.dict != null && t.dict.getStr("__module__") instanceof io.lifeline.interpreter.object.PyStr s
        ? s.value : "__main__";
  }

  /** A class's {@code __qualname__}: the one its body set (ht_qualname), else its name. */
  static String qualname(PyType t) {
    return t.qualname != null ? t.qualname : t.name;
  }

  /**
   * type.mro(): a new list of the class's MRO; type.__subclasses__(): the living subclasses, oldest first;
   * type.__setattr__: the store a metaclass's own __setattr__ reaches through super().
   */
  static void methods(Interp in) {
    listMethod(in, "__subclasses__", t -> t.subclasses);
    listMethod(in, "mro", t -> t.mro);
    Methods.method(in, in.types.type, "__setattr__", (i, a, k) -> {
      Args.count(i, "__setattr__", a, k, 3, 3);
      if (!(a[0] instanceof PyType t) || !(a[1] instanceof PyStr n)) {
        throw i.error("TypeError", "descriptor '__setattr__' requires a 'type' object and a str name");
      }
      store(i, t, n.value, a[2]);
      return i.none();
    });
  }

  /** A method of type taking no argument that returns a new list of the classes {@code classes} gives. */
  private static void listMethod(Interp in, String name,
      java.util.function.Function<PyType, Iterable<PyType>> classes) {
    Methods.method(in, in.types.type, name, (i, a, k) -> {
      Args.count(i, name, a, k, 1, 1);
      java.util.ArrayList<PyObject> items = new java.util.ArrayList<>();
      for (PyType c : classes.apply((PyType) a[0])) {
        items.add(i.heap.incref(c));
      }
      return i.newList(items);
    });
  }

  /** type_getattro: the type's own data attributes, its MRO, then its metaclass (bound to the class). */
  private static PyObject attribute(Interp in, PyType t, String name) {
    switch (name) {
      case "__name__":
        // type_name: a static type's tp_name is MODULE.NAME, and its __name__ the part after the last dot
        return in.newStr(t.heapType ? t.name : t.name.substring(t.name.lastIndexOf('.') + 1));
      case "__qualname__":
        return in.newStr(t.heapType ? qualname(t) : t.name.substring(t.name.lastIndexOf('.') + 1));
      case "__module__":
        if (!t.heapType) {
          // type_module: the part of a static type's tp_name before its last dot, else builtins
          int dot = t.name.lastIndexOf('.');
          return in.newStr(dot < 0 ? "builtins" : t.name.substring(0, dot));
        }
        break;
      case "__doc__":
        if (t.heapType) {
          PyObject doc = t.dict.getStr("__doc__");
          return in.heap.incref(doc == null ? in.none() : doc);
        }
        break;
      case "__mro__":
        return types(in, t.mro.toArray(new PyType[0]));
      case "__bases__":
        return types(in, t.bases);
      case "mro":
        return in.newMethod(in.types.type.dict.getStr("mro"), t);
      case "__subclasses__":
        return in.newMethod(in.types.type.dict.getStr("__subclasses__"), t);
      case "__dict__":
        // type_dict: a new read-only mappingproxy of the namespace; a static type's namespace (made before the
        // dict type, it is no object a program can hold) is copied into a dict the proxy holds
        if (t.heapType) {
          return MappingProxyType.of(in, t.dict);
        }
        PyObject copy = staticDict(in, t);
        try {
          return MappingProxyType.of(in, copy);
        } finally {
          in.heap.decref(copy);
        }
      default:
        break;
    }
    PyObject m = t.type.heapType ? t.type.lookup(name) : null;
    if (m != null && !(m instanceof PyFunction) && io.lifeline.interpreter.vm.Descriptors.isData(m)) {
      // type_getattro: a data descriptor of the metatype (a property on a metaclass) comes first
      return io.lifeline.interpreter.vm.Descriptors.get(in, m, t, t.type);
    }
    PyObject v = t.lookup(name);
    if (v == null && m != null) {
      if (m instanceof PyFunction) {
        return in.newMethod(m, t);
      }
      if (io.lifeline.interpreter.vm.Descriptors.hasGet(m)) {
        return io.lifeline.interpreter.vm.Descriptors.get(in, m, t, t.type);
      }
      return in.ops.bindDescriptor(m, t.type);
    }
    if (v != null && io.lifeline.interpreter.vm.Descriptors.readsThroughClass(v)) {
      return io.lifeline.interpreter.vm.Descriptors.getThroughClass(in, v, t);
    }
    return v == null ? null : in.ops.bindDescriptor(v, t);
  }

  private static PyObject staticDict(Interp in, PyType t) {
    PyDict d = in.newDict();
    for (PyDict.Entry e : t.dict.entries()) {
      d.put(in.heap, in.newStr(((PyStr) e.key).value), in.heap.incref(e.value));
    }
    return d;
  }

  private static PyObject types(Interp in, PyType[] ts) {
    PyObject[] items = new PyObject[ts.length];
    for (int i = 0; i < items.length; i++) {
      items[i] = in.heap.incref(ts[i]);
    }
    return in.newTuple(items);
  }
}
