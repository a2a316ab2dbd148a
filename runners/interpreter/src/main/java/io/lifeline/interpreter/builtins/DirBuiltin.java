package io.lifeline.interpreter.builtins;

import static io.lifeline.interpreter.builtins.Builtins.fn;

import io.lifeline.interpreter.object.PyDict;
import io.lifeline.interpreter.object.PyList;
import io.lifeline.interpreter.object.PyModule;
import io.lifeline.interpreter.object.PyObject;
import io.lifeline.interpreter.object.PyStr;
import io.lifeline.interpreter.object.PyType;
import io.lifeline.interpreter.vm.Interp;
import io.lifeline.interpreter.vm.PyException;
import java.util.ArrayList;
import java.util.TreeSet;

/**
 * dir() (builtin_dir): without an argument the sorted names of locals(); else the sorted result of the object's
 * own {@code __dir__} if its class defines one, of module.__dir__ (the module's dict), type.__dir__ (the dicts of
 * the class and its bases) or object.__dir__ (the instance's __dict__ and its class's attributes). Built-in types'
 * dicts hold the methods the model has, so dunders CPython lists that the model lacks are missing.
 */
final class DirBuiltin {
  private DirBuiltin() {}

  static void install(Interp in) {
    fn(in, "dir", (i, a, k) -> {
      Args.count(i, "dir", a, k, 0, 1);
      if (a.length == 0) {
        PyObject locals = i.ops.call(i.builtins.getStr("locals"), new PyObject[0], null);
        try {
          TreeSet<String> names = new TreeSet<>();
          addKeys(names, (PyDict) locals);
          return list(i, names);
        } finally {
          i.heap.decref(locals);
        }
      }
      PyObject o = a[0];
      PyObject own = o.type.lookup("__dir__");
      if (own != null) {
        PyObject r = i.ops.call(own, new PyObject[] {o}, null);
        try {
          return i.ops.call(i.builtins.getStr("sorted"), new PyObject[] {r}, null);
        } finally {
          i.heap.decref(r);
        }
      }
      TreeSet<String> names = new TreeSet<>();
      if (o instanceof PyModule m) {
        addKeys(names, m.dict());
        return list(i, names);
      }
      names.add("__class__");
      names.add("__doc__");
      if (o instanceof PyType t) {
        addClassNames(names, t);
      } else {
        addInstanceDict(i, names, o);
        addClassNames(names, o.type);
      }
      return list(i, names);
    });
  }

  private static void addClassNames(TreeSet<String> names, PyType t) {
    for (PyType c : t.mro) {
      addKeys(names, c.dict);
      if (c.heapType && c.dict.getStr("__slots__") == null) {
        names.add("__dict__");
        names.add("__weakref__");
        names.add("__module__");
      }
    }
  }

  private static void addInstanceDict(Interp in, TreeSet<String> names, PyObject o) {
    PyObject d;
    try {
      d = in.ops.getattr(o, "__dict__");
    } catch (PyException e) {
      if (!e.value.type.isSubtypeOf(in.types.exception("AttributeError"))) {
        throw e;
      }
      in.heap.decref(e.value);
      return;
    }
    try {
      if (d instanceof PyDict dict) {
        addKeys(names, dict);
      }
    } finally {
      in.heap.decref(d);
    }
  }

  private static void addKeys(TreeSet<String> names, PyDict d) {
    if (d == null) {
      return;
    }
    for (PyDict.Entry e : d.entries()) {
      if (e.key instanceof PyStr s) {
        names.add(s.value);
      }
    }
  }

  private static PyList list(Interp in, TreeSet<String> names) {
    ArrayList<PyObject> items = new ArrayList<>(names.size());
    for (String n : names) {
      items.add(in.newStr(n));
    }
    return in.newList(items);
  }
}
