package io.lifeline.interpreter.builtins;

import static io.lifeline.interpreter.builtins.Methods.method;
import io.lifeline.interpreter.bytecode.CompareOp;
import io.lifeline.interpreter.memory.Heap;
import io.lifeline.interpreter.object.NativeFn;
import io.lifeline.interpreter.object.PyBaseException;
import io.lifeline.interpreter.object.PyDict;
import io.lifeline.interpreter.object.PyFrameObject;
import io.lifeline.interpreter.object.PyGenerator;
import io.lifeline.interpreter.object.PyInt;
import io.lifeline.interpreter.object.PyList;
import io.lifeline.interpreter.object.PyNativeFunction;
import io.lifeline.interpreter.object.PyStr;
import io.lifeline.interpreter.object.PyTuple;
import io.lifeline.interpreter.object.Frame;
import io.lifeline.interpreter.vm.PyException;
import java.util.ArrayList;
import java.util.List;
import io.lifeline.interpreter.object.PyInstance;
import io.lifeline.interpreter.object.PyObject;
import io.lifeline.interpreter.object.PySlotDescriptor;
import io.lifeline.interpreter.object.PyType;
import io.lifeline.interpreter.object.Slots;
import io.lifeline.interpreter.vm.Interp;
import io.lifeline.interpreter.vm.Unmodelled;

/**
 * {@code object} and so every class (Objects/typeobject.c's slot_tp_* functions): an instance's behaviour is its
 * class's special methods, looked up on the type when the operation happens. Classes take these slots from their
 * solid base ({@link PyType}); so do exceptions, with their own repr, str and members ({@link ExceptionType}).
 */
final class InstanceType {
  static final Slots.Table<PyObject> SLOTS = Slots.of(PyObject.class)
      .call(InstanceType::call)
      .callable((i, o) -> o.type.lookup("__call__") != null)
      .truthy(InstanceType::truthy)
      .len((i, o) -> {
        PyObject r = i.ops.callSpecial(o, "__len__");
        if (r == null) {
          throw i.error("TypeError", "object of type '" + o.type.name + "' has no len()");
        }
        try {
          return ((io.lifeline.interpreter.object.PyInt) r).small;
        } finally {
          i.heap.decref(r);
        }
      })
      .iter((i, o) -> {
        if (o.type.lookup("__iter__") == i.none()) {
          // slot_tp_iter: __iter__ = None marks the type not iterable (no __getitem__ fallback).
          throw i.error("TypeError", "'" + o.type.name + "' object is not iterable");
        }
        PyObject r = i.ops.callSpecial(o, "__iter__");
        if (r == null && o.type.lookup("__getitem__") != null) {
          // PySeqIter_New: iteration through __getitem__ from 0 until IndexError.
          return i.heap.register(new io.lifeline.interpreter.object.PyIterator(IteratorNames.byIndex(i),
              i.heap.incref(o)));
        }
        if (r == null) {
          throw i.error("TypeError", "'" + o.type.name + "' object is not iterable");
        }
        return r;
      })
      .repr((i, o) -> o.type.heapType && o.type.lookup("__repr__") != null
          ? i.ops.textOf(i.ops.callSpecial(o, "__repr__"), "__repr__") : i.ops.defaultRepr(o))
      .str((i, o) -> o.type.lookup("__str__") != null
          ? i.ops.textOf(i.ops.callSpecial(o, "__str__"), "__str__") : i.ops.reprOf(o))
      .contains((i, o, x) -> {
        if (o.type.lookup("__contains__") == null) {
          return i.ops.containsByIteration(o, x);
        }
        return truth(i, i.ops.callSpecial(o, "__contains__", x));
      })
      .getitem((i, o, k) -> special(i, o, "__getitem__", "is not subscriptable", k))
      .setitem((i, o, k, v) -> i.heap.decref(special(i, o, "__setitem__", "does not support item assignment", k, v)))
      .delitem((i, o, k) -> i.heap.decref(special(i, o, "__delitem__", "doesn't support item deletion", k)))
      .richcompare((i, o, other, dunder) -> i.ops.callSpecial(o, dunder, other))
      .checkHashable((i, o) -> {
        if (i.ops.unhashableClass(o.type)) {
          Sequences.unhashable(i, o);
        }
      })
      .setattr((i, o, name, v) -> {
        if (!i.ops.callSetattrHook((PyInstance) o, name, v)) {
          i.ops.genericSetattr((PyInstance) o, name, v);
        }
      })
      .delattr(InstanceType::delattrSlot);

  private InstanceType() {}

  /** {@code o.name(args...)} looked up on the class; TypeError "'T' object {@code lacking}" without that method. */
  private static PyObject special(Interp in, PyObject o, String name, String lacking, PyObject... args) {
    PyObject r = in.ops.callSpecial(o, name, args);
    if (r == null) {
      throw in.error("TypeError", "'" + o.type.name + "' object " + lacking);
    }
    return r;
  }

  /** slot_tp_setattro's deletion: a class's {@code __delattr__}, else the generic deletion. */
  private static void delattrSlot(Interp i, PyObject o, String name) {
    if (o.type.heapType && o.type.lookup("__delattr__") instanceof io.lifeline.interpreter.object.PyFunction hook) {
      PyObject n = i.newStr(name);
      try {
        i.heap.decref(i.ops.call(hook, new PyObject[] {o, n}, null));
      } finally {
        i.heap.decref(n);
      }
      return;
    }
    delattr(i, o, name);
  }

  /** slot_tp_call: the class's {@code __call__} with the instance first. */
  private static PyObject call(Interp in, PyObject o, PyObject[] args, io.lifeline.interpreter.object.PyTuple k) {
    PyObject dunder = o.type.lookup("__call__");
    if (dunder == null) {
      throw in.error("TypeError", "'" + o.type.name + "' object is not callable");
    }
    return in.ops.call(dunder, Args.prepend(o, args), k);
  }

  /** slot_nb_bool: {@code __bool__}, else {@code __len__}, else true. */
  private static boolean truthy(Interp in, PyObject o) {
    PyObject r = in.ops.callSpecial(o, "__bool__");
    if (r == null) {
      r = in.ops.callSpecial(o, "__len__");
      if (r == null) {
        return true;
      }
    }
    return truth(in, r);
  }

  /** The truth of {@code r}, which this releases. */
  private static boolean truth(Interp in, PyObject r) {
    try {
      return in.ops.truthy(r);
    } finally {
      in.heap.decref(r);
    }
  }

  /** PyObject_GenericSetAttr deleting: a filled __slots__ member, else the attribute dict's entry. */
  private static void delattr(Interp in, PyObject o, String name) {
    if (Unmodelled.isInstanceAttribute(name)) {
      throw in.unsupported("deletion of an instance's " + name);
    }
    PyInstance inst = (PyInstance) o;
    PyObject typeAttr = o.type.lookup(name);
    if (typeAttr != null && io.lifeline.interpreter.vm.Descriptors.delete(in, typeAttr, o, name)) {
      return;
    }
    if (typeAttr instanceof PySlotDescriptor sd && inst.slots[sd.index] != null) {
      PyObject old = inst.slots[sd.index];
      inst.slots[sd.index] = null;
      in.heap.decref(old);
      return;
    }
    if (inst.attrs == null || !inst.attrs.remove(in.heap, in.key(name))) {
      throw in.error("AttributeError", "'" + o.type.name + "' object has no attribute '" + name + "'");
    }
  }

  /** The methods of the type (method descriptors). */
  static void methods(Interp in) {
    method(in, in.types.object, "__init__", (i, a, k) -> i.none());
    method(in, in.types.object, "__sizeof__", (i, a, k) -> i.newInt(16));
    method(in, in.types.object, "__setattr__", (i, a, k) -> {
      Args.count(i, "__setattr__", a, k, 3, 3);
      if (!(a[0] instanceof io.lifeline.interpreter.object.PyInstance inst)) {
        throw i.unsupported("object.__setattr__ on " + a[0].type.name);
      }
      i.ops.genericSetattr(inst, ((PyStr) a[1]).value, a[2]);
      return i.none();
    });
    method(in, in.types.object, "__delattr__", (i, a, k) -> {
      Args.count(i, "__delattr__", a, k, 2, 2);
      if (!(a[0] instanceof PyInstance)) {
        throw i.unsupported("object.__delattr__ on " + a[0].type.name);
      }
      delattr(i, a[0], ((PyStr) a[1]).value);
      return i.none();
    });
    method(in, in.types.object, "__getattribute__", (i, a, k) -> {
      Args.count(i, "__getattribute__", a, k, 2, 2);
      PyObject r = i.ops.genericGetattr(a[0], ((PyStr) a[1]).value);
      if (r == null) {
        throw i.error("AttributeError", "'" + a[0].type.name + "' object has no attribute '" + ((PyStr) a[1]).value + "'");
      }
      return r;
    });
  }
}
