package io.lifeline.interpreter.modules;

import static io.lifeline.interpreter.modules.NativeModule.method;

import io.lifeline.interpreter.builtins.Args;
import io.lifeline.interpreter.memory.Heap;
import io.lifeline.interpreter.object.PyInt;
import io.lifeline.interpreter.object.PyNativeIterator;
import io.lifeline.interpreter.object.PyNone;
import io.lifeline.interpreter.object.PyObject;
import io.lifeline.interpreter.object.PyTuple;
import io.lifeline.interpreter.object.PyType;
import io.lifeline.interpreter.vm.Interp;
import java.util.ArrayList;

/**
 * {@code collections.deque} (Modules/_collectionsmodule.c): a GC-tracked, weakrefable sequence owning its items.
 * A bounded deque trims after it adds (append drops the leftmost item after pushing, appendleft the rightmost);
 * deque_clear and deque_dealloc release the items left to right after emptying the deque; its iterator keeps the
 * deque until the iterator dies and fails if the deque changes.
 */
final class DequeType {
  private DequeType() {}

  /** A dequeobject: its items left to right, maxlen (-1: unbounded), and the mutation state iterators check. */
  static final class PyDeque extends PyObject {
    final ArrayList<PyObject> items = new ArrayList<>();
    long maxlen = -1;
    long state;

    PyDeque(PyType type) {
      super(type);
    }

    @Override
    public boolean isGcType() {
      return true;
    }

    @Override
    public boolean weakrefable() {
      return true;
    }

    @Override
    public void traverse(Visitor v) {
      for (PyObject o : items) {
        visit(v, o);
      }
    }

    /** deque_clear: empties the deque first, then releases the old items left to right. */
    @Override
    public void clear(Heap heap) {
      if (items.isEmpty()) {
        return;
      }
      ArrayList<PyObject> old = new ArrayList<>(items);
      items.clear();
      state++;
      for (PyObject o : old) {
        heap.decref(o);
      }
    }

    @Override
    public void releaseContents(Heap heap) {
      clear(heap);
    }
  }

  static PyType install(Interp in) {
    PyType t = NativeModule.newType(in, "deque");
    NativeModule.constructor(in, t, (i, a, k) -> newDeque(i, t, a, k));
    t.slots.len = (i, o) -> ((PyDeque) o).items.size();
    t.slots.truthy = (i, o) -> !((PyDeque) o).items.isEmpty();
    PyType iterType = NativeModule.newType(in, "_deque_iterator");
    iterType.slots.iter = (i, o) -> i.heap.incref(o);
    iterType.slots.next = (i, o) -> ((PyNativeIterator) o).step.next((PyNativeIterator) o);
    t.slots.iter = (i, o) -> iterator(i, iterType, (PyDeque) o);
    t.slots.contains = (i, o, x) -> contains(i, (PyDeque) o, x);
    t.slots.getitem = (i, o, key) -> i.heap.incref(((PyDeque) o).items.get(index(i, (PyDeque) o, key)));
    t.slots.setitem = (i, o, key, v) -> {
      PyDeque d = (PyDeque) o;
      PyObject old = d.items.set(index(i, d, key), i.heap.incref(v));
      i.heap.decref(old);
    };
    t.slots.delitem = (i, o, key) -> {
      PyDeque d = (PyDeque) o;
      PyObject old = d.items.remove(index(i, d, key));
      d.state++;
      i.heap.decref(old);
    };
    t.slots.repr = DequeType::repr;
    t.slots.richcompare = DequeType::richcompare;
    var plain = t.slots.getattr;
    t.slots.getattr = (i, o, name) -> name.equals("maxlen")
        ? (((PyDeque) o).maxlen < 0 ? i.none() : i.newInt(((PyDeque) o).maxlen)) : plain.get(i, o, name);
    methods(in, t);
    return t;
  }

  private static PyObject newDeque(Interp in, PyType t, PyObject[] a, PyTuple k) {
    int npos = Args.positional(a, k);
    PyObject iterable = npos > 0 ? a[0] : Args.keyword(a, k, "iterable");
    PyObject maxlen = npos > 1 ? a[1] : Args.keyword(a, k, "maxlen");
    PyDeque d = in.heap.register(new PyDeque(t));
    if (maxlen != null && !(maxlen instanceof PyNone)) {
      d.maxlen = ((PyInt) maxlen).small;
      if (d.maxlen < 0) {
        in.heap.decref(d);
        throw in.error("ValueError", "maxlen must be non-negative");
      }
    }
    if (iterable != null) {
      try {
        extend(in, d, iterable, false);
      } catch (RuntimeException e) {
        in.heap.decref(d);
        throw e;
      }
    }
    return d;
  }

  /** deque_append_internal / appendleft: adds {@code item} (stolen), then trims the other end past maxlen. */
  static void add(Interp in, PyDeque d, PyObject item, boolean left) {
    if (d.maxlen == 0) {
      in.heap.decref(item);
      return;
    }
    if (left) {
      d.items.add(0, item);
    } else {
      d.items.add(item);
    }
    d.state++;
    if (d.maxlen >= 0 && d.items.size() > d.maxlen) {
      in.heap.decref(d.items.remove(left ? d.items.size() - 1 : 0));
    }
  }

  /** deque_extend: each item of the iterable added in turn (a deque extended by itself reads a copy). */
  static void extend(Interp in, PyDeque d, PyObject iterable, boolean left) {
    if (iterable == d) {
      for (PyObject o : new ArrayList<>(d.items)) {
        add(in, d, in.heap.incref(o), left);
      }
      return;
    }
    PyObject it = in.ops.iter(iterable);
    try {
      PyObject x;
      while ((x = in.ops.next(it)) != null) {
        add(in, d, x, left);
      }
    } finally {
      in.heap.decref(it);
    }
  }

  private static PyObject pop(Interp in, PyDeque d, boolean left) {
    if (d.items.isEmpty()) {
      throw in.error("IndexError", "pop from an empty deque");
    }
    d.state++;
    return d.items.remove(left ? 0 : d.items.size() - 1);
  }

  private static int index(Interp in, PyDeque d, PyObject key) {
    if (!(key instanceof PyInt n)) {
      throw in.error("TypeError", "sequence index must be integer, not '" + key.type.name + "'");
    }
    long i = n.small < 0 ? n.small + d.items.size() : n.small;
    if (i < 0 || i >= d.items.size()) {
      throw in.error("IndexError", "deque index out of range");
    }
    return (int) i;
  }

  /** The position of the first item equal to {@code x} (each held during its comparison), or -1. */
  private static int find(Interp in, PyDeque d, PyObject x) {
    long start = d.state;
    for (int i = 0; i < d.items.size(); i++) {
      PyObject item = in.heap.incref(d.items.get(i));
      boolean eq;
      try {
        eq = in.ops.equal(item, x);
      } finally {
        in.heap.decref(item);
      }
      if (d.state != start) {
        throw in.error("RuntimeError", "deque mutated during iteration");
      }
      if (eq) {
        return i;
      }
    }
    return -1;
  }

  private static boolean contains(Interp in, PyDeque d, PyObject x) {
    return find(in, d, x) >= 0;
  }

  /** dequeiter: {deque}, kept until the iterator dies; the counter is the next index. */
  private static PyObject iterator(Interp in, PyType iterType, PyDeque d) {
    long state = d.state;
    return in.heap.register(new PyNativeIterator(iterType, new PyObject[] {in.heap.incref(d)}, self -> {
      PyDeque dq = (PyDeque) self.refs[0];
      if (dq.state != state) {
        throw in.error("RuntimeError", "deque mutated during iteration");
      }
      if (self.counter >= dq.items.size()) {
        return null;
      }
      return in.heap.incref(dq.items.get((int) self.counter++));
    }));
  }

  private static String repr(Interp in, PyObject o) {
    PyDeque d = (PyDeque) o;
    StringBuilder sb = new StringBuilder("deque([");
    for (int i = 0; i < d.items.size(); i++) {
      sb.append(i > 0 ? ", " : "").append(in.ops.reprOf(d.items.get(i)));
    }
    sb.append(']');
    if (d.maxlen >= 0) {
      sb.append(", maxlen=").append(d.maxlen);
    }
    return sb.append(')').toString();
  }

  private static void methods(Interp in, PyType t) {
    method(in, t, "append", (i, a, k) -> {
      Args.count(i, "append", a, k, 2, 2);
      add(i, (PyDeque) a[0], i.heap.incref(a[1]), false);
      return i.none();
    });
    method(in, t, "appendleft", (i, a, k) -> {
      Args.count(i, "appendleft", a, k, 2, 2);
      add(i, (PyDeque) a[0], i.heap.incref(a[1]), true);
      return i.none();
    });
    method(in, t, "pop", (i, a, k) -> pop(i, (PyDeque) a[0], false));
    method(in, t, "popleft", (i, a, k) -> pop(i, (PyDeque) a[0], true));
    method(in, t, "extend", (i, a, k) -> {
      extend(i, (PyDeque) a[0], a[1], false);
      return i.none();
    });
    method(in, t, "extendleft", (i, a, k) -> {
      extend(i, (PyDeque) a[0], a[1], true);
      return i.none();
    });
    method(in, t, "clear", (i, a, k) -> {
      a[0].clear(i.heap);
      return i.none();
    });
    method(in, t, "rotate", (i, a, k) -> {
      PyDeque d = (PyDeque) a[0];
      long n = a.length > 1 ? ((PyInt) a[1]).small : 1;
      if (!d.items.isEmpty()) {
        java.util.Collections.rotate(d.items, (int) (n % d.items.size()));
        d.state++;
      }
      return i.none();
    });
    searchMethods(in, t);
  }

  /** remove, count, index and insert: the methods that compare or place by position. */
  private static void searchMethods(Interp in, PyType t) {
    method(in, t, "remove", (i, a, k) -> {
      PyDeque d = (PyDeque) a[0];
      int at = find(i, d, a[1]);
      if (at < 0) {
        throw i.error("ValueError", "deque.remove(x): x not in deque");
      }
      d.state++;
      i.heap.decref(d.items.remove(at));
      return i.none();
    });
    method(in, t, "count", (i, a, k) -> {
      PyDeque d = (PyDeque) a[0];
      long n = 0;
      for (PyObject o : new ArrayList<>(d.items)) {
        n += i.ops.equal(o, a[1]) ? 1 : 0;
      }
      return i.newInt(n);
    });
    method(in, t, "index", (i, a, k) -> {
      int at = find(i, (PyDeque) a[0], a[1]);
      if (at < 0) {
        throw i.error("ValueError", i.ops.reprOf(a[1]) + " is not in deque");
      }
      return i.newInt(at);
    });
    method(in, t, "insert", (i, a, k) -> {
      PyDeque d = (PyDeque) a[0];
      if (d.maxlen >= 0 && d.items.size() >= d.maxlen) {
        throw i.error("IndexError", "deque already at its maximum size");
      }
      long at = ((PyInt) a[1]).small;
      at = Math.max(0, Math.min(d.items.size(), at < 0 ? at + d.items.size() : at));
      d.items.add((int) at, i.heap.incref(a[2]));
      d.state++;
      return i.none();
    });
    method(in, t, "reverse", (i, a, k) -> {
      java.util.Collections.reverse(((PyDeque) a[0]).items);
      ((PyDeque) a[0]).state++;
      return i.none();
    });
    method(in, t, "copy", (i, a, k) -> copy(i, (PyDeque) a[0]));
    numberMethods(in, t);
  }

  /** deque_richcompare: another deque compares item by item as a sequence; anything else is NotImplemented. */
  private static PyObject richcompare(Interp in, PyObject self, PyObject other, String dunder) {
    if (!(other instanceof PyDeque o)) {
      return in.heap.incref(in.types.notImplemented());
    }
    io.lifeline.interpreter.bytecode.CompareOp op = null;
    for (io.lifeline.interpreter.bytecode.CompareOp c : io.lifeline.interpreter.bytecode.CompareOp.values()) {
      op = c.dunder.equals(dunder) ? c : op;
    }
    PyObject a = in.newTuple(((PyDeque) self).items.stream().map(in.heap::incref).toArray(PyObject[]::new));
    PyObject b = in.newTuple(o.items.stream().map(in.heap::incref).toArray(PyObject[]::new));
    try {
      return in.ops.compare(op, a, b);
    } finally {
      in.heap.decref(a);
      in.heap.decref(b);
    }
  }

  private static PyDeque copy(Interp in, PyDeque d) {
    PyDeque c = in.heap.register(new PyDeque(d.type));
    c.maxlen = d.maxlen;
    for (PyObject o : d.items) {
      c.items.add(in.heap.incref(o));
    }
    return c;
  }

  /** deque_concat (a copy extended by another deque), deque_inplace_concat, deque_repeat, deque_inplace_repeat. */
  private static void numberMethods(Interp in, io.lifeline.interpreter.object.PyType t) {
    method(in, t, "__add__", (i, a, k) -> {
      if (!(a[1] instanceof PyDeque)) {
        throw i.error("TypeError", i.policies.reclaim() == io.lifeline.interpreter.vm.Policies.Reclaim.TRACING
            ? "'collections.deque' object expected, got '" + a[1].type.name + "' instead" // PyPy's app-level deque
            : "can only concatenate deque (not \"" + a[1].type.name + "\") to deque");
      }
      PyDeque c = copy(i, (PyDeque) a[0]);
      try {
        extend(i, c, a[1], false);
      } catch (RuntimeException e) {
        i.heap.decref(c);
        throw e;
      }
      return c;
    });
    method(in, t, "__iadd__", (i, a, k) -> {
      extend(i, (PyDeque) a[0], a[1], false);
      return i.heap.incref(a[0]);
    });
    method(in, t, "__mul__", (i, a, k) -> {
      PyDeque c = copy(i, (PyDeque) a[0]);
      repeat(i, c, a[1]);
      return c;
    });
    method(in, t, "__imul__", (i, a, k) -> {
      repeat(i, (PyDeque) a[0], a[1]);
      return i.heap.incref(a[0]);
    });
  }

  private static void repeat(Interp in, PyDeque d, PyObject n) {
    if (!(n instanceof PyInt count)) {
      throw in.error("TypeError", "can't multiply sequence by non-int of type '" + n.type.name + "'");
    }
    java.util.List<PyObject> once = new java.util.ArrayList<>(d.items);
    if (count.small <= 0) {
      d.items.clear();
      d.state++;
      once.forEach(in.heap::decref);
      return;
    }
    for (long r = 1; r < count.small; r++) {
      for (PyObject o : once) { // deque_inplace_repeat appends, dropping from the left past maxlen
        d.items.add(in.heap.incref(o));
        if (d.maxlen >= 0 && d.items.size() > d.maxlen) {
          in.heap.decref(d.items.remove(0));
        }
      }
    }
    d.state++;
  }
}
