package io.lifeline.interpreter.modules;

import io.lifeline.interpreter.builtins.Args;
import io.lifeline.interpreter.memory.Heap;
import io.lifeline.interpreter.object.PyModule;
import io.lifeline.interpreter.object.PyNativeIterator;
import io.lifeline.interpreter.object.PyNone;
import io.lifeline.interpreter.object.PyObject;
import io.lifeline.interpreter.object.PyTuple;
import io.lifeline.interpreter.object.PyType;
import io.lifeline.interpreter.vm.Interp;

/**
 * itertools' iterators that share state between objects: groupby with its _grouper objects, and tee with the
 * linked teedataobjects (57 items each) its iterators read. A groupby keeps the current key and value (and the
 * group's target key) until the next step; a tee link keeps every item it read until the last tee reading it moves
 * past the link.
 */
final class ItertoolsGrouping {
  private ItertoolsGrouping() {}

  /** teedataobject's LINKCELLS. */
  static final int LINKCELLS = 57;

  /** A teedataobject: {it, values[0..numread), nextlink}, released in that order (teedataobject_clear). */
  static final class TeeData extends PyObject {
    PyObject it;
    final PyObject[] values = new PyObject[LINKCELLS];
    int numread;
    boolean running;
    TeeData nextlink;

    TeeData(PyType type, PyObject it) {
      super(type);
      this.it = it;
    }

    @Override
    public boolean isGcType() {
      return true;
    }

    @Override
    public void traverse(Visitor v) {
      visit(v, it);
      for (int i = 0; i < numread; i++) {
        visit(v, values[i]);
      }
      visit(v, nextlink);
    }

    @Override
    public void clear(Heap heap) {
      PyObject o = it;
      it = null;
      heap.xdecref(o);
      for (int i = 0; i < numread; i++) {
        o = values[i];
        values[i] = null;
        heap.xdecref(o);
      }
      o = nextlink;
      nextlink = null;
      heap.xdecref(o);
    }

    @Override
    public void releaseContents(Heap heap) {
      clear(heap);
    }
  }

  static void install(Interp in, PyModule m) {
    PyType grouper = NativeModule.newType(in, "_grouper");
    ItertoolsModule.type(in, m, "groupby", (i, t, a, k) -> groupby(i, t, grouper, a, k));
    grouper.slots.iter = (i, o) -> i.heap.incref(o);
    grouper.slots.next = (i, o) -> ((PyNativeIterator) o).step.next((PyNativeIterator) o);
    PyType teeData = NativeModule.newType(in, "_tee_dataobject");
    PyType tee = NativeModule.newType(in, "_tee");
    tee.slots.iter = (i, o) -> i.heap.incref(o);
    tee.slots.next = (i, o) -> ((PyNativeIterator) o).step.next((PyNativeIterator) o);
    NativeModule.method(in, tee, "__copy__", (i, a, k) -> teeCopy(i, (PyNativeIterator) a[0]));
    NativeModule.put(in, m, "_grouper", grouper);
    NativeModule.put(in, m, "_tee", tee);
    NativeModule.put(in, m, "_tee_dataobject", teeData);
    NativeModule.function(in, m, "tee", (i, a, k) -> teeFunction(i, tee, teeData, a, k));
  }

  // ---------------------------------------------------------------- groupby

  /** groupby(iterable, key=None): {it, keyfunc, tgtkey, currkey, currvalue}; the current grouper is borrowed. */
  private static PyObject groupby(Interp in, PyType t, PyType grouper, PyObject[] a, PyTuple k) {
    int npos = Args.positional(a, k);
    PyObject key = npos > 1 ? a[1] : Args.keyword(a, k, "key");
    PyObject source = npos > 0 ? a[0] : Args.keyword(a, k, "iterable");
    PyObject keyfunc = in.heap.incref(key == null ? in.none() : key);
    PyObject it = in.ops.iterOrRelease(source, keyfunc);
    PyObject[] current = new PyObject[1];
    return ItertoolsModule.iterator(in, t, new PyObject[] {it, keyfunc, null, null, null},
        self -> groupbyNext(in, self, current, grouper));
  }

  /** groupby_step: the next value and its key; the old key dies, then the old value. */
  private static boolean step(Interp in, PyNativeIterator g) {
    PyObject value = in.ops.next(g.refs[0]);
    if (value == null) {
      return false;
    }
    PyObject key;
    if (g.refs[1] instanceof PyNone) {
      key = in.heap.incref(value);
    } else {
      try {
        key = in.ops.call(g.refs[1], new PyObject[] {value}, null);
      } catch (RuntimeException e) {
        in.heap.decref(value);
        throw e;
      }
    }
    PyObject oldValue = g.refs[4];
    g.refs[4] = value;
    PyObject oldKey = g.refs[3];
    g.refs[3] = key;
    in.heap.xdecref(oldKey);
    in.heap.xdecref(oldValue);
    return true;
  }

  private static PyObject groupbyNext(Interp in, PyNativeIterator g, PyObject[] current, PyType grouperType) {
    current[0] = null;
    while (true) {
      if (g.refs[3] != null && (g.refs[2] == null || !in.ops.equal(g.refs[2], g.refs[3]))) {
        break;
      }
      if (!step(in, g)) {
        return null;
      }
    }
    PyObject oldTarget = g.refs[2];
    g.refs[2] = in.heap.incref(g.refs[3]);
    in.heap.xdecref(oldTarget);
    PyObject[] refs = {in.heap.incref(g), in.heap.incref(g.refs[2])};
    PyNativeIterator grouper = ItertoolsModule.iterator(in, grouperType, refs, gr -> grouperNext(in, gr, g, current));
    current[0] = grouper;
    return in.newTuple(in.heap.incref(g.refs[3]), grouper);
  }

  /** _grouper_next: the parent's current value while its key equals the group's; it leaves the parent. */
  private static PyObject grouperNext(Interp in, PyNativeIterator gr, PyNativeIterator g, PyObject[] current) {
    if (current[0] != gr) {
      return null;
    }
    if (g.refs[4] == null && !step(in, g)) {
      return null;
    }
    if (!in.ops.equal(gr.refs[1], g.refs[3])) {
      return null;
    }
    PyObject r = g.refs[4];
    g.refs[4] = null;
    ItertoolsModule.clearRef(in, g, 3);
    return r;
  }

  // ---------------------------------------------------------------- tee

  /** tee(iterable, n=2): a tuple of n tee iterators over one chain of links (a tee argument is copied). */
  private static PyObject teeFunction(Interp in, PyType tee, PyType teeData, PyObject[] a, PyTuple k) {
    Args.count(in, "tee", a, k, 1, 2);
    long n = a.length > 1 ? ItertoolsModule.index(in, a[1], "integer argument expected") : 2;
    if (n < 0) {
      throw in.error("ValueError", "n must be >= 0");
    }
    if (n == 0) {
      return in.newTuple();
    }
    PyObject it = in.ops.iter(a[0]);
    PyNativeIterator first;
    if (it.type == tee) {
      first = (PyNativeIterator) it;
    } else {
      try {
        first = newTee(in, tee, in.heap.register(new TeeData(teeData, in.heap.incref(it))), 0);
      } finally {
        in.heap.decref(it);
      }
    }
    PyObject[] items = new PyObject[(int) n];
    items[0] = first;
    for (int x = 1; x < n; x++) {
      items[x] = teeCopy(in, first);
    }
    return in.newTuple(items);
  }

  /** A tee iterator reading {@code data} (stolen) from {@code index}: {dataobj}, the counter is the index. */
  private static PyNativeIterator newTee(Interp in, PyType tee, TeeData data, long index) {
    PyNativeIterator t = ItertoolsModule.iterator(in, tee, new PyObject[] {data}, self -> teeNext(in, self));
    t.counter = index;
    return t;
  }

  private static PyObject teeCopy(Interp in, PyNativeIterator t) {
    return newTee(in, t.type, in.heap.incref((TeeData) t.refs[0]), t.counter);
  }

  /** tee_next: past a full link it moves to the next one (dropping its reference to the old link). */
  private static PyObject teeNext(Interp in, PyNativeIterator t) {
    TeeData data = (TeeData) t.refs[0];
    if (t.counter >= LINKCELLS) {
      if (data.nextlink == null) {
        data.nextlink = in.heap.register(new TeeData(data.type, in.heap.incref(data.it)));
      }
      t.refs[0] = in.heap.incref(data.nextlink);
      in.heap.decref(data);
      data = (TeeData) t.refs[0];
      t.counter = 0;
    }
    int i = (int) t.counter;
    PyObject value;
    if (i < data.numread) {
      value = data.values[i];
    } else {
      if (data.running) {
        throw in.error("RuntimeError", "cannot re-enter the tee iterator");
      }
      data.running = true;
      try {
        value = in.ops.next(data.it);
      } finally {
        data.running = false;
      }
      if (value == null) {
        return null;
      }
      data.values[data.numread++] = value;
    }
    t.counter++;
    return in.heap.incref(value);
  }
}
