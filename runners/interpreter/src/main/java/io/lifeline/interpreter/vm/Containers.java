package io.lifeline.interpreter.vm;

import io.lifeline.interpreter.object.Frame;
import io.lifeline.interpreter.object.PyDict;
import io.lifeline.interpreter.object.PyObject;
import io.lifeline.interpreter.object.PyList;
import io.lifeline.interpreter.object.PySet;
import io.lifeline.interpreter.object.PySlice;
import io.lifeline.interpreter.object.PyStr;
import java.util.ArrayList;

/**
 * The instructions that build, fill and unpack containers (tuples, lists, dicts, sets, slices) and strings
 * (f-string pieces). Each takes its operands from the value stack and releases them as ceval does, error
 * paths included, and pushes a new reference.
 */
final class Containers extends VmPart {
  Containers(Interp in) {
    super(in);
  }

  /** The top {@code n} stack items, bottom first (the references move to the array). */
  static PyObject[] popN(Frame f, int n) {
    PyObject[] items = new PyObject[n];
    for (int i = n - 1; i >= 0; i--) {
      items[i] = f.pop();
    }
    return items;
  }

  void buildMap(Frame f, int n) {
    PyDict d = in.newDict();
    try {
      for (int i = n; i >= 1; i--) {
        PyObject k = f.peek(2 * i);
        ops.checkHashable(k);
        d.put(heap, heap.incref(k), heap.incref(f.peek(2 * i - 1)));
      }
    } catch (PyException e) {
      heap.decref(d);
      throw e;
    }
    for (int i = 0; i < 2 * n; i++) {
      heap.decref(f.pop());
    }
    f.push(d);
  }

  private void mergeDict(PyDict target, PyObject other) {
    if (!(other instanceof PyDict src)) {
      throw in.error("TypeError", "argument after ** must be a mapping, not " + other.type.name);
    }
    for (PyDict.Entry e : src.entries()) {
      target.put(heap, heap.incref(e.key), heap.incref(e.value));
    }
  }

  /** The items of the sequence popped from the stack (new references); the sequence is released. */
  private ArrayList<PyObject> popItems(Frame f) {
    PyObject seq = f.pop();
    try {
      return ops.toList(seq);
    } finally {
      heap.decref(seq);
    }
  }

  /** UNPACK_SEQUENCE: exactly {@code n} items, pushed last first; on a count mismatch they are released. */
  void unpack(Frame f, int n) {
    ArrayList<PyObject> items = popItems(f);
    if (items.size() != n) {
      items.forEach(heap::decref);
      if (items.size() < n) {
        throw in.error("ValueError", "not enough values to unpack (expected " + n + ", got " + items.size() + ")");
      }
      throw in.error("ValueError", "too many values to unpack (expected " + n + ")");
    }
    for (int i = n - 1; i >= 0; i--) {
      f.push(items.get(i));
    }
  }

  /** UNPACK_EX: the items before and after the star, and a new list of the rest for the starred target. */
  void unpackEx(Frame f, int before, int after) {
    ArrayList<PyObject> items = popItems(f);
    if (items.size() < before + after) {
      items.forEach(heap::decref);
      throw in.error("ValueError", "not enough values to unpack (expected at least " + (before + after)
          + ", got " + items.size() + ")");
    }
    int restEnd = items.size() - after;
    for (int i = items.size() - 1; i >= restEnd; i--) {
      f.push(items.get(i));
    }
    f.push(in.newList(new ArrayList<>(items.subList(before, restEnd))));
    for (int i = before - 1; i >= 0; i--) {
      f.push(items.get(i));
    }
  }

  /** _PyBuildSlice_ConsumeRefs: a slice that takes the popped start and stop (step None). */
  private PyObject popSlice(Frame f) {
    PyObject stop = f.pop();
    PyObject start = f.pop();
    return heap.register(new PySlice(in.types.slice, start, stop,
        heap.incref(in.none())));
  }

  /** PyObject_ASCII: a repr with every non-ASCII character escaped as backslash-x, -u or -U and hex digits. */
  static String asciiOf(String repr) {
    StringBuilder sb = new StringBuilder();
    repr.codePoints().forEach(c -> {
      if (c < 0x80) {
        sb.appendCodePoint(c);
      } else if (c < 0x100) {
        sb.append(String.format("\\x%02x", c));
      } else if (c < 0x10000) {
        sb.append(String.format("\\u%04x", c));
      } else {
        sb.append(String.format("\\U%08x", c));
      }
    });
    return sb.toString();
  }

  /** FORMAT_VALUE's conversion (str, repr, ascii), then PyObject_Format with the spec. */
  private PyObject format(PyObject v, int conversion, String spec) {
    if (conversion == 0 && spec.isEmpty() && v instanceof PyStr) {
      return heap.incref(v);
    }
    PyObject converted = conversion == 0 ? heap.incref(v)
        : in.newStr(conversion == 1 ? ops.strOf(v) : conversion == 3 ? asciiOf(ops.reprOf(v)) : ops.reprOf(v));
    try {
      return ops.format(converted, spec);
    } finally {
      heap.decref(converted);
    }
  }

  /**
   * BUILD_SET: the items are added bottom first; after a failure the rest are not added, and every item is
   * released before the error is raised.
   */
  void buildSet(Frame f, int n) {
    PySet set = in.newSet();
    PyException failed = null;
    for (int i = n; i >= 1; i--) {
      PyObject item = f.peek(i);
      if (failed == null) {
        try {
          ops.checkHashable(item);
          set.add(heap, item);
        } catch (PyException e) {
          failed = e;
        }
      }
    }
    for (PyObject item : popN(f, n)) {
      heap.decref(item);
    }
    if (failed != null) {
      heap.decref(set);
      throw failed;
    }
    f.push(set);
  }

  /** SET_ADD (set comprehensions): the set {@code i} deep gets the popped item, which is released. */
  void setAdd(Frame f, int i) {
    PyObject v = f.pop();
    try {
      ops.checkHashable(v);
      ((PySet) f.peek(i)).add(heap, v);
    } finally {
      heap.decref(v);
    }
  }

  /** SET_UPDATE: the set {@code i} deep gets the popped iterable's items. */
  void setUpdate(Frame f, int i) {
    mergeInto(f, i, (target, other) -> ops.updateSet((PySet) target, other));
  }


  /** LIST_EXTEND: the list {@code i} deep gets the popped iterable's items. */
  void listExtend(Frame f, int i) {
    mergeInto(f, i, (target, other) -> ops.extendList((PyList) target, other));
  }


  /** LIST_TO_TUPLE: a tuple of new references to the popped list's items; the list is released. */
  void listToTuple(Frame f) {
    PyList l = (PyList) f.pop();
    PyObject[] items = new PyObject[l.items.size()];
    for (int i = 0; i < items.length; i++) {
      items[i] = heap.incref(l.items.get(i));
    }
    PyObject t = in.newTuple(items);
    heap.decref(l);
    f.push(t);
  }

  /** DICT_MERGE: the dict {@code i} deep gets the popped mapping's items. */
  void dictMerge(Frame f, int i) {
    mergeInto(f, i, (target, other) -> mergeDict((PyDict) target, other));
  }


  /** BUILD_SLICE: the slice steals start, stop and (with 3 operands) step; step None otherwise. */
  void buildSlice(Frame f, int n) {
    PyObject step = n == 3 ? f.pop() : heap.incref(in.none());
    PyObject stop = f.pop();
    PyObject start = f.pop();
    f.push(heap.register(new PySlice(in.types.slice, start, stop, step)));
  }

  /** BINARY_SLICE (3.12+): the slice, then the container, are released before the result is pushed. */
  void binarySlice(Frame f) {
    PyObject slice = popSlice(f);
    PyObject container = f.pop();
    PyObject res;
    try {
      res = ops.getitem(container, slice);
    } finally {
      heap.decref(slice);
      heap.decref(container);
    }
    f.push(res);
  }

  /** STORE_SLICE (3.12+): the slice, the value, then the container are released. */
  void storeSlice(Frame f) {
    PyObject slice = popSlice(f);
    PyObject container = f.pop();
    PyObject v = f.pop();
    try {
      ops.setitem(container, slice, v);
    } finally {
      heap.decref(slice);
      heap.decref(v);
      heap.decref(container);
    }
  }

  /** DELETE_SUBSCR: the container, then the subscript, are released. */
  void deleteSubscr(Frame f) {
    PyObject sub = f.pop();
    PyObject container = f.pop();
    try {
      ops.delitem(container, sub);
    } finally {
      heap.decref(container);
      heap.decref(sub);
    }
  }

  /** BUILD_STRING: the concatenation of the top {@code n} strings, which are released top first. */
  void buildString(Frame f, int n) {
    StringBuilder sb = new StringBuilder();
    for (int i = n; i >= 1; i--) {
      sb.append(((PyStr) f.peek(i)).value);
    }
    for (int i = 0; i < n; i++) {
      heap.decref(f.pop());
    }
    f.push(in.newStr(sb.toString()));
  }

  /** FORMAT_VALUE: {@code flags} 3 is the conversion, 4 a spec on the stack; value and spec are released. */
  void formatValue(Frame f, int flags) {
    PyObject spec = (flags & 4) != 0 ? f.pop() : null;
    PyObject v = f.pop();
    PyObject res;
    try {
      res = format(v, flags & 3, spec == null ? "" : ((PyStr) spec).value);
    } finally {
      heap.decref(v);
      heap.xdecref(spec);
    }
    f.push(res);
  }

  /**
   * LIST_EXTEND, SET_UPDATE, DICT_MERGE: {@code merge} adds the popped operand's items to the container
   * {@code i} deep (which stays); the operand is released, also when merging raises.
   */
  private void mergeInto(Frame f, int i, java.util.function.BiConsumer<PyObject, PyObject> merge) {
    PyObject other = f.pop();
    try {
      merge.accept(f.peek(i), other);
    } finally {
      heap.decref(other);
    }
  }
}
