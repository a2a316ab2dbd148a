package io.lifeline.interpreter.modules;

import io.lifeline.interpreter.builtins.Args;
import io.lifeline.interpreter.memory.Heap;
import io.lifeline.interpreter.object.PyContainer;
import io.lifeline.interpreter.object.PyDict;
import io.lifeline.interpreter.object.PyFunction;
import io.lifeline.interpreter.object.PyInt;
import io.lifeline.interpreter.object.PyModule;
import io.lifeline.interpreter.object.PyNone;
import io.lifeline.interpreter.object.PyObject;
import io.lifeline.interpreter.object.PyTuple;
import io.lifeline.interpreter.object.PyType;
import io.lifeline.interpreter.object.Weakrefable;
import io.lifeline.interpreter.vm.Interp;
import io.lifeline.interpreter.vm.PyException;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code _functools._lru_cache_wrapper} (Modules/_functoolsmodule.c's lru_cache_object), what functools.py's
 * {@code lru_cache} and {@code cache} wrap a function in on the CPython models. The cache keeps every key and result
 * alive until {@code cache_clear()} or the wrapper's death. A key is the single argument itself when it is an exact
 * int or str, else a tuple of the arguments (then the keyword mark and each keyword's name and value), as
 * lru_cache_make_key builds it. Unbounded ({@code maxsize=None}): cache_clear releases each key, then its result, in
 * insertion order (PyDict_Clear). Bounded: hits move an entry to the most recent end, and cache_clear releases each
 * entry's key, then result, least recently used first (lru_cache_clear_list); an eviction (more distinct calls than
 * maxsize), {@code typed=True}, {@code cache_info()} and binding as a method (a function defined in a class body)
 * are not modelled yet: each is a located unsupported error.
 */
final class LruCacheWrapper extends PyContainer implements Weakrefable {
  PyObject func;
  PyDict cache;
  PyDict dict;
  final long maxsize;
  /** Bounded caches: the keys (borrowed from the cache) least recently used first. */
  final List<PyObject> recency = new ArrayList<>();

  private LruCacheWrapper(PyType type, long maxsize) {
    super(type);
    this.maxsize = maxsize;
  }

  @Override
  protected void fields(Refs refs) {
    cache = refs.field(cache);
    func = refs.field(func);
    dict = refs.field(dict);
  }

  /**
   * lru_cache_tp_clear: the cache (emptied entry by entry first: the bounded list's entries go with it here), then
   * the function and the dict.
   */
  @Override
  public void clear(Heap heap) {
    PyDict c = cache;
    cache = null;
    if (c != null) {
      clearEntries(heap, c);
      heap.decref(c);
    }
    super.clear(heap);
  }

  /** cache_clear's releases: insertion order unbounded, least recently used first bounded; key, then result. */
  private void clearEntries(Heap heap, PyDict c) {
    if (maxsize < 0) {
      c.clear(heap);
      return;
    }
    List<PyObject> order = new ArrayList<>(recency);
    recency.clear();
    for (PyObject key : order) {
      c.remove(heap, key);
    }
  }

  /** Adds {@code _lru_cache_wrapper} to {@code _functools}. */
  static void install(Interp in, PyModule m) {
    PyType type = NativeModule.newType(in, "_lru_cache_wrapper");
    PyObject kwdMark = in.newInstance(in.types.object);
    NativeModule.put(in, m, "_lru_cache_wrapper_kwd_mark", kwdMark);
    NativeModule.constructor(in, type, (i, a, k) -> {
      Args.count(i, "_lru_cache_wrapper", a, k, 4, 4);
      if (i.ops.truthy(a[2])) {
        throw i.unsupported("functools.lru_cache(typed=True)");
      }
      if (a[0] instanceof PyFunction f && definedInClassBody(f.qualname)) {
        throw i.unsupported("functools.lru_cache on a method (binding the C wrapper as a method)");
      }
      long maxsize = a[1] instanceof PyNone ? -1 : Math.max(0, ((PyInt) a[1]).toBig().longValue());
      LruCacheWrapper w = i.heap.register(new LruCacheWrapper(type, maxsize));
      w.func = i.heap.incref(a[0]);
      w.cache = i.newDict();
      return w;
    });
    type.slots.call = (i, self, a, k) -> ((LruCacheWrapper) self).call(i, a, k, kwdMark);
    type.slots.callable = (i, o) -> true;
    type.slots.getattr = LruCacheWrapper::getattr;
    type.slots.setattr = (i, o, name, v) -> dictOf(i, (LruCacheWrapper) o).put(i.heap, i.key(name), i.heap.incref(v));
    NativeModule.method(in, type, "cache_clear", (i, a, k) -> {
      LruCacheWrapper w = (LruCacheWrapper) a[0];
      w.clearEntries(i.heap, w.cache);
      return i.none();
    });
    NativeModule.method(in, type, "cache_info", (i, a, k) -> {
      throw i.unsupported("functools.lru_cache's cache_info()");
    });
    NativeModule.put(in, m, "_lru_cache_wrapper", type);
  }

  /** Whether a function of this qualname was defined in a class body ({@code C.f}, not {@code g.<locals>.f}). */
  static boolean definedInClassBody(String qualname) {
    int dot = qualname.lastIndexOf('.');
    return dot > 0 && !qualname.substring(0, dot).endsWith("<locals>");
  }

  private PyObject call(Interp in, PyObject[] a, PyTuple kwnames, PyObject kwdMark) {
    Heap heap = in.heap;
    PyObject key = makeKey(in, a, kwnames, kwdMark);
    PyObject hit = cache.get(key);
    if (hit != null) {
      if (maxsize >= 0) {
        PyObject stored = storedKey(in, key);
        recency.remove(stored);
        recency.add(stored);
      }
      heap.decref(key);
      return heap.incref(hit);
    }
    PyObject result;
    try {
      result = in.ops.call(func, a, kwnames);
    } catch (PyException e) {
      heap.decref(key);
      throw e;
    }
    if (maxsize >= 0 && cache.size() >= maxsize) {
      heap.decref(key);
      heap.decref(result);
      throw in.unsupported("functools.lru_cache eviction (a full cache of maxsize " + maxsize + ")");
    }
    if (cache.get(key) == null) {
      cache.put(heap, key, heap.incref(result));
      if (maxsize >= 0) {
        recency.add(key);
      }
    } else {
      heap.decref(key);
    }
    return result;
  }

  /** The key object the cache holds for a key equal to {@code key} (dict lookup's identity-or-equality). */
  private PyObject storedKey(Interp in, PyObject key) {
    for (PyObject k : recency) {
      if (k == key || in.ops.equal(k, key)) {
        return k;
      }
    }
    return key;
  }

  /** lru_cache_make_key without typed: the lone exact int or str argument, else a new tuple. */
  private static PyObject makeKey(Interp in, PyObject[] a, PyTuple kwnames, PyObject kwdMark) {
    Heap heap = in.heap;
    int npos = Args.positional(a, kwnames);
    int nkw = a.length - npos;
    if (nkw == 0 && npos == 1 && (a[0].type == in.types.str || a[0].type == in.types.intType)) {
      return heap.incref(a[0]);
    }
    PyObject[] items = new PyObject[npos + (nkw == 0 ? 0 : 1 + 2 * nkw)];
    for (int j = 0; j < npos; j++) {
      items[j] = heap.incref(a[j]);
    }
    if (nkw > 0) {
      items[npos] = heap.incref(kwdMark);
      for (int j = 0; j < nkw; j++) {
        items[npos + 1 + 2 * j] = heap.incref(kwnames.items[j]);
        items[npos + 2 + 2 * j] = heap.incref(a[npos + j]);
      }
    }
    return in.newTuple(items);
  }

  private static PyObject getattr(Interp in, PyObject self, String name) {
    LruCacheWrapper w = (LruCacheWrapper) self;
    if (name.equals("__dict__")) {
      return in.heap.incref(dictOf(in, w));
    }
    if (w.dict != null) {
      PyObject v = w.dict.getStr(name);
      if (v != null) {
        return in.heap.incref(v);
      }
    }
    return in.ops.genericGetattr(self, name);
  }

  private static PyDict dictOf(Interp in, LruCacheWrapper w) {
    if (w.dict == null) {
      w.dict = in.newDict();
    }
    return w.dict;
  }
}
