package io.lifeline.interpreter.builtins;

import static io.lifeline.interpreter.builtins.Methods.method;
import io.lifeline.interpreter.bytecode.CompareOp;
import io.lifeline.interpreter.object.NativeFn;
import io.lifeline.interpreter.object.PyDict;
import io.lifeline.interpreter.object.PyFrameObject;
import io.lifeline.interpreter.object.PyGenerator;
import io.lifeline.interpreter.object.PyInt;
import io.lifeline.interpreter.object.PyList;
import io.lifeline.interpreter.object.PyNativeFunction;
import io.lifeline.interpreter.object.PyStr;
import io.lifeline.interpreter.object.Frame;
import io.lifeline.interpreter.vm.PyException;
import java.util.ArrayList;
import java.util.List;
import io.lifeline.interpreter.memory.Heap;
import io.lifeline.interpreter.object.PyBaseException;
import io.lifeline.interpreter.object.PyNone;
import io.lifeline.interpreter.object.PyObject;
import io.lifeline.interpreter.object.PyTuple;
import io.lifeline.interpreter.object.PyType;
import io.lifeline.interpreter.object.Slots;
import io.lifeline.interpreter.vm.Interp;

/**
 * {@code BaseException} and the built-in exception hierarchy (Objects/exceptions.c): an exception is an instance
 * with an attribute dict, so it has the slots of {@code object}'s instances ({@link InstanceType}) except its repr,
 * str and its members (args, __traceback__, __cause__, __context__, __suppress_context__, StopIteration.value).
 */
final class ExceptionType {
  static final Slots.Table<PyBaseException> SLOTS = Slots.of(PyBaseException.class)
      .repr(ExceptionType::repr)
      .str(ExceptionType::str)
      .getattr((i, e, name) -> {
        PyObject v = member(i, e, name);
        v = v != null ? v : i.ops.genericGetattr(e, name);
        v = v != null ? v : OsErrorMembers.member(i, e, name);
        if (v == null) {
          ExceptionMembers.checkNewer(i, e, name);
        }
        if (v == null && name.equals("add_note")
            && i.policies.excInfo() == io.lifeline.interpreter.vm.Policies.ExcInfo.TRIPLE) {
          // New in 3.11: the 3.10 and PyPy 3.9 models lack it as those interpreters do.
          throw i.error("AttributeError", "'" + e.type.name + "' object has no attribute 'add_note'");
        }
        return v;
      })
      .setattr((i, e, name, v) -> {
        if (!setMember(i, e, name, v)) {
          i.types.object.slots.setattr.set(i, e, name, v);
        }
      });

  private ExceptionType() {}

  /** Runs after object's slots are filled: every exception type starts from BaseException's, then object's. */
  static void install(Interp in) {
    PyType base = in.types.exception("BaseException");
    SLOTS.fill(base);
    base.slots.inheritFrom(in.types.object.slots);
    for (PyType t : in.types.exceptions.values()) {
      t.slots.inheritFrom(base.slots);
    }
  }

  /** BaseException_repr, unless a class defines __repr__. */
  private static String repr(Interp in, PyObject o) {
    if (o.type.heapType && o.type.lookup("__repr__") != null) {
      return in.ops.textOf(in.ops.callSpecial(o, "__repr__"), "__repr__");
    }
    PyBaseException e = (PyBaseException) o;
    PyTuple shown = OsErrorMembers.args(in, e);
    String args = shown.size() != 1 ? in.ops.reprOf(shown) : "(" + in.ops.reprOf(shown.items[0]) + ")";
    in.heap.decref(shown);
    return e.type.name + args;
  }

  /** BaseException_str (KeyError_str for a KeyError's single argument), unless a class defines __str__. */
  private static String str(Interp in, PyObject o) {
    PyBaseException e = (PyBaseException) o;
    if (e.type.heapType && e.type.lookup("__str__") != null) {
      return in.ops.textOf(in.ops.callSpecial(o, "__str__"), "__str__");
    }
    String own = ExceptionMembers.str(in, e);
    if (own != null) {
      return own;
    }
    if (e.args == null || e.args.size() == 0) {
      return "";
    }
    String os = OsErrorMembers.str(in, e);
    if (os != null) {
      return os;
    }
    if (e.args.size() == 1) {
      if (e.type.isSubtypeOf(in.types.exception("KeyError"))) {
        return in.ops.reprOf(e.args.items[0]);
      }
      return in.ops.strOf(e.args.items[0]);
    }
    return in.ops.reprOf(e.args);
  }

  private static PyObject member(Interp in, PyBaseException e, String name) {
    Heap heap = in.heap;
    switch (name) {
      case "args": return OsErrorMembers.args(in, e);
      case "__traceback__": return heap.incref(e.traceback != null ? e.traceback : in.none());
      case "__cause__": return heap.incref(e.cause != null ? e.cause : in.none());
      case "__context__": return heap.incref(e.context != null ? e.context : in.none());
      case "__suppress_context__": return in.types.bool(e.suppressContext);
      case "value":
        if (e.type.isSubtypeOf(in.types.stopIteration)) {
          return heap.incref(e.args != null && e.args.size() > 0 ? e.args.items[0] : in.none());
        }
        return null;
      default: return ExceptionMembers.get(in, e, name);
    }
  }

  /** The members' setters; false for any other name. The old value dies inside. */
  private static boolean setMember(Interp in, PyBaseException e, String name, PyObject v) {
    Heap heap = in.heap;
    PyObject old;
    switch (name) {
      case "__traceback__" -> {
        old = e.traceback;
        e.traceback = v instanceof PyNone ? null : heap.incref(v);
      }
      case "__cause__" -> {
        old = e.cause;
        e.cause = v instanceof PyNone ? null : heap.incref(v);
        e.suppressContext = true;
      }
      case "__context__" -> {
        old = e.context;
        e.context = v instanceof PyNone ? null : heap.incref(v);
      }
      case "args" -> {
        // BaseException_set_args: PySequence_Tuple(v), stored in the exception (not in its dict)
        PyTuple seq = v instanceof PyTuple t ? heap.incref(t)
            : in.newTuple(in.ops.toList(v).toArray(new PyObject[0]));
        old = e.args;
        e.args = seq;
      }
      default -> {
        return ExceptionMembers.set(in, e, name, v);
      }
    }
    heap.xdecref(old);
    return true;
  }

  /** The methods of the type (method descriptors). */
  static void methods(Interp in) {
    Heap heap = in.heap;
    method(in, in.types.exception("BaseException"), "__init__", ExceptionType::baseInit);
    ExceptionMembers.methods(in, ExceptionType::baseInit);
    method(in, in.types.exception("BaseException"), "with_traceback", (i, a, k) -> {
      Args.count(i, "with_traceback", a, k, 2, 2);
      if (!(a[1] instanceof PyNone) && a[1].type != i.types.traceback) {
        throw i.error("TypeError", "__traceback__ must be a traceback or None");
      }
      setMember(i, (PyBaseException) a[0], "__traceback__", a[1]);
      return heap.incref(a[0]);
    });
    if (in.policies.excInfo() == io.lifeline.interpreter.vm.Policies.ExcInfo.EXCEPTION) {
      method(in, in.types.exception("BaseException"), "add_note", ExceptionType::addNote);
    }
  }

  /** BaseException_init: the positional arguments become {@code args}. */
  private static PyObject baseInit(Interp i, PyObject[] a, PyTuple k) {
    PyBaseException self = (PyBaseException) a[0];
    PyObject[] items = new PyObject[Args.positional(a, k) - 1];
    for (int x = 0; x < items.length; x++) {
      items[x] = i.heap.incref(a[x + 1]);
    }
    PyObject old = self.args;
    self.args = i.newTuple(items);
    i.heap.xdecref(old);
    return i.none();
  }

  /** BaseException_add_note (3.11+): appends a str to the list {@code __notes__}, made on first use. */
  private static PyObject addNote(Interp in, PyObject[] a, PyTuple k) {
    Args.count(in, "add_note", a, k, 2, 2);
    if (!(a[1] instanceof io.lifeline.interpreter.object.PyStr)) {
      throw in.error("TypeError", "note must be a str, not '" + a[1].type.name + "'");
    }
    PyObject notes = in.ops.getattrOrNull(a[0], "__notes__");
    if (notes == null) {
      notes = in.newList(new java.util.ArrayList<>());
      in.ops.setattr(a[0], "__notes__", notes);
    }
    try {
      if (!(notes instanceof io.lifeline.interpreter.object.PyList l)) {
        throw in.error("TypeError", "Cannot add note: __notes__ is not a list");
      }
      l.items.add(in.heap.incref(a[1]));
      in.heap.grew(l);
      return in.none();
    } finally {
      in.heap.decref(notes);
    }
  }
}
