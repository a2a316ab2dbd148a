package io.lifeline.interpreter.builtins;

import static io.lifeline.interpreter.builtins.Methods.method;
import io.lifeline.interpreter.bytecode.CompareOp;
import io.lifeline.interpreter.object.NativeFn;
import io.lifeline.interpreter.object.PyBaseException;
import io.lifeline.interpreter.object.PyDict;
import io.lifeline.interpreter.object.PyFrameObject;
import io.lifeline.interpreter.object.PyGenerator;
import io.lifeline.interpreter.object.PyInt;
import io.lifeline.interpreter.object.PyNativeFunction;
import io.lifeline.interpreter.object.PyStr;
import io.lifeline.interpreter.object.PyType;
import io.lifeline.interpreter.object.Frame;
import io.lifeline.interpreter.vm.PyException;
import io.lifeline.interpreter.memory.Heap;
import io.lifeline.interpreter.object.PyIterator;
import io.lifeline.interpreter.object.PyList;
import io.lifeline.interpreter.object.PyObject;
import io.lifeline.interpreter.object.PySlice;
import io.lifeline.interpreter.object.PyTuple;
import io.lifeline.interpreter.object.Slots;
import io.lifeline.interpreter.vm.Indices;
import io.lifeline.interpreter.vm.Interp;
import io.lifeline.interpreter.vm.Ops;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** {@code list} (Objects/listobject.c): its slots. */
final class ListType {
  static final Slots.Table<PyList> SLOTS = Slots.of(PyList.class)
      .truthy((i, l) -> !l.items.isEmpty())
      .len((i, l) -> l.items.size())
      .iter(Sequences::iter)
      .repr(ListType::repr)
      .contains(Sequences::contains)
      .getitem((i, l, k) -> k instanceof PySlice sl ? Sequences.slice(i, l, sl)
          : i.heap.incref(l.items.get(Indices.index(i, k, l.items.size(), "list"))))
      .setitem(ListType::setitem)
      .delitem(ListType::delitem)
      .checkHashable(Sequences::unhashable);

  private ListType() {}

  /** list_repr: the items as they are when each is reached (an item's __repr__ may change the list). */
  private static String repr(Interp in, PyList l) {
    List<PyObject> items = l.items;
    StringBuilder sb = new StringBuilder("[");
    for (int i = 0; i < items.size(); i++) {
      sb.append(i > 0 ? ", " : "").append(in.ops.reprOf(items.get(i)));
    }
    return sb.append(']').toString();
  }

  private static void setitem(Interp in, PyList l, PyObject k, PyObject v) {
    if (k instanceof PySlice sl) {
      assignSlice(in, l, sl, v);
      return;
    }
    int i = Indices.index(in, k, l.items.size(), "list assignment");
    PyObject old = l.items.set(i, in.heap.incref(v));
    in.heap.decref(old);
  }

  /**
   * list_ass_subscript with a slice. Step 1 is list_ass_slice: the new items are inserted, then the replaced ones
   * are released last first. Any other step replaces the selected items one by one in the slice's order, then
   * releases them in that order; the value must have as many items (ValueError). A value that is the list itself
   * is copied first, and the copy released last (list_dealloc: last item first).
   */
  private static void assignSlice(Interp in, PyList l, PySlice sl, PyObject v) {
    if (Indices.sliceStep(in, sl) != 1) {
      assignExtendedSlice(in, l, sl, v);
      return;
    }
    int n = l.items.size();
    int lo = (int) Indices.clampIndex(in, sl.start, n, 0, 0, n);
    int hi = Math.max(lo, (int) Indices.clampIndex(in, sl.stop, n, n, 0, n));
    ArrayList<PyObject> fresh = in.ops.toList(v);
    List<PyObject> window = l.items.subList(lo, hi);
    ArrayList<PyObject> recycle = new ArrayList<>(window);
    window.clear();
    l.items.addAll(lo, fresh);
    for (int i = recycle.size() - 1; i >= 0; i--) {
      in.heap.decref(recycle.get(i));
    }
  }

  private static void assignExtendedSlice(Interp in, PyList l, PySlice sl, PyObject v) {
    Heap heap = in.heap;
    int[] idx = Indices.sliceIndices(in, sl, l.items.size());
    // PySequence_Fast: a list or tuple is used as it is (the list itself as a copy), anything else is listed.
    ArrayList<PyObject> seq = v == l || !(v instanceof PyList || v instanceof PyTuple) ? in.ops.toList(v) : null;
    PyObject[] items = seq != null ? seq.toArray(new PyObject[0]) : Ops.items(v);
    try {
      if (items.length != idx.length) {
        throw in.error("ValueError", "attempt to assign sequence of size " + items.length
            + " to extended slice of size " + idx.length);
      }
      PyObject[] garbage = new PyObject[idx.length];
      for (int i = 0; i < idx.length; i++) {
        garbage[i] = l.items.set(idx[i], heap.incref(items[i]));
      }
      for (PyObject g : garbage) {
        heap.decref(g);
      }
    } finally {
      if (seq != null) {
        for (int i = seq.size() - 1; i >= 0; i--) {
          heap.decref(seq.get(i));
        }
      }
    }
  }

  private static void delitem(Interp in, PyList l, PyObject k) {
    if (k instanceof PySlice sl) {
      deleteSlice(in, l, sl);
      return;
    }
    int i = Indices.index(in, k, l.items.size(), "list assignment");
    PyObject old = l.items.remove(i);
    in.heap.decref(old);
  }

  /**
   * list_ass_subscript deleting a slice: step 1 releases the deleted items last first (list_ass_slice), any other
   * step in ascending index order (a negative step is turned around first).
   */
  private static void deleteSlice(Interp in, PyList l, PySlice sl) {
    boolean stepOne = Indices.sliceStep(in, sl) == 1;
    int[] idx = Indices.sliceIndices(in, sl, l.items.size());
    Set<Integer> gone = new HashSet<>();
    for (int i : idx) {
      gone.add(i);
    }
    List<PyObject> recycle = new ArrayList<>();
    ArrayList<PyObject> kept = new ArrayList<>();
    for (int i = 0; i < l.items.size(); i++) {
      (gone.contains(i) ? recycle : kept).add(l.items.get(i));
    }
    l.items.clear();
    l.items.addAll(kept);
    for (int i = 0; i < recycle.size(); i++) {
      in.heap.decref(recycle.get(stepOne ? recycle.size() - 1 - i : i));
    }
  }

  /** The methods of the type (method descriptors). */
  static void methods(Interp in) {
    defineAppendExtendInsert(in);
    defineCountReverseCopy(in);
  }

  private static void defineAppendExtendInsert(Interp in) {
    Heap heap = in.heap;
    PyType list = in.types.list;
    method(in, list, "append", (i, a, k) -> {
      Args.count(i, "append", a, k, 2, 2);
      ((PyList) a[0]).items.add(heap.incref(a[1]));
      heap.grew(a[0]);
      return i.none();
    });
    method(in, list, "extend", (i, a, k) -> {
      i.ops.extendList((PyList) a[0], a[1]);
      return i.none();
    });
    method(in, list, "insert", (i, a, k) -> {
      List<PyObject> items = ((PyList) a[0]).items;
      long idx = ((PyInt) a[1]).small;
      if (idx < 0) {
        idx = Math.max(0, idx + items.size());
      }
      items.add((int) Math.min(idx, items.size()), heap.incref(a[2]));
      heap.grew(a[0]);
      return i.none();
    });
    method(in, list, "pop", (i, a, k) -> {
      List<PyObject> items = ((PyList) a[0]).items;
      if (items.isEmpty()) {
        throw i.error("IndexError", "pop from empty list");
      }
      long idx = a.length > 1 ? ((PyInt) a[1]).small : items.size() - 1;
      if (idx < 0) {
        idx += items.size();
      }
      if (idx < 0 || idx >= items.size()) {
        throw i.error("IndexError", "pop index out of range");
      }
      return items.remove((int) idx);
    });
    method(in, list, "remove", (i, a, k) -> {
      List<PyObject> items = ((PyList) a[0]).items;
      for (int x = 0; x < items.size(); x++) {
        if (i.ops.equal(items.get(x), a[1])) {
          heap.decref(items.remove(x));
          return i.none();
        }
      }
      throw i.error("ValueError", "list.remove(x): x not in list");
    });
    method(in, list, "clear", (i, a, k) -> {
      a[0].clear(heap);
      return i.none();
    });
    method(in, list, "index", (i, a, k) -> {
      Sequences.requireValue(i, a, "list", "index");
      List<PyObject> items = ((PyList) a[0]).items;
      int[] range = Sequences.bounds(a, items.size());
      for (int x = range[0]; x < Math.min(range[1], items.size()); x++) {
        if (i.ops.equal(items.get(x), a[1])) {
          return i.newInt(x);
        }
      }
      throw i.error("ValueError", i.ops.reprOf(a[1]) + " is not in list");
    });
  }

  private static void defineCountReverseCopy(Interp in) {
    Heap heap = in.heap;
    PyType list = in.types.list;
    method(in, list, "count", (i, a, k) -> {
      Sequences.requireValue(i, a, "list", "count");
      int n = 0;
      for (PyObject o : new ArrayList<>(((PyList) a[0]).items)) {
        n += i.ops.equal(o, a[1]) ? 1 : 0;
      }
      return i.newInt(n);
    });
    method(in, list, "reverse", (i, a, k) -> {
      java.util.Collections.reverse(((PyList) a[0]).items);
      return i.none();
    });
    method(in, list, "copy", (i, a, k) -> {
      ArrayList<PyObject> items = new ArrayList<>();
      ((PyList) a[0]).items.forEach(o -> items.add(heap.incref(o)));
      return i.newList(items);
    });
    method(in, list, "sort", (i, a, k) -> {
      if (Args.positional(a, k) > 1) {
        throw i.error("TypeError", "sort() takes no positional arguments");
      }
      PyObject rev = Args.keyword(a, k, "reverse");
      sort(i, (PyList) a[0], Args.keyword(a, k, "key"), rev != null && i.ops.truthy(rev));
      return i.none();
    });
  }

  /** list.sort() without key. */
  static void sort(Interp in, PyList l) {
    sort(in, l, null, false);
  }

  /**
   * list.sort(key=, reverse=): the list is empty while sorting; keys are computed first (in order), the
   * sort is stable (reverse sorts the reversed list and reverses back, like listobject.c), and the keys
   * are released in their final order afterwards. Comparisons use {@code <}; the comparison sequence is a
   * merge sort's, not timsort's.
   */
  static void sort(Interp in, PyList l, PyObject keyFn, boolean reverse) {
    PyObject[] items = l.items.toArray(new PyObject[0]);
    l.items.clear();
    PyObject[] keys = null;
    try {
      if (keyFn != null && !(keyFn instanceof io.lifeline.interpreter.object.PyNone)) {
        keys = new PyObject[items.length];
        for (int i = 0; i < items.length; i++) {
          keys[i] = in.ops.call(keyFn, new PyObject[] {items[i]}, null);
        }
      }
      if (reverse) {
        reverseArray(items);
        if (keys != null) {
          reverseArray(keys);
        }
      }
      Integer[] order = new Integer[items.length];
      for (int i = 0; i < order.length; i++) {
        order[i] = i;
      }
      PyObject[] cmp = keys != null ? keys : items;
      mergeSort(in, cmp, order, new Integer[order.length], 0, order.length);
      PyObject[] sortedItems = new PyObject[items.length];
      PyObject[] sortedKeys = keys == null ? null : new PyObject[items.length];
      for (int i = 0; i < order.length; i++) {
        sortedItems[i] = items[order[i]];
        if (keys != null) {
          sortedKeys[i] = keys[order[i]];
        }
      }
      items = sortedItems;
      keys = sortedKeys;
      if (reverse) {
        reverseArray(items);
        if (keys != null) {
          reverseArray(keys);
        }
      }
    } finally {
      l.items.addAll(java.util.Arrays.asList(items));
      if (keys != null) {
        for (PyObject k : keys) {
          in.heap.xdecref(k);
        }
      }
    }
  }

  private static void reverseArray(PyObject[] a) {
    for (int i = 0, j = a.length - 1; i < j; i++, j--) {
      PyObject t = a[i];
      a[i] = a[j];
      a[j] = t;
    }
  }

  private static void mergeSort(Interp in, PyObject[] cmp, Integer[] a, Integer[] tmp, int lo, int hi) {
    if (hi - lo < 2) {
      return;
    }
    int mid = (lo + hi) >>> 1;
    mergeSort(in, cmp, a, tmp, lo, mid);
    mergeSort(in, cmp, a, tmp, mid, hi);
    int i = lo;
    int j = mid;
    int k = lo;
    while (i < mid && j < hi) {
      PyObject r = in.ops.compare(CompareOp.LT, cmp[a[j]], cmp[a[i]]);
      boolean less;
      try {
        less = in.ops.truthy(r);
      } finally {
        in.heap.decref(r);
      }
      tmp[k++] = less ? a[j++] : a[i++];
    }
    while (i < mid) {
      tmp[k++] = a[i++];
    }
    while (j < hi) {
      tmp[k++] = a[j++];
    }
    System.arraycopy(tmp, lo, a, lo, hi - lo);
  }
}
