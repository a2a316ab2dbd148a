package io.lifeline.interpreter.builtins;

import static io.lifeline.interpreter.builtins.Methods.method;
import io.lifeline.interpreter.bytecode.CompareOp;
import io.lifeline.interpreter.object.NativeFn;
import io.lifeline.interpreter.object.PyBaseException;
import io.lifeline.interpreter.object.PyFrameObject;
import io.lifeline.interpreter.object.PyInt;
import io.lifeline.interpreter.object.PyNativeFunction;
import io.lifeline.interpreter.object.Frame;
import io.lifeline.interpreter.vm.PyException;
import java.util.ArrayList;
import java.util.List;
import io.lifeline.interpreter.memory.Heap;
import io.lifeline.interpreter.object.PyBytes;
import io.lifeline.interpreter.object.PyDict;
import io.lifeline.interpreter.object.PyGenerator;
import io.lifeline.interpreter.object.PyIterator;
import io.lifeline.interpreter.object.PyList;
import io.lifeline.interpreter.object.PyNativeIterator;
import io.lifeline.interpreter.object.PyObject;
import io.lifeline.interpreter.object.PySet;
import io.lifeline.interpreter.object.PyStr;
import io.lifeline.interpreter.object.PyTuple;
import io.lifeline.interpreter.object.PyType;
import io.lifeline.interpreter.object.Slots;
import io.lifeline.interpreter.vm.Interp;

/**
 * The iterator types: the built-in sequence iterator ({@link PyIterator}), the native ones of enumerate, zip,
 * reversed, map and filter ({@link PyNativeIterator}), and generators and coroutines ({@link PyGenerator}).
 */
final class IteratorTypes {
  /** The built-in sequence iterator. */
  static final Slots.Table<PyIterator> ITERATOR = Slots.of(PyIterator.class)
      .iter(IteratorTypes::self)
      .next(IteratorTypes::next);
  /** enumerate, zip, reversed, map and filter. */
  static final Slots.Table<PyNativeIterator> NATIVE = Slots.of(PyNativeIterator.class)
      .iter(IteratorTypes::self)
      .next((i, it) -> it.step.next(it));
  static final Slots.Table<PyGenerator> GENERATOR = Slots.of(PyGenerator.class)
      .iter(IteratorTypes::self)
      .next((i, g) -> i.vm.genIterNext(g))
      .repr(IteratorTypes::generatorRepr)
      .getattr(GeneratorAttributes::get);
  /** A coroutine is a generator that is not iterable. */
  static final Slots.Table<PyGenerator> COROUTINE = Slots.of(PyGenerator.class).iter((i, g) -> {
    throw i.error("TypeError", "'coroutine' object is not iterable");
  });

  private IteratorTypes() {}

  /** tp_iter of an iterator: itself. */
  private static PyObject self(Interp in, PyObject o) {
    return in.heap.incref(o);
  }

  private static String generatorRepr(Interp in, PyGenerator g) {
    return "<" + (g.coroutine ? "coroutine" : "generator") + " object " + g.name + " at "
        + io.lifeline.interpreter.vm.Ops.address(g) + ">";
  }

  /** listiter_next and its kin: the next item, or null once exhausted (the sequence is released then). */
  private static PyObject next(Interp in, PyIterator i) {
    Heap heap = in.heap;
    if (i.ref == null && i.entries == null) {
      if (i.remaining > 0) {
        i.remaining--;
        long v = i.next;
        i.next += i.step;
        return in.newInt(v);
      }
      return null;
    }
    PyObject seq = i.ref;
    if (seq != null) {
      PyObject data = BuiltinSubclasses.storage(seq);
      PyObject item = i.entries != null ? nextEntry(in, i, (PyDict) data) : nextItem(in, i, data);
      if (item != null) {
        return item;
      }
      i.ref = null;
      i.entries = null;
      heap.decref(seq);
    }
    return null;
  }

  /** dictiter_iternext over the snapshot of entries: keys still in the dict, as keys, values or items. */
  private static PyObject nextEntry(Interp in, PyIterator i, PyDict d) {
    if (i.usedAtStart != -2 && i.usedAtStart != d.size()) {
      i.usedAtStart = -1;
      throw in.error("RuntimeError", "dictionary changed size during iteration");
    }
    while (i.index < i.entries.size()) {
      PyDict.Entry e = i.entries.get(i.index++);
      PyObject cur = e.key == null ? null : d.get(e.key);
      if (cur != null) {
        return switch (i.dictKind) {
          case KEYS -> in.heap.incref(e.key);
          case VALUES -> in.heap.incref(cur);
          case ITEMS -> in.newTuple(in.heap.incref(e.key), in.heap.incref(cur));
        };
      }
    }
    return null;
  }

  private static PyObject nextItem(Interp in, PyIterator i, PyObject seq) {
    if (seq instanceof PyList l && i.index < l.items.size()) {
      return in.heap.incref(l.items.get(i.index++));
    } else if (seq instanceof PyTuple t && i.index < t.size()) {
      return in.heap.incref(t.items[i.index++]);
    } else if (seq instanceof PySet st) {
      if (st.size() != i.remaining) {
        throw in.error("RuntimeError", "Set changed size during iteration");
      }
      while (i.index < st.tableSize()) {
        int at = i.index++;
        if (st.isActive(at)) {
          return in.heap.incref(st.keys[at]);
        }
      }
    } else if (seq instanceof PyBytes b && i.index < b.value.length) {
      return in.newInt(b.value[i.index++] & 0xFF);
    } else if (seq instanceof io.lifeline.interpreter.object.PyByteArray b && i.index < b.size()) {
      return in.newInt(b.get(i.index++));
    } else if (seq instanceof PyStr s && i.index < s.value.length()) {
      return in.newStr(String.valueOf(s.value.charAt(i.index++)));
    } else if (seq instanceof io.lifeline.interpreter.object.PyInstance) {
      return itemByIndex(in, i, seq);
    }
    return null;
  }

  /** iterobject.c's iter_iternext over a class with only {@code __getitem__}: IndexError or StopIteration ends it. */
  private static PyObject itemByIndex(Interp in, PyIterator i, PyObject seq) {
    PyObject index = in.newInt(i.index);
    try {
      PyObject item = in.ops.callSpecial(seq, "__getitem__", index);
      i.index++;
      return item;
    } catch (io.lifeline.interpreter.vm.PyException e) {
      if (e.value.type.isSubtypeOf(in.types.exception("IndexError"))
          || e.value.type.isSubtypeOf(in.types.stopIteration)) {
        in.heap.decref(e.value);
        return null;
      }
      throw e;
    } finally {
      in.heap.decref(index);
    }
  }

  /** The methods of the type (method descriptors). */
  static void methods(Interp in) {
    Heap heap = in.heap;
    // The slot wrappers of tp_iter/tp_iternext (iter(x).__next__ is a bound method-wrapper people pass around)
    for (PyType t : new PyType[] {in.types.iterator, in.types.enumerate, in.types.zip, in.types.reversed,
        in.types.map, in.types.filter, in.types.callableIterator}) {
      method(in, t, "__iter__", (i, a, k) -> heap.incref(a[0]));
      method(in, t, "__next__", (i, a, k) -> {
        PyObject v = i.ops.next(a[0]);
        if (v == null) {
          throw i.error("StopIteration", null);
        }
        return v;
      });
    }
    PyType gen = in.types.generator;
    method(in, gen, "send", (i, a, k) -> {
      Args.count(i, "send", a, k, 2, 2);
      return i.vm.genSend((PyGenerator) a[0], a[1]);
    });
    method(in, gen, "__next__", (i, a, k) -> {
      PyObject v = i.vm.genNext((PyGenerator) a[0]);
      if (v == null) {
        throw i.error("StopIteration", null);
      }
      return v;
    });
    method(in, gen, "throw", (i, a, k) -> {
      Args.count(i, "throw", a, k, 2, 4);
      PyObject e = a[1];
      PyBaseException exc;
      if (e instanceof PyType && a.length > 2 && a[2] instanceof PyBaseException given) {
        exc = heap.incref(given);
      } else if (e instanceof PyType t) {
        exc = (PyBaseException) i.ops.call(t, a.length > 2 ? new PyObject[] {a[2]} : new PyObject[0], null);
      } else if (e instanceof PyBaseException b) {
        exc = heap.incref(b);
      } else {
        throw i.error("TypeError", "exceptions must be classes or instances deriving from BaseException, not "
            + e.type.name);
      }
      return i.vm.genThrow((PyGenerator) a[0], exc);
    });
    method(in, gen, "close", (i, a, k) -> {
      Args.count(i, "close", a, k, 1, 1);
      return i.vm.genCloseValue((PyGenerator) a[0]);
    });

    for (String name : new String[] {"send", "throw", "close"}) {
      in.types.coroutine.dict.put(heap, in.key(name), heap.incref(gen.dict.getStr(name)));
    }
  }
}
