package io.lifeline.interpreter.modules;

import io.lifeline.interpreter.vm.Policies;
import io.lifeline.interpreter.builtins.Args;
import io.lifeline.interpreter.memory.Heap;
import io.lifeline.interpreter.object.PyContainer;
import io.lifeline.interpreter.object.PyDict;
import io.lifeline.interpreter.object.PyModule;
import io.lifeline.interpreter.object.PyObject;
import io.lifeline.interpreter.object.PyStr;
import io.lifeline.interpreter.object.PyTuple;
import io.lifeline.interpreter.object.PyType;
import io.lifeline.interpreter.object.Weakrefable;
import io.lifeline.interpreter.vm.Interp;
import io.lifeline.interpreter.vm.PyException;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code _functools} (CPython's Modules/_functoolsmodule.c): the C halves of {@code functools}, {@code partial} and
 * {@code reduce}, which functools.py beside this class imports over its Python versions. PyPy has no
 * {@code _functools} (its functools.py keeps the Python partial and reduce), so under {@code reclaim=tracing} the
 * import fails as on PyPy and functools.py keeps its own.
 */
public final class FunctoolsModule implements NativeModule {
  /**
   * A partialobject: {@code fn}, {@code args} (a tuple), {@code kw} (a dict) and the {@code __dict__} made on the
   * first attribute store; GC-tracked, weakrefable. partial_clear drops them in that order, and partial_dealloc is
   * partial_clear.
   */
  static final class PyPartial extends PyContainer implements Weakrefable {
    PyObject fn;
    PyTuple args;
    PyDict kw;
    PyDict dict;

    PyPartial(PyType type) {
      super(type);
    }

    @Override
    protected void fields(Refs refs) {
      fn = refs.field(fn);
      args = refs.field(args);
      kw = refs.field(kw);
      dict = refs.field(dict);
    }
  }

  @Override
  public void exec(Interp in, PyModule m) {
    if (in.policies.reclaim() == Policies.Reclaim.TRACING) {
      throw in.error("ModuleNotFoundError", "No module named '_functools'");
    }
    PyType partial = NativeModule.newType(in, "partial");
    NativeModule.constructor(in, partial, (i, a, k) -> newPartial(i, partial, a, k));
    partial.slots.call = FunctoolsModule::callPartial;
    partial.slots.callable = (i, o) -> true;
    partial.slots.repr = FunctoolsModule::reprPartial;
    partial.slots.getattr = FunctoolsModule::getattrPartial;
    partial.slots.setattr = (i, o, name, v) -> {
      PyPartial p = (PyPartial) o;
      if (name.equals("func") || name.equals("args") || name.equals("keywords")) {
        throw i.error("AttributeError", "readonly attribute");
      }
      if (p.dict == null) {
        p.dict = i.newDict();
      }
      p.dict.put(i.heap, i.key(name), i.heap.incref(v));
    };
    NativeModule.put(in, m, "partial", partial);
    NativeModule.function(in, m, "reduce", FunctoolsModule::reduce);
    LruCacheWrapper.install(in, m);
  }

  /**
   * partial_new: a partial of a partial without a {@code __dict__} flattens (its fn, its args followed by the new
   * ones in a new tuple, a copy of its keywords updated by the new ones); otherwise the new arguments' tuple and a
   * new keyword dict.
   */
  private static PyObject newPartial(Interp in, PyType type, PyObject[] a, PyTuple kwnames) {
    Heap heap = in.heap;
    int npos = Args.positional(a, kwnames);
    if (npos < 1) {
      throw in.error("TypeError", "type 'partial' takes at least one argument");
    }
    PyObject func = a[0];
    if (!in.ops.isCallable(func)) {
      throw in.error("TypeError", "the first argument must be callable");
    }
    PyTuple innerArgs = null;
    PyDict innerKw = null;
    if (func instanceof PyPartial inner && inner.dict == null) {
      innerArgs = inner.args;
      innerKw = inner.kw;
      func = inner.fn;
    }
    PyPartial p = heap.register(new PyPartial(type));
    p.fn = heap.incref(func);
    int before = innerArgs == null ? 0 : innerArgs.size();
    PyObject[] items = new PyObject[before + npos - 1];
    for (int j = 0; j < before; j++) {
      items[j] = heap.incref(innerArgs.items[j]);
    }
    for (int j = 1; j < npos; j++) {
      items[before + j - 1] = heap.incref(a[j]);
    }
    p.args = in.newTuple(items);
    p.kw = in.newDict();
    if (innerKw != null) {
      for (PyDict.Entry e : innerKw.entries()) {
        p.kw.put(heap, heap.incref(e.key), heap.incref(e.value));
      }
    }
    for (int j = 0; kwnames != null && j < kwnames.size(); j++) {
      p.kw.put(heap, heap.incref(kwnames.items[j]), heap.incref(a[npos + j]));
    }
    return p;
  }

  /**
   * partial_vectorcall: without stored keywords the call passes the stored and the new arguments borrowed; with
   * them it is partial_call, whose argument tuple and keyword dict (stored keywords first, overridden by the
   * call's) hold their items until the call returns, released tuple first (last item first), then the dict.
   */
  private static PyObject callPartial(Interp in, PyObject self, PyObject[] a, PyTuple kwnames) {
    PyPartial p = (PyPartial) self;
    Heap heap = in.heap;
    int npos = Args.positional(a, kwnames);
    int stored = p.args.size();
    if (p.kw.size() == 0) {
      PyObject[] all = new PyObject[stored + a.length];
      System.arraycopy(p.args.items, 0, all, 0, stored);
      System.arraycopy(a, 0, all, stored, a.length);
      return in.ops.call(p.fn, all, kwnames);
    }
    List<PyObject> names = new ArrayList<>();
    List<PyObject> values = new ArrayList<>();
    for (PyDict.Entry e : p.kw.entries()) {
      names.add(e.key);
      values.add(e.value);
    }
    for (int j = 0; kwnames != null && j < kwnames.size(); j++) {
      String name = ((PyStr) kwnames.items[j]).value;
      int at = -1;
      for (int n = 0; n < names.size(); n++) {
        if (((PyStr) names.get(n)).value.equals(name)) {
          at = n;
        }
      }
      if (at >= 0) {
        values.set(at, a[npos + j]);
      } else {
        names.add(kwnames.items[j]);
        values.add(a[npos + j]);
      }
    }
    PyObject[] all = new PyObject[stored + npos + values.size()];
    System.arraycopy(p.args.items, 0, all, 0, stored);
    System.arraycopy(a, 0, all, stored, npos);
    for (int j = 0; j < values.size(); j++) {
      all[stored + npos + j] = values.get(j);
    }
    for (PyObject o : all) {
      heap.incref(o);
    }
    PyObject[] nameItems = new PyObject[names.size()];
    for (int j = 0; j < nameItems.length; j++) {
      nameItems[j] = heap.incref(names.get(j));
    }
    PyTuple callNames = in.newTuple(nameItems);
    try {
      return in.ops.call(p.fn, all, callNames);
    } finally {
      for (int j = stored + npos - 1; j >= 0; j--) {
        heap.decref(all[j]);
      }
      for (int j = stored + npos; j < all.length; j++) {
        heap.decref(all[j]);
      }
      heap.decref(callNames);
    }
  }

  /** partial_repr: {@code functools.partial(fn, args..., k=v...)}. */
  private static String reprPartial(Interp in, PyObject self) {
    PyPartial p = (PyPartial) self;
    StringBuilder s = new StringBuilder("functools.partial(").append(in.ops.reprOf(p.fn));
    for (PyObject o : p.args.items) {
      s.append(", ").append(in.ops.reprOf(o));
    }
    for (PyDict.Entry e : p.kw.entries()) {
      s.append(", ").append(((PyStr) e.key).value).append('=').append(in.ops.reprOf(e.value));
    }
    return s.append(')').toString();
  }

  /** The members func, args and keywords, {@code __dict__}, then the generic lookup. */
  private static PyObject getattrPartial(Interp in, PyObject self, String name) {
    PyPartial p = (PyPartial) self;
    Heap heap = in.heap;
    switch (name) {
      case "func":
        return heap.incref(p.fn);
      case "args":
        return heap.incref(p.args);
      case "keywords":
        return heap.incref(p.kw);
      case "__dict__":
        if (p.dict == null) {
          p.dict = in.newDict();
        }
        return heap.incref(p.dict);
      default:
        break;
    }
    if (p.dict != null) {
      PyObject v = p.dict.getStr(name);
      if (v != null) {
        return heap.incref(v);
      }
    }
    return in.ops.genericGetattr(self, name);
  }

  /**
   * functools_reduce: one two-item argument tuple reused for every call, so the previous accumulator and item are
   * released when the next pair is stored (after the next item was fetched), the last pair when the tuple dies,
   * before the iterator; the caller keeps {@code initial}.
   */
  private static PyObject reduce(Interp in, PyObject[] a, PyTuple k) {
    Args.count(in, "reduce", a, k, 2, 3);
    Heap heap = in.heap;
    PyObject it = in.ops.iter(a[1]);
    PyObject result = a.length > 2 ? heap.incref(a[2]) : null;
    PyObject[] pair = new PyObject[2];
    try {
      for (PyObject item = in.ops.next(it); item != null; item = in.ops.next(it)) {
        if (result == null) {
          result = item;
          continue;
        }
        PyObject old0 = pair[0];
        pair[0] = result;
        result = null;
        heap.xdecref(old0);
        PyObject old1 = pair[1];
        pair[1] = item;
        heap.xdecref(old1);
        result = in.ops.call(a[0], pair, null);
      }
    } catch (PyException e) {
      heap.xdecref(result);
      release(heap, pair);
      heap.decref(it);
      throw e;
    }
    release(heap, pair);
    if (result == null) {
      heap.decref(it);
      throw in.error("TypeError", "reduce() of empty iterable with no initial value");
    }
    heap.decref(it);
    return result;
  }

  /** A tuple's dealloc: last item first. */
  private static void release(Heap heap, PyObject[] pair) {
    heap.xdecref(pair[1]);
    pair[1] = null;
    heap.xdecref(pair[0]);
    pair[0] = null;
  }
}
