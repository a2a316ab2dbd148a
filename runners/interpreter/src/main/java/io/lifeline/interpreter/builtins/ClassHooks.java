package io.lifeline.interpreter.builtins;

import io.lifeline.interpreter.object.PyDescriptor;
import io.lifeline.interpreter.object.PyDict;
import io.lifeline.interpreter.object.PyFunction;
import io.lifeline.interpreter.object.PyObject;
import io.lifeline.interpreter.object.PyStr;
import io.lifeline.interpreter.object.PyTuple;
import io.lifeline.interpreter.object.PyType;
import io.lifeline.interpreter.vm.Interp;
import java.util.List;

/**
 * What type_new does around making a class from its namespace (Objects/typeobject.c): {@code __init_subclass__}
 * and {@code __class_getitem__} written as plain functions become classmethods (type_new_set_classmethod), then,
 * once the class exists, {@code __set_name__(owner, name)} is called on each namespace value whose type has it,
 * in namespace order over a copy of the namespace (type_new_set_names), and then the parent's
 * {@code __init_subclass__} with the class keywords (type_new_init_subclass: {@code super(cls, cls)}).
 */
final class ClassHooks {
  private ClassHooks() {}

  private static final List<String> IMPLICIT_CLASSMETHODS = List.of("__init_subclass__", "__class_getitem__");

  /**
   * type_new_set_classmethod on the namespace before the class is made, and type_new_set_staticmethod: a plain
   * function {@code __new__} becomes a staticmethod.
   */
  static void implicitClassmethods(Interp in, PyDict ns) {
    if (ns.getStr("__new__") instanceof PyFunction f) {
      ns.put(in.heap, in.key("__new__"), in.heap.register(new PyDescriptor(in.types.staticmethod,
          PyDescriptor.Kind.STATICMETHOD, in.heap.incref(f))));
    }
    for (String name : IMPLICIT_CLASSMETHODS) {
      if (ns.getStr(name) instanceof PyFunction f) {
        PyDescriptor cm = in.heap.register(new PyDescriptor(in.types.classmethod, PyDescriptor.Kind.CLASSMETHOD,
            in.heap.incref(f)));
        ns.put(in.heap, in.key(name), cm);
      }
    }
  }

  /** type_new_set_names: the copy holds each value until every call is done, then releases them in order. */
  static void setNames(Interp in, PyType cls) {
    List<PyDict.Entry> entries = cls.dict.entries();
    PyObject[] keys = new PyObject[entries.size()];
    PyObject[] values = new PyObject[entries.size()];
    for (int i = 0; i < keys.length; i++) {
      keys[i] = in.heap.incref(entries.get(i).key);
      values[i] = in.heap.incref(entries.get(i).value);
    }
    try {
      for (int i = 0; i < keys.length; i++) {
        if (values[i].type.heapType && values[i].type.lookup("__set_name__") != null) {
          in.heap.decref(in.ops.callSpecial(values[i], "__set_name__", cls, keys[i]));
        }
      }
    } finally {
      for (int i = 0; i < keys.length; i++) {
        in.heap.decref(keys[i]);
        in.heap.decref(values[i]);
      }
    }
  }

  /**
   * type_new_init_subclass: the first {@code __init_subclass__} after {@code cls} on its MRO, bound to
   * {@code cls}, called with the class keywords ({@code args} holds their values, named by {@code kwnames}).
   */
  static void initSubclass(Interp in, PyType cls, PyObject[] args, PyTuple kwnames) {
    for (int m = 1; m < cls.mro.size(); m++) {
      PyObject hook = cls.mro.get(m).dict.getStr("__init_subclass__");
      if (hook == null) {
        continue;
      }
      PyObject func = hook instanceof PyDescriptor d && d.kind == PyDescriptor.Kind.CLASSMETHOD ? d.func : hook;
      PyObject[] full = new PyObject[args.length + 1];
      full[0] = cls;
      System.arraycopy(args, 0, full, 1, args.length);
      in.heap.decref(in.ops.call(func, full, kwnames));
      return;
    }
  }

  /** object.__init_subclass__: a classmethod that does nothing and takes no keywords. */
  static void install(Interp in) {
    PyObject fn = new io.lifeline.interpreter.object.PyNativeFunction(in.types.builtinFunction,
        "object.__init_subclass__", (i, a, k) -> {
          if (k != null && k.size() > 0) {
            // PyPy's object.__init_subclass__ is an app-level function with no **kwargs.
            if (i.policies.reclaim() == io.lifeline.interpreter.vm.Policies.Reclaim.TRACING) {
              throw i.error("TypeError", "__init_subclass__() got an unexpected keyword argument '"
                  + ((PyStr) k.items[0]).value + "'");
            }
            String owner = a.length > 0 && a[0] instanceof PyType t ? t.name : "object";
            throw i.error("TypeError", owner + ".__init_subclass__() takes no keyword arguments");
          }
          return i.none();
        }, false);
    PyDescriptor cm = new PyDescriptor(in.types.classmethod, PyDescriptor.Kind.CLASSMETHOD, fn);
    cm.immortal = true;
    in.types.object.dict.put(in.heap, in.key("__init_subclass__"), cm);
  }

  /** The class keywords other than {@code metaclass}: their values and names, or null when there are none. */
  static PyTuple keywordNames(Interp in, PyTuple k) {
    if (k == null) {
      return null;
    }
    List<PyObject> names = new java.util.ArrayList<>();
    for (PyObject n : k.items) {
      if (!((PyStr) n).value.equals("metaclass")) {
        names.add(in.heap.incref(n));
      }
    }
    return names.isEmpty() ? null : in.newTuple(names.toArray(new PyObject[0]));
  }

  static PyObject[] keywordValues(PyObject[] a, PyTuple k) {
    if (k == null) {
      return new PyObject[0];
    }
    int npos = Args.positional(a, k);
    List<PyObject> values = new java.util.ArrayList<>();
    for (int i = 0; i < k.size(); i++) {
      if (!((PyStr) k.items[i]).value.equals("metaclass")) {
        values.add(a[npos + i]);
      }
    }
    return values.toArray(new PyObject[0]);
  }
}
