package io.lifeline.interpreter.builtins;

import io.lifeline.interpreter.memory.Heap;
import io.lifeline.interpreter.object.PyDict;
import io.lifeline.interpreter.object.PyHolder;
import io.lifeline.interpreter.object.PyList;
import io.lifeline.interpreter.object.PyObject;
import io.lifeline.interpreter.object.PyTuple;
import io.lifeline.interpreter.object.PyType;
import io.lifeline.interpreter.vm.Interp;

/**
 * {@code types.MappingProxyType} (Objects/descrobject.c's mappingproxy), also what a class's {@code __dict__}
 * gives (type_dict: a new proxy of the type's namespace at each read): a read-only view that holds its mapping
 * (one strong reference, visited by mappingproxy_traverse, dropped only by mappingproxy_dealloc: the type has no
 * tp_clear) and forwards lookups, len, iteration, `in`, get/keys/values/items/copy and == to it. No item
 * assignment or deletion; no weak references.
 */
public final class MappingProxyType {
  private MappingProxyType() {}

  /**
   * A mappingproxyobject: its mapping is {@link #ref}. mappingproxy has no tp_clear, so the collector never
   * breaks a cycle here: only its dealloc releases the mapping.
   */
  static final class PyMappingProxy extends PyHolder<PyObject> {
    PyMappingProxy(PyType type, PyObject mapping) {
      super(type, mapping);
    }

    @Override
    public void clear(Heap heap) {}

    @Override
    public void releaseContents(Heap heap) {
      clearFields(heap);
    }
  }

  /** A new proxy of {@code mapping} (borrowed). */
  static PyObject of(Interp in, PyObject mapping) {
    return in.heap.register(new PyMappingProxy(in.types.mappingproxy, in.heap.incref(mapping)));
  }

  /** Gives the mappingproxy type its constructor, slots and methods. */
  static void install(Interp in) {
    PyType t = in.types.mappingproxy;
    Builtins.ctor(in, t, (i, a, k) -> {
      Args.count(i, "mappingproxy", a, k, 1, 1);
      PyObject m = a[0];
      if (m instanceof PyList || m instanceof PyTuple || m.type.lookup("__getitem__") == null
          && !(m instanceof PyDict)) {
        throw i.error("TypeError", "mappingproxy() argument must be a mapping, not " + m.type.name);
      }
      return of(i, m);
    });
    t.slots.len = (i, o) -> i.ops.len(of(o));
    t.slots.truthy = (i, o) -> i.ops.len(of(o)) > 0;
    t.slots.iter = (i, o) -> i.ops.iter(of(o));
    t.slots.contains = (i, o, x) -> i.ops.contains(of(o), x);
    t.slots.getitem = (i, o, key) -> i.ops.getitem(of(o), key);
    t.slots.repr = (i, o) -> "mappingproxy(" + i.ops.reprOf(of(o)) + ")";
    t.slots.delitem = (i, o, key) -> {
      throw i.error("TypeError", "'mappingproxy' object does not support item deletion");
    };
    t.slots.richcompare = (i, o, other, dunder) -> dunder.equals("__eq__") || dunder.equals("__ne__")
        ? i.types.bool(i.ops.equal(of(o), other) == dunder.equals("__eq__")) : null;
    for (String name : new String[] {"get", "keys", "values", "items", "copy"}) {
      Methods.method(in, t, name, (i, a, k) -> {
        PyObject bound = i.ops.getattr(of(a[0]), name);
        try {
          PyObject[] rest = java.util.Arrays.copyOfRange(a, 1, a.length);
          return i.ops.call(bound, rest, k);
        } finally {
          i.heap.decref(bound);
        }
      });
    }
  }

  private static PyObject of(PyObject proxy) {
    return ((PyMappingProxy) proxy).ref;
  }
}
