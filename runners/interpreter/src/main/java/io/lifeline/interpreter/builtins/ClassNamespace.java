package io.lifeline.interpreter.builtins;

import io.lifeline.interpreter.object.PyDescriptor;
import io.lifeline.interpreter.object.PyDict;
import io.lifeline.interpreter.object.PyFunction;
import io.lifeline.interpreter.object.PyInstance;
import io.lifeline.interpreter.object.PyObject;
import io.lifeline.interpreter.object.PyStr;
import io.lifeline.interpreter.object.PyTuple;
import io.lifeline.interpreter.object.PyType;
import io.lifeline.interpreter.vm.Interp;
import java.util.Arrays;

/**
 * A class body's namespace (builtin___build_class__ and type_new): what the metaclass's {@code __prepare__}
 * returns, any mapping (a dict subclass overriding {@code __setitem__}, an OrderedDict, a user mapping), which the
 * body's STORE_NAME/LOAD_NAME reach through the item protocol unless it is an exact dict; type_new takes a dict
 * (a subclass too) and copies its storage (PyDict_Copy) without calling the mapping's methods.
 */
final class ClassNamespace {
  private ClassNamespace() {}

  /** A new dict, or the result of the metaclass's {@code __prepare__(name, bases, **kwds)} (new reference). */
  static PyObject prepare(Interp in, PyType meta, PyStr name, PyType[] bases, PyObject[] kwValues, PyTuple names) {
    PyObject hook = meta.lookup("__prepare__");
    if (!(hook instanceof PyDescriptor d && d.func instanceof PyFunction || hook instanceof PyFunction)) {
      return in.newDict();
    }
    PyObject bound = in.ops.bindDescriptor(hook, meta);
    PyObject[] args = new PyObject[2 + kwValues.length];
    args[0] = name;
    args[1] = in.newTuple(Arrays.stream(bases).map(in.heap::incref).toArray(PyObject[]::new));
    System.arraycopy(kwValues, 0, args, 2, kwValues.length);
    PyObject ns;
    try {
      ns = in.ops.call(bound, args, names);
    } finally {
      in.heap.decref(args[1]);
      in.heap.decref(bound);
    }
    if (ns.type.slots.getitem == null) { // PyMapping_Check
      String type = ns.type.name;
      in.heap.decref(ns);
      throw in.error("TypeError", meta.name + ".__prepare__() must return a mapping, not " + type);
    }
    return ns;
  }

  /** PyMapping_SetItemString: {@code ns[key] = value} (value borrowed), a dict directly. */
  static void store(Interp in, PyObject ns, String key, PyObject value) {
    if (ns instanceof PyDict d) {
      d.put(in.heap, in.key(key), in.heap.incref(value));
    } else {
      in.ops.setitem(ns, in.key(key), value);
    }
  }

  /**
   * type_new's namespace argument (stolen): an exact dict as it is; a dict subclass's storage copied into a new
   * dict (PyDict_Copy, the subclass's methods not called) and the instance released; anything else a TypeError.
   */
  static PyDict asDict(Interp in, PyObject ns) {
    if (ns instanceof PyDict d) {
      return d;
    }
    PyDict storage = dictStorage(ns);
    if (storage == null) {
      String type = ns.type.name;
      in.heap.decref(ns);
      throw in.error("TypeError", "type.__new__() argument 3 must be dict, not " + type);
    }
    PyDict copy = copy(in, storage);
    in.heap.decref(ns);
    return copy;
  }

  /** The dict a dict or dict subclass instance holds its items in, else null (borrowed). */
  static PyDict dictStorage(PyObject ns) {
    if (ns instanceof PyDict d) {
      return d;
    }
    return ns instanceof PyInstance pi && pi.builtin instanceof PyDict d ? d : null;
  }

  /** PyDict_Copy: a new dict with the same items in the same order. */
  static PyDict copy(Interp in, PyDict d) {
    PyDict copy = in.newDict();
    for (PyDict.Entry e : d.entries()) {
      copy.put(in.heap, in.heap.incref(e.key), in.heap.incref(e.value));
    }
    return copy;
  }
}
