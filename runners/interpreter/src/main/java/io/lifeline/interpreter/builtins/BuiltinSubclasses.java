package io.lifeline.interpreter.builtins;

import io.lifeline.interpreter.object.NativeFn;
import io.lifeline.interpreter.object.PyDict;
import io.lifeline.interpreter.object.PyFunction;
import io.lifeline.interpreter.object.PyInstance;
import io.lifeline.interpreter.object.PyIterator;
import io.lifeline.interpreter.object.PyNativeFunction;
import io.lifeline.interpreter.object.PyObject;
import io.lifeline.interpreter.object.PyTuple;
import io.lifeline.interpreter.object.PyType;
import io.lifeline.interpreter.object.Slots;
import io.lifeline.interpreter.vm.Interp;
import io.lifeline.interpreter.vm.PyException;

/**
 * Classes deriving from the built-in containers and values ({@code class Registry(dict)}, {@code class
 * Point(tuple)}): an instance is an object instance (its attributes, its class) holding one object of the built-in
 * type as its storage ({@link PyInstance#builtin}), which it owns alone and releases after its attributes, as
 * subtype_dealloc releases the instance dict before calling the base's tp_dealloc. The object protocol reaches the
 * storage through the built-in's special methods (the slot wrappers installed here, {@code dict.__getitem__}...), so
 * a class's own methods are found first and {@code super().__setitem__} or {@code dict.__init__(self)} work; every
 * other method of the built-in works on the storage ({@link #callMethod}).
 */
final class BuiltinSubclasses {
  private BuiltinSubclasses() {}

  /** Marks the built-in types a class may derive from and gives them their slot wrappers and cls-taking __new__. */
  static void install(Interp in) {
    PyType[] mutable = {in.types.dict, in.types.list, in.types.set};
    PyType[] immutable = {in.types.tuple, in.types.frozensetType, in.types.str, in.types.intType,
        in.types.floatType};
    for (PyType t : mutable) {
      t.holdsStorage = true;
      wrappers(in, t);
    }
    for (PyType t : immutable) {
      t.holdsStorage = true;
      wrappers(in, t);
      PyNativeFunction ctor = (PyNativeFunction) t.dict.getStr("__new__");
      Builtins.ctor(in, t, (i, a, k) -> newWithClass(i, t, ctor, a, k));
    }
    wrap(in, in.types.dict, "__init__", (i, self, a, k) -> call(i, in.types.dict, "update", self, a, k));
    wrap(in, in.types.list, "__init__", (i, self, a, k) -> refill(i, in.types.list, "extend", self, a, k));
    wrap(in, in.types.set, "__init__", (i, self, a, k) -> refill(i, in.types.set, "update", self, a, k));
  }

  /** A slot wrapper's body: {@code self} as given (the instance), {@code a} the arguments after it. */
  @FunctionalInterface
  private interface Wrapper {
    PyObject call(Interp in, PyObject self, PyObject[] a, PyTuple k);
  }

  /** The special methods that reach {@code t}'s slots (typeobject.c's slotdefs wrappers), where it has the slot. */
  private static void wrappers(Interp in, PyType t) {
    Slots s = t.slots;
    if (s.len != null) {
      wrap(in, t, "__len__", (i, self, a, k) -> i.newInt(s.len.len(i, storage(self))));
    }
    if (s.iter != null) {
      wrap(in, t, "__iter__", (i, self, a, k) -> iteratorOfInstance(i, s.iter.apply(i, storage(self)), self));
    }
    if (s.contains != null) {
      wrap(in, t, "__contains__", (i, self, a, k) -> i.types.bool(s.contains.contains(i, storage(self), a[0])));
    }
    if (s.getitem != null) {
      wrap(in, t, "__getitem__", (i, self, a, k) -> getitem(i, t, self, a[0]));
    }
    if (s.setitem != null) {
      wrap(in, t, "__setitem__", (i, self, a, k) -> {
        s.setitem.set(i, storage(self), a[0], a[1]);
        return i.none();
      });
    }
    if (s.delitem != null) {
      wrap(in, t, "__delitem__", (i, self, a, k) -> {
        s.delitem.delete(i, storage(self), a[0]);
        return i.none();
      });
    }
    if (s.repr != null) {
      wrap(in, t, "__repr__", (i, self, a, k) -> t == in.types.intType && !i.policies.isPypy()
          ? i.newStr(((io.lifeline.interpreter.object.PyInt) storage(self)).toBig().toString()) // int.__repr__(True)
          : i.newStr(s.repr.text(i, storage(self))));
    }
    if (s.str != null && !reprIsStr(in, t)) {
      wrap(in, t, "__str__", (i, self, a, k) -> i.newStr(s.str.text(i, storage(self))));
    } else if (s.repr != null && !reprIsStr(in, t) && (t == in.types.intType || t == in.types.floatType)) {
      wrap(in, t, "__str__", (i, self, a, k) -> i.newStr(s.repr.text(i, storage(self))));
    }
  }

  /**
   * CPython's int and float have no tp_str (object's calls tp_repr), so a subclass's own {@code __repr__} is its
   * str too; PyPy's int and float define {@code __str__}.
   */
  private static boolean reprIsStr(Interp in, PyType t) {
    return in.policies.reclaim() != io.lifeline.interpreter.vm.Policies.Reclaim.TRACING
        && (t == in.types.intType || t == in.types.floatType);
  }

  /**
   * list_iter and its kin keep the sequence they were called with, which for a subclass's instance is the instance
   * itself (it is the list): the iterator holds the instance, not its storage, and reads the storage each step.
   */
  private static PyObject iteratorOfInstance(Interp in, PyObject it, PyObject self) {
    PyObject s = storage(self);
    if (s != self && it instanceof PyIterator pi && pi.ref == s) {
      pi.ref = in.heap.incref(self);
      in.heap.decref(s);
    }
    return it;
  }

  private static void wrap(Interp in, PyType t, String name, Wrapper w) {
    NativeFn f = (i, a, k) -> {
      if (a.length == 0 || !(a[0].type.isSubtypeOf(t))) {
        throw i.error("TypeError", i.policies.reclaim() == io.lifeline.interpreter.vm.Policies.Reclaim.TRACING
            ? "'" + t.name + "' object expected, got '" + (a.length == 0 ? "NoneType" : a[0].type.name) + "' instead"
            : "descriptor '" + name + "' requires a '" + t.name + "' object but received a '"
            + (a.length == 0 ? "NoneType" : a[0].type.name) + "'");
      }
      PyObject[] rest = new PyObject[a.length - 1];
      System.arraycopy(a, 1, rest, 0, rest.length);
      return w.call(i, a[0], rest, k);
    };
    t.dict.put(in.heap, in.key(name), new PyNativeFunction(in.types.builtinFunction, t.name + "." + name, f, true));
  }

  /**
   * dict_subscript's missing key: a dict subclass's {@code __missing__(key)} is called with the instance, and its
   * result is the subscript's (KeyError otherwise).
   */
  private static PyObject getitem(Interp in, PyType t, PyObject self, PyObject key) {
    PyObject s = storage(self);
    if (t == in.types.dict && self != s) {
      in.ops.checkHashable(key);
      PyObject v = ((PyDict) s).get(key);
      if (v != null) {
        return in.heap.incref(v);
      }
      PyObject missing = self.type.lookup("__missing__");
      if (missing != null) {
        return in.ops.call(missing, new PyObject[] {self, key}, null);
      }
    }
    return t.slots.getitem.get(in, s, key);
  }

  /** Whether a class statement may name the built-in type {@code b} as a base. */
  static boolean derivable(Interp in, PyType b) {
    return b == in.types.object || b == in.types.type || b.holdsStorage || b == in.types.weakref;
  }

  private static boolean mutable(Interp in, PyType b) {
    return b == in.types.dict || b == in.types.list || b == in.types.set;
  }

  /**
   * Whether a class with these bases consults {@code dunder}, which a class deriving from object only may not
   * define: {@code __new__} with an immutable built-in base (tuple_new calls it), {@code __missing__} with dict.
   */
  static boolean consults(Interp in, PyType[] bases, String dunder) {
    for (PyType b : bases) {
      PyType base = b.holdsStorage ? b : b.builtinBase;
      if (base != null && (dunder.equals("__new__") && !mutable(in, base)
          || dunder.equals("__missing__") && base == in.types.dict)) {
        return true;
      }
    }
    return false;
  }

  /**
   * PyDict_Merge's generic path, for a source with a {@code keys} method: {@code d[key] = src[key]} for each key
   * keys() gives. Returns false when {@code src} has no keys method (a sequence of pairs then).
   */
  static boolean mergeKeys(Interp in, PyDict d, PyObject src) {
    PyObject keys = in.ops.getattrOrNull(src, "keys");
    if (keys == null) {
      return false;
    }
    PyObject ks;
    try {
      ks = in.ops.call(keys, new PyObject[0], null);
    } finally {
      in.heap.decref(keys);
    }
    try {
      for (PyObject key : in.ops.toList(ks)) {
        PyObject v;
        try {
          v = in.ops.getitem(src, key);
        } catch (PyException e) {
          in.heap.decref(key);
          throw e;
        }
        d.put(in.heap, key, v);
      }
    } finally {
      in.heap.decref(ks);
    }
    return true;
  }

  /** The built-in object an operation on {@code o} works on: its storage, or {@code o} itself. */
  static PyObject storage(PyObject o) {
    return o instanceof PyInstance pi && pi.builtin != null ? pi.builtin : o;
  }

  /** {@code t.name(self, *a, **k)}: a method of the built-in on the storage. */
  private static PyObject call(Interp in, PyType t, String name, PyObject self, PyObject[] a, PyTuple k) {
    return in.ops.call(t.dict.getStr(name), Args.prepend(storage(self), a), k);
  }

  /** list.__init__ and set.__init__: empty the storage, then fill it from the iterable (list_init, set_init). */
  private static PyObject refill(Interp in, PyType t, String fill, PyObject self, PyObject[] a, PyTuple k) {
    Args.count(in, t.name, a, k, 0, 1);
    in.heap.decref(call(in, t, "clear", self, new PyObject[0], null));
    return a.length == 0 ? in.none() : call(in, t, fill, self, a, k);
  }

  /**
   * {@code T.__new__(cls, ...)} of an immutable built-in T: with a class deriving from T first, an instance of it
   * whose storage is {@code T(...)} (tuple_subtype_new); otherwise T's own constructor.
   */
  private static PyObject newWithClass(Interp in, PyType t, PyNativeFunction ctor, PyObject[] a, PyTuple k) {
    if (a.length == 0 || !(a[0] instanceof PyType cls) || !cls.isSubtypeOf(t) || a[0] == t && t != in.types.str
        && t != in.types.intType && t != in.types.floatType) {
      return ctor.fn.call(in, a, k);
    }
    PyObject[] rest = new PyObject[a.length - 1];
    System.arraycopy(a, 1, rest, 0, rest.length);
    if (cls == t) {
      return ctor.fn.call(in, rest, k);
    }
    PyObject value = ctor.fn.call(in, rest, k);
    PyInstance inst = in.newInstance(cls);
    inst.builtin = value;
    return inst;
  }

  /**
   * A method of a built-in type called with an instance of a class deriving from it: the method works on the
   * instance's storage, and a result that is the storage itself ({@code list.__iadd__}) is the instance.
   */
  static PyObject callMethod(Interp in, PyNativeFunction nf, PyObject[] a, PyTuple k) {
    if (valueArguments(in, nf)) {
      a = storages(a);
    }
    if (nf.owner == null || a.length == 0 || !(a[0] instanceof PyInstance pi) || pi.builtin == null
        || pi.builtin.type != nf.owner) {
      return nf.fn.call(in, a, k);
    }
    PyObject[] args = a.clone();
    args[0] = pi.builtin;
    PyObject r = nf.fn.call(in, args, k);
    if (r == pi.builtin) {
      in.heap.decref(r);
      return in.heap.incref(pi);
    }
    return r;
  }

  /**
   * Whether a method of str, int or float reads its arguments as values (PyUnicode_Check, PyLong_Check accept a
   * subclass's instance): every method but the formatting ones, which format each argument as it is.
   */
  private static boolean valueArguments(Interp in, PyNativeFunction nf) {
    return (nf.owner == in.types.str || nf.owner == in.types.intType || nf.owner == in.types.floatType)
        && !nf.name.endsWith("format") && !nf.name.endsWith("format_map") && !nf.name.endsWith("__init__");
  }

  /** The arguments with each subclass's instance replaced by its storage (borrowed: the instance holds it). */
  static PyObject[] storages(PyObject[] a) {
    PyObject[] out = a;
    for (int x = 0; x < a.length; x++) {
      if (storage(a[x]) != a[x]) {
        out = out == a ? a.clone() : out;
        out[x] = storage(a[x]);
      }
    }
    return out;
  }

  /**
   * type_call for a class deriving from a built-in: an immutable base's instance comes from the class's
   * {@code __new__} (the built-in's, or one the class defines, called with the class first), a mutable base's is
   * made empty; then {@code __init__} (the class's or the built-in's) when the result is an instance of the class.
   */
  static PyObject callClass(Interp in, PyType t, PyObject[] args, PyTuple kwnames) {
    PyObject self;
    if (!mutable(in, t.builtinBase)) {
      PyObject nw = t.pythonNew() != null ? t.pythonNew() : t.lookup("__new__");
      self = in.ops.call(nw, Args.prepend(t, args), kwnames);
      if (!self.type.isSubtypeOf(t)) {
        return self;
      }
    } else {
      self = in.newInstance(t);
    }
    PyObject init = t.lookup("__init__");
    if (init instanceof PyFunction || init instanceof PyNativeFunction nf && nf.owner == null
        && init != in.types.object.dict.getStr("__init__")) {
      try {
        PyObject r = in.ops.call(init, Args.prepend(self, args), kwnames);
        boolean isNone = r == in.none();
        in.heap.decref(r);
        if (!isNone) {
          throw in.error("TypeError", "__init__() should return None, not '" + r.type.name + "'");
        }
      } catch (PyException e) {
        in.heap.decref(self);
        throw e;
      }
    }
    return self;
  }
}
