package io.lifeline.interpreter.modules;

import io.lifeline.interpreter.builtins.Args;
import io.lifeline.interpreter.memory.Heap;
import io.lifeline.interpreter.object.PyContainer;
import io.lifeline.interpreter.object.PyDict;
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
 * lru_cache_make_key builds it ({@code typed=True}: then the type of each argument and keyword value). Unbounded
 * ({@code maxsize=None}): cache_clear releases each key, then its result, in insertion order (PyDict_Clear).
 * Bounded: hits move an entry to the most recent end, and cache_clear releases each entry's key, then result, least
 * recently used first (lru_cache_clear_list); a miss on a full cache calls the function first, then stores the new
 * entry and releases the least recently used key, then its result (bounded_lru_cache_wrapper reuses the old link).
 * {@code maxsize=0} only counts misses. Found on a class, the wrapper binds as a method (lru_cache_descr_get);
 * {@code cache_info()} calls the CacheInfo factory functools.py passes with hits, misses, maxsize and size.
 */
final class LruCacheWrapper extends PyContainer implements Weakrefable {
  PyObject func;
  PyDict cache;
  PyDict dict;
  /** functools' CacheInfo factory, called by cache_info(). */
  PyObject cacheInfoType;
  final long maxsize;
  final boolean typed;
  long hits;
  long misses;
  /** Bounded caches: the keys (borrowed from the cache) least recently used first. */
  final List<PyObject> recency = new ArrayList<>();

  private LruCacheWrapper(PyType type, long maxsize, boolean typed) {
    super(type);
    this.maxsize = maxsize;
    this.typed = typed;
  }

  @Override
  protected void fields(Refs refs) {
    cache = refs.field(cache);
    func = refs.field(func);
    dict = refs.field(dict);
    cacheInfoType = refs.field(cacheInfoType);
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
      long maxsize = a[1] instanceof PyNone ? -1 : Math.max(0, ((PyInt) a[1]).toBig().longValue());
      LruCacheWrapper w = i.heap.register(new LruCacheWrapper(type, maxsize, i.ops.truthy(a[2])));
      w.func = i.heap.incref(a[0]);
      w.cache = i.newDict();
      w.cacheInfoType = i.heap.incref(a[3]);
      return w;
    });
    type.slots.call = (i, self, a, k) -> ((LruCacheWrapper) self).call(i, a, k, kwdMark);
    type.slots.descrGet = (i, self, obj, owner) -> obj == null || obj instanceof PyNone
        ? i.heap.incref(self) : i.newMethod(self, obj);
    type.slots.callable = (i, o) -> true;
    type.slots.getattr = LruCacheWrapper::getattr;
    type.slots.setattr = (i, o, name, v) -> dictOf(i, (LruCacheWrapper) o).put(i.heap, i.key(name), i.heap.incref(v));
    NativeModule.method(in, type, "cache_clear", (i, a, k) -> {
      LruCacheWrapper w = (LruCacheWrapper) a[0];
      w.hits = 0;
      w.misses = 0;
      w.clearEntries(i.heap, w.cache);
      return i.none();
    });
    NativeModule.method(in, type, "cache_info", (i, a, k) -> ((LruCacheWrapper) a[0]).cacheInfo(i));
    NativeModule.put(in, m, "_lru_cache_wrapper", type);
  }

  private PyObject call(Interp in, PyObject[] a, PyTuple kwnames, PyObject kwdMark) {
    Heap heap = in.heap;
    if (maxsize == 0) {
      misses++;
      return in.ops.call(func, a, kwnames);
    }
    PyObject key = makeKey(in, a, kwnames, kwdMark, typed);
    PyDict.Entry hit = cache.entry(key);
    if (hit != null) {
      if (maxsize > 0) {
        moveToEnd(hit.key);
      }
      hits++;
      heap.decref(key);
      return heap.incref(hit.value);
    }
    misses++;
    PyObject result;
    try {
      result = in.ops.call(func, a, kwnames);
    } catch (PyException e) {
      heap.decref(key);
      throw e;
    }
    if (cache.entry(key) != null) {
      heap.decref(key);
      return result;
    }
    cache.put(heap, key, heap.incref(result));
    if (maxsize > 0) {
      recency.add(key);
      if (cache.size() > maxsize) {
        // The new entry is stored before the oldest key, then its result, is released.
        cache.remove(heap, recency.remove(0));
      }
    }
    return result;
  }

  /** lru_cache_extract_link then lru_cache_append_link: {@code stored} becomes the most recently used. */
  private void moveToEnd(PyObject stored) {
    for (int j = 0; j < recency.size(); j++) {
      if (recency.get(j) == stored) {
        recency.remove(j);
        break;
      }
    }
    recency.add(stored);
  }

  /** lru_cache_cache_info: {@code CacheInfo(hits, misses, maxsize or None, currsize)}. */
  private PyObject cacheInfo(Interp in) {
    PyObject[] args = {in.newInt(hits), in.newInt(misses), maxsize < 0 ? in.none() : in.newInt(maxsize),
        in.newInt(cache.size())};
    try {
      return in.ops.call(cacheInfoType, args, null);
    } finally {
      for (PyObject o : args) {
        in.heap.decref(o);
      }
    }
  }

  /**
   * lru_cache_make_key: without typed or keywords the lone exact int or str argument, else a new tuple of the
   * arguments, the keyword mark with each keyword's name and value, then (typed) each argument's and value's type.
   */
  private static PyObject makeKey(Interp in, PyObject[] a, PyTuple kwnames, PyObject kwdMark, boolean typed) {
    Heap heap = in.heap;
    int npos = Args.positional(a, kwnames);
    int nkw = a.length - npos;
    if (!typed && nkw == 0 && npos == 1 && (a[0].type == in.types.str || a[0].type == in.types.intType)) {
      return heap.incref(a[0]);
    }
    int plain = npos + (nkw == 0 ? 0 : 1 + 2 * nkw);
    PyObject[] items = new PyObject[plain + (typed ? a.length : 0)];
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
    for (int j = 0; typed && j < a.length; j++) {
      items[plain + j] = heap.incref(a[j].type);
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
