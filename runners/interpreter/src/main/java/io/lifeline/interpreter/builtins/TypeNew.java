package io.lifeline.interpreter.builtins;

import io.lifeline.interpreter.object.PyDict;
import io.lifeline.interpreter.object.PyInstance;
import io.lifeline.interpreter.object.PyNativeFunction;
import io.lifeline.interpreter.object.PyObject;
import io.lifeline.interpreter.object.PyStr;
import io.lifeline.interpreter.object.PyTuple;
import io.lifeline.interpreter.object.PyType;
import io.lifeline.interpreter.vm.Interp;

/**
 * Making classes and instances through {@code __new__} (Objects/typeobject.c): {@code type.__new__} (type_new: the
 * namespace copied, {@code __qualname__} and {@code __classcell__} taken out of it, the class registered with its
 * bases' tp_subclasses), {@code type.__init__}, {@code type.__call__} (type_call for {@code super().__call__()} in a
 * metaclass), {@code type.__prepare__}, {@code object.__new__} (object_new), and the {@code types.GenericAlias} a
 * built-in generic type's subscription makes ({@code list[int]}: Objects/genericaliasobject.c, holding the origin and
 * the arguments tuple).
 */
final class TypeNew {
  private TypeNew() {}

  static void install(Interp in) {
    PyType type = in.types.type;
    // tp_new_wrapper: a builtin bound to its type, not a method descriptor (called with the class first).
    type.dict.put(in.heap, in.key("__new__"), new PyNativeFunction(in.types.builtinFunction, "type.__new__",
        TypeNew::typeNewCall, false));
    in.types.object.dict.put(in.heap, in.key("__new__"), new PyNativeFunction(in.types.builtinFunction,
        "object.__new__", TypeNew::objectNew, false));
    Methods.method(in, type, "__init__", (i, a, k) -> i.none());
    Methods.method(in, type, "__call__", (i, a, k) -> {
      PyObject[] rest = java.util.Arrays.copyOfRange(a, 1, a.length);
      return i.vm.callType((PyType) a[0], rest, k);
    });
    PyNativeFunction prepare = new PyNativeFunction(in.types.builtinFunction, "type.__prepare__",
        (i, a, k) -> i.newDict(), false);
    io.lifeline.interpreter.object.PyDescriptor cm = new io.lifeline.interpreter.object.PyDescriptor(
        in.types.classmethod, io.lifeline.interpreter.object.PyDescriptor.Kind.CLASSMETHOD, prepare);
    cm.immortal = true;
    type.dict.put(in.heap, in.key("__prepare__"), cm);
    PyType alias = new PyType(type, "types.GenericAlias", in.types.object, new PyDict(null), false,
        PyType.Layout.INSTANCE);
    alias.immortal = true;
    alias.dict.immortal = true;
    alias.slots.repr = (i, o) -> aliasRepr(i, (PyInstance) o);
    in.types.genericAlias = alias;
  }

  /** ga_repr: {@code origin[arg, ...]}, a class as {@code module.qualname} (bare for builtins), () for no args. */
  private static String aliasRepr(Interp in, PyInstance alias) {
    PyObject origin = in.ops.genericGetattr(alias, "__origin__");
    PyObject args = in.ops.genericGetattr(alias, "__args__");
    try {
      StringBuilder b = new StringBuilder(typeRepr(in, origin)).append('[');
      PyObject[] items = args instanceof PyTuple t ? t.items : new PyObject[0];
      for (int n = 0; n < items.length; n++) {
        b.append(n == 0 ? "" : ", ").append(typeRepr(in, items[n]));
      }
      return b.append(items.length == 0 ? "()" : "").append(']').toString();
    } finally {
      in.heap.xdecref(origin);
      in.heap.xdecref(args);
    }
  }

  /** ga_repr_item: a class by its qualified name, Ellipsis as {@code ...}, anything else by its repr. */
  private static String typeRepr(Interp in, PyObject o) {
    if (o == in.types.ellipsis()) {
      return "...";
    }
    if (!(o instanceof PyType t)) {
      return in.ops.reprOf(o);
    }
    if (!t.heapType) {
      return t.name;
    }
    String module = t.dict != null && t.dict.getStr("__module__") instanceof PyStr m ? m.value : "builtins";
    String qualname = TypeType.qualname(t);
    return module.equals("builtins") ? qualname : module + "." + qualname;
  }

  /** {@code type.__new__(metatype, name, bases, namespace, **kwds)}: a new class from a copy of the namespace. */
  private static PyObject typeNewCall(Interp in, PyObject[] a, PyTuple k) {
    int npos = Args.positional(a, k);
    if (npos != 4 || !(a[0] instanceof PyType mt) || !(a[1] instanceof PyStr name)
        || !(a[2] instanceof PyTuple basesTuple)) {
      throw in.error("TypeError", "type.__new__() takes exactly 3 arguments");
    }
    PyDict ns = ClassNamespace.dictStorage(a[3]);
    if (ns == null) {
      throw in.error("TypeError", "type.__new__() argument 3 must be dict, not " + a[3].type.name);
    }
    PyType[] bases = Builtins.basesOf(in, basesTuple.items, 0, basesTuple.items.length);
    PyType meta = Builtins.metaclass(in, mt, bases);
    PyDict copy = ClassNamespace.copy(in, ns);
    PyTuple names = ClassHooks.keywordNames(in, k);
    try {
      return Builtins.typeNew(in, meta, name.value, bases, copy, ClassHooks.keywordValues(a, k), names);
    } finally {
      in.heap.xdecref(names);
    }
  }

  /**
   * object_new: an instance of {@code cls}; extra arguments are an error when the class overrides {@code __new__}
   * or does not override {@code __init__} (excess_args).
   */
  private static PyObject objectNew(Interp in, PyObject[] a, PyTuple k) {
    if (a.length == 0 || !(a[0] instanceof PyType t)) {
      throw in.error("TypeError", "object.__new__(X): X is not a type object");
    }
    if (t.isSubtypeOf(in.types.type) || (!t.heapType && t.layout == PyType.Layout.BUILTIN && t != in.types.object)) {
      throw in.error("TypeError", "object.__new__(" + t.name + ") is not safe, use " + t.name + ".__new__()");
    }
    if (a.length > 1) {
      if (t.pythonNew() != null) {
        throw in.error("TypeError", "object.__new__() takes exactly one argument (the type to instantiate)");
      }
      if (!(t.lookup("__init__") instanceof io.lifeline.interpreter.object.PyFunction)) {
        throw in.error("TypeError", t.name + "() takes no arguments");
      }
    }
    if (t.isSubtypeOf(in.types.baseException)) {
      int npos = Args.positional(a, k);
      PyObject[] items = new PyObject[npos - 1];
      for (int i = 1; i < npos; i++) {
        items[i - 1] = in.heap.incref(a[i]);
      }
      return in.newException(t, in.newTuple(items));
    }
    return in.newInstance(t);
  }

  /** {@code origin[key]} for a built-in generic type: a GenericAlias owning the origin and the arguments tuple. */
  static PyObject genericAlias(Interp in, PyType origin, PyObject key) {
    PyInstance alias = in.newInstance(in.types.genericAlias);
    PyObject args = key instanceof PyTuple ? in.heap.incref(key) : in.newTuple(new PyObject[] {in.heap.incref(key)});
    in.ops.genericSetattr(alias, "__origin__", origin);
    in.ops.genericSetattr(alias, "__args__", args);
    in.heap.decref(args);
    return alias;
  }
}
