package io.lifeline.interpreter.modules;

import static io.lifeline.interpreter.modules.NativeModule.function;

import io.lifeline.interpreter.builtins.Args;
import io.lifeline.interpreter.bytecode.CompareOp;
import io.lifeline.interpreter.object.PyList;
import io.lifeline.interpreter.object.PyModule;
import io.lifeline.interpreter.object.PyObject;
import io.lifeline.interpreter.vm.Interp;
import java.util.ArrayList;

/**
 * {@code _heapq} (Modules/_heapqmodule.c), which heapq.py beside this class imports: the heap is the caller's list
 * and holds the items; each comparison holds both operands (a {@code __lt__} that empties the list cannot free
 * them mid-compare) and a size change during one is a RuntimeError; heappop returns the first item after moving
 * the last one into its place.
 */
public final class HeapqModule implements NativeModule {
  @Override
  public void exec(Interp in, PyModule m) {
    function(in, m, "heappush", (i, a, k) -> {
      Args.count(i, "heappush", a, k, 2, 2);
      PyList heap = list(i, a[0]);
      heap.items.add(i.heap.incref(a[1]));
      i.heap.grew(heap);
      siftDown(i, heap, 0, heap.items.size() - 1);
      return i.none();
    });
    function(in, m, "heappop", (i, a, k) -> {
      Args.count(i, "heappop", a, k, 1, 1);
      PyList heap = list(i, a[0]);
      int n = heap.items.size();
      if (n == 0) {
        throw i.error("IndexError", "index out of range");
      }
      PyObject last = heap.items.remove(n - 1);
      if (n == 1) {
        return last;
      }
      PyObject first = heap.items.set(0, last);
      siftUp(i, heap, 0);
      return first;
    });
    function(in, m, "heapreplace", (i, a, k) -> {
      Args.count(i, "heapreplace", a, k, 2, 2);
      PyList heap = list(i, a[0]);
      if (heap.items.isEmpty()) {
        throw i.error("IndexError", "index out of range");
      }
      return replaceTop(i, heap, a[1]);
    });
    function(in, m, "heappushpop", (i, a, k) -> {
      Args.count(i, "heappushpop", a, k, 2, 2);
      PyList heap = list(i, a[0]);
      if (heap.items.isEmpty() || !less(i, heap.items.get(0), a[1])) {
        return i.heap.incref(a[1]);
      }
      return replaceTop(i, heap, a[1]);
    });
    function(in, m, "heapify", (i, a, k) -> {
      Args.count(i, "heapify", a, k, 1, 1);
      PyList heap = list(i, a[0]);
      for (int x = heap.items.size() / 2 - 1; x >= 0; x--) {
        siftUp(i, heap, x);
      }
      return i.none();
    });
  }

  private static PyList list(Interp in, PyObject o) {
    if (!(o instanceof PyList l)) {
      throw in.error("TypeError", "heap argument must be a list");
    }
    return l;
  }

  /** PyObject_RichCompareBool(a, b, Py_LT) with both operands held for the comparison. */
  private static boolean less(Interp in, PyObject a, PyObject b) {
    in.heap.incref(a);
    in.heap.incref(b);
    try {
      return lessThan(in, a, b);
    } finally {
      in.heap.decref(b);
      in.heap.decref(a);
    }
  }

  /** PyObject_RichCompareBool(a, b, Py_LT): the rich comparison's result, its truth taken and dropped. */
  static boolean lessThan(Interp in, PyObject a, PyObject b) {
    PyObject r = in.ops.compare(CompareOp.LT, a, b);
    try {
      return in.ops.truthy(r);
    } finally {
      in.heap.decref(r);
    }
  }

  private static void checkSize(Interp in, PyList heap, int size) {
    if (heap.items.size() != size) {
      throw in.error("RuntimeError", "list changed size during iteration");
    }
  }

  /** siftdown: moves the item at {@code pos} up towards {@code start} while it is less than its parent. */
  private static void siftDown(Interp in, PyList heap, int start, int pos) {
    ArrayList<PyObject> arr = heap.items;
    int size = arr.size();
    while (pos > start) {
      int parentPos = (pos - 1) >> 1;
      boolean lt = less(in, arr.get(pos), arr.get(parentPos));
      checkSize(in, heap, size);
      if (!lt) {
        break;
      }
      PyObject parent = arr.get(parentPos);
      arr.set(parentPos, arr.get(pos));
      arr.set(pos, parent);
      pos = parentPos;
    }
  }

  /** siftup: bubbles the smaller child up to a leaf, then sifts the item down from there. */
  /** heapreplace's and heappushpop's last step: {@code item} (a new reference) replaces the top, which it returns. */
  private static PyObject replaceTop(Interp in, PyList heap, PyObject item) {
    PyObject first = heap.items.set(0, in.heap.incref(item));
    siftUp(in, heap, 0);
    return first;
  }

  private static void siftUp(Interp in, PyList heap, int pos) {
    ArrayList<PyObject> arr = heap.items;
    int end = arr.size();
    int start = pos;
    int limit = end >> 1;
    while (pos < limit) {
      int child = 2 * pos + 1;
      if (child + 1 < end) {
        boolean lt = less(in, arr.get(child), arr.get(child + 1));
        checkSize(in, heap, end);
        if (!lt) {
          child++;
        }
      }
      PyObject tmp = arr.get(child);
      arr.set(child, arr.get(pos));
      arr.set(pos, tmp);
      pos = child;
    }
    siftDown(in, heap, start, pos);
  }
}
