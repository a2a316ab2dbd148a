package io.lifeline.interpreter.builtins;

import io.lifeline.interpreter.object.PyByteArray;
import io.lifeline.interpreter.object.PyBytes;
import io.lifeline.interpreter.object.PyDict;
import io.lifeline.interpreter.object.PyDictView;
import io.lifeline.interpreter.object.PyList;
import io.lifeline.interpreter.object.PyObject;
import io.lifeline.interpreter.object.PySet;
import io.lifeline.interpreter.object.PyStr;
import io.lifeline.interpreter.object.PyTuple;
import io.lifeline.interpreter.object.PyType;
import io.lifeline.interpreter.object.Slots;
import io.lifeline.interpreter.vm.Interp;
import io.lifeline.interpreter.vm.Policies;

/**
 * The names of the built-in iterator types, per interpreter: one iterator object class serves them all (the
 * sequence iterator's {@link IteratorTypes#ITERATOR} slots, or reversed's {@link IteratorTypes#NATIVE}), each name a
 * static type of its own made on first use ({@link io.lifeline.interpreter.vm.Types#namedIterators}). CPython has a
 * type per container (listobject.c's list_iterator, unicodeobject.c's str_ascii_iterator from 3.11 for an ASCII str,
 * str_iterator otherwise and on 3.10, bytes_iterator, bytearray_iterator, memory_iterator, set_iterator, dictobject.c's
 * dict_keyiterator/valueiterator/itemiterator, range_iterator, list_reverseiterator, iterobject.c's iterator for
 * {@code __getitem__}); PyPy 7.3.11 has one sequenceiterator (reversesequenceiterator reversed) for every sequence,
 * setiterator, and CPython's names for dicts and ranges.
 */
final class IteratorNames {
  private IteratorNames() {}

  /** The type of {@code iter(o)} for a list, tuple, str, bytes, bytearray or set (or a subclass's storage). */
  static PyType sequence(Interp in, PyObject o) {
    PyObject data = BuiltinSubclasses.storage(o);
    boolean pypy = pypy(in);
    String name;
    if (data instanceof PySet) {
      name = pypy ? "setiterator" : "set_iterator";
    } else if (pypy) {
      name = "sequenceiterator";
    } else if (data instanceof PyList) {
      name = "list_iterator";
    } else if (data instanceof PyTuple) {
      name = "tuple_iterator";
    } else if (data instanceof PyStr s) {
      name = ascii(s.value) && !cpython310(in) ? "str_ascii_iterator" : "str_iterator";
    } else if (data instanceof PyBytes) {
      name = "bytes_iterator";
    } else if (data instanceof PyByteArray) {
      name = "bytearray_iterator";
    } else if (data instanceof PyDict) {
      return dict(in, PyDictView.Kind.KEYS);
    } else {
      name = "iterator";
    }
    return named(in, name, IteratorTypes.ITERATOR);
  }

  /** dict_keyiterator, dict_valueiterator, dict_itemiterator (the same on PyPy). */
  static PyType dict(Interp in, PyDictView.Kind kind) {
    return named(in, switch (kind) {
      case KEYS -> "dict_keyiterator";
      case VALUES -> "dict_valueiterator";
      case ITEMS -> "dict_itemiterator";
    }, IteratorTypes.ITERATOR);
  }

  /**
   * reversed(dict) and its views: dict_reversekeyiterator, dict_reversevalueiterator, dict_reverseitemiterator;
   * PyPy 7.3.11 names the reversed keys dict_keyiterator.
   */
  static PyType reversedDict(Interp in, PyDictView.Kind kind) {
    if (pypy(in) && kind == PyDictView.Kind.KEYS) {
      return dict(in, kind);
    }
    return named(in, switch (kind) {
      case KEYS -> "dict_reversekeyiterator";
      case VALUES -> "dict_reversevalueiterator";
      case ITEMS -> "dict_reverseitemiterator";
    }, IteratorTypes.ITERATOR);
  }

  /** iter(range): range_iterator everywhere. */
  static PyType range(Interp in) {
    return named(in, "range_iterator", IteratorTypes.ITERATOR);
  }

  /** iter(memoryview): memory_iterator; PyPy's sequenceiterator. */
  static PyType memory(Interp in) {
    return named(in, pypy(in) ? "sequenceiterator" : "memory_iterator", IteratorTypes.ITERATOR);
  }

  /** Iteration through {@code __getitem__}: iterator; PyPy's sequenceiterator. */
  static PyType byIndex(Interp in) {
    return named(in, pypy(in) ? "sequenceiterator" : "iterator", IteratorTypes.ITERATOR);
  }

  /**
   * reversed(o)'s type: list_reverseiterator (PyPy: reversesequenceiterator) for a list, range_iterator for a range
   * (range_reverse), else reversed.
   */
  static PyType reversed(Interp in, PyObject o) {
    PyObject data = BuiltinSubclasses.storage(o);
    if (data instanceof PyList) {
      return named(in, pypy(in) ? "reversesequenceiterator" : "list_reverseiterator", IteratorTypes.NATIVE);
    }
    if (data instanceof io.lifeline.interpreter.object.PyRange) {
      return named(in, "range_iterator", IteratorTypes.NATIVE);
    }
    return in.types.reversed;
  }

  /** The static type {@code name} with {@code slots} and the iterator methods, made once per interpreter. */
  private static PyType named(Interp in, String name, Slots.Table<?> slots) {
    String key = slots == IteratorTypes.NATIVE ? name + "/native" : name;
    PyType t = in.types.namedIterators.get(key);
    if (t == null) {
      t = new PyType(in.types.type, name, in.types.object, new PyDict(null), false, PyType.Layout.BUILTIN);
      t.immortal = true;
      t.dict.immortal = true;
      slots.fill(t);
      PyType like = slots == IteratorTypes.NATIVE ? in.types.reversed : in.types.iterator;
      for (String m : new String[] {"__iter__", "__next__"}) {
        t.dict.put(in.heap, in.key(m), like.dict.getStr(m));
      }
      in.types.namedIterators.put(key, t);
    }
    return t;
  }

  private static boolean ascii(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) >= 128) {
        return false;
      }
    }
    return true;
  }

  private static boolean pypy(Interp in) {
    return in.policies.reclaim() == Policies.Reclaim.TRACING;
  }

  private static boolean cpython310(Interp in) {
    return in.policies.wording() == Policies.Wording.CPYTHON_311 && in.policies.frames() == Policies.Frames.EAGER;
  }
}
