package io.lifeline.interpreter.object;

import io.lifeline.interpreter.memory.Heap;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;

/**
 * An insertion-ordered dict owning its keys and values. dict_dealloc releases, entry by entry in insertion
 * order, the key and then the value; deleting an entry releases its key, then its value.
 */
public final class PyDict extends PyObject {
  /** One slot: both references owned by the dict. */
  public static final class Entry {
    public PyObject key;
    public PyObject value;

    Entry(PyObject key, PyObject value) {
      this.key = key;
      this.value = value;
    }
  }

  private final LinkedHashMap<DictKey, Entry> map = new LinkedHashMap<>();
  /**
   * Tracked by the collector only once it holds a container (dictobject.c MAINTAIN_TRACKING), and untracked
   * again by a full collection when it holds none (_PyDict_MaybeUntrack). Set on instance and exception
   * dicts; other dicts are tracked from their creation.
   */
  public boolean lazyTracking;

  public PyDict(PyType type) {
    super(type);
  }

  public int size() {
    return map.size();
  }

  /** Borrowed value or null. */
  public PyObject get(PyObject key) {
    Entry e = map.get(new DictKey(key));
    return e == null ? null : e.value;
  }

  /** Borrowed value or null, for a str key. */
  public PyObject getStr(String key) {
    Entry e = map.get(new DictKey(new PyStr(null, key)));
    return e == null ? null : e.value;
  }

  /**
   * insertdict: stores {@code value} under {@code key}, taking both references. If the key was present the
   * new key reference is released and the old value is released after the store (so its finalizer sees the
   * new binding).
   */
  public void put(Heap heap, PyObject key, PyObject value) {
    if (lazyTracking && !heap.isTracked(this) && (heap.mayBeTracked(key) || heap.mayBeTracked(value))) {
      heap.track(this);
    }
    DictKey k = new DictKey(key);
    Entry e = map.putIfAbsent(k, new Entry(key, value));
    if (e == null) {
      return;
    }
    PyObject old = e.value;
    e.value = value;
    heap.decref(old);
    heap.decref(key);
  }

  /** Removes {@code key}; returns false if absent. Releases the stored key, then the value. */
  public boolean remove(Heap heap, PyObject key) {
    Entry e = map.remove(new DictKey(key));
    if (e == null) {
      return false;
    }
    heap.decref(e.key);
    heap.decref(e.value);
    return true;
  }

  /** Removes {@code key} and hands its value's reference to the caller (null if absent); releases the key. */
  public PyObject pop(Heap heap, PyObject key) {
    Entry e = map.remove(new DictKey(key));
    if (e == null) {
      return null;
    }
    heap.decref(e.key);
    return e.value;
  }

  /** _PyDict_MaybeUntrack's test: whether any key or value may be a tracked container. */
  public boolean holdsContainers(Heap heap) {
    for (Entry e : map.values()) {
      if (heap.mayBeTracked(e.key) || heap.mayBeTracked(e.value)) {
        return true;
      }
    }
    return false;
  }

  /** A snapshot of the entries in insertion order (the references stay owned by the dict). */
  public List<Entry> entries() {
    return new ArrayList<>(map.values());
  }

  public Iterator<Entry> iterator() {
    return map.values().iterator();
  }

  @Override
  public boolean isGcType() {
    return true;
  }

  @Override
  public void traverse(Visitor v) {
    for (Entry e : map.values()) {
      visit(v, e.key);
      visit(v, e.value);
    }
  }

  /** dict_clear: detaches the table, then releases keys and values in insertion order. */
  @Override
  public void clear(Heap heap) {
    List<Entry> old = new ArrayList<>(map.values());
    map.clear();
    for (Entry e : old) {
      heap.decref(e.key);
      heap.decref(e.value);
    }
  }

  @Override
  public void releaseContents(Heap heap) {
    clear(heap);
  }
}
