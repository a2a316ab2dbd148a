package io.lifeline.interpreter.object;

import io.lifeline.interpreter.memory.Heap;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * An insertion-ordered dict owning its keys and values. dict_dealloc releases, entry by entry in insertion
 * order, the key and then the value; deleting an entry releases its key, then its value.
 */
public final class PyDict extends PyContainer {
  /** One slot: both references owned by the dict. */
  public static final class Entry {
    public PyObject key;
    public PyObject value;
    /** The key's full hash, computed once when the entry was made. */
    final long hash;

    Entry(PyObject key, PyObject value, long hash) {
      this.key = key;
      this.value = value;
      this.hash = hash;
    }
  }

  /**
   * Tracked by the collector only once it holds a container (dictobject.c MAINTAIN_TRACKING), and untracked
   * again by a full collection when it holds none (_PyDict_MaybeUntrack). Set on every dict the program can
   * see ({@code Interp.newDict}, instance and exception dicts).
   */
  public boolean lazyTracking;

  private static final int FREE = -1;
  private static final int DUMMY = -2;

  /**
   * The table, in the shape of dictobject.c's compact dict: {@link #index} is an open-addressing hash index
   * (linear probing) of positions in {@link #entries}, which holds the entries in insertion order (a deleted
   * entry leaves a null). Both are null while the dict has never held anything.
   */
  private int[] index;
  private Entry[] entries;

  /** 64 bytes empty, else the keys table: 104 plus 4 per index slot and 24 per entry (charged at its largest). */
  @Override
  public long sizeEstimate() {
    return index == null ? 64 : 104L + 4L * index.length + 24L * entries.length;
  }
  /** Positions of {@link #entries} used so far, deleted ones included. */
  private int used;
  private int size;
  /** Index slots no longer FREE (live entries plus DUMMY markers). */
  private int fill;
  /** Changes with every store, deletion and clear: a lookup that ran guest {@code __eq__} restarts if it moved. */
  private int version;
  /**
   * Changes whenever the set of keys or their positions in {@link #entries} change (insertion of a new key,
   * deletion, clear, resize), but not when a value is replaced: CPython 3.11's dk_version, which lets a name
   * cache keep an entry position across stores to an existing name.
   */
  private int keysVersion;
  /** Live keys that are not str: a lookup may compare them with a guest {@code __eq__}. */
  private int nonStrKeys;
  /**
   * Set while this dict is a type's namespace: every change also moves that interpreter's type epoch, so no
   * stale {@link PyType#lookup} result survives a store, deletion or clear through any path.
   */
  TypeEpoch typeEpoch;

  /**
   * Set for an instance's attributes on 3.11+ (a split table): its class's shared key indices, which every new
   * key joins (up to {@link SharedKeys#MAX}); the values are released in key index order, not insertion order
   * (_PyObject_FreeInstanceAttributes and dict_dealloc walk the values array). Null for every other dict.
   */
  public SharedKeys sharedKeys;
  /**
   * With {@link #sharedKeys}: the largest shared key index inserted so far, and whether a key came after one of a
   * larger index. While not, insertion order is shared key order and {@link #clear} needs no sorting (the usual
   * case: every instance sets its attributes in the same order).
   */
  private int lastSharedIndex;
  private boolean outOfSharedOrder;
  /**
   * Values mode (3.11's inline values array): while not null, this dict is an instance's attributes whose every
   * key is its class's shared key object of that index ({@link SharedKeys#keyAt}, immortal), inserted in
   * ascending index order and none deleted, and this array holds the values by key index (null: absent), with
   * {@link #index} and {@link #entries} unused and no reference held to a key (each is immortal). Anything else
   * done to it (a deletion, a key out of order or not shared, a read of its entries) first turns it into the
   * table it stands for ({@link #spill}): the same entries in the same order, so the program sees no difference.
   */
  private PyObject[] vals;
  private static final PyObject[] NO_VALUES = {};

  public PyDict(PyType type) {
    super(type);
  }

  /** Starts an instance's empty attributes (its {@link #sharedKeys} set) in values mode. */
  public void useInlineValues() {
    if (sharedKeys != null && size == 0 && index == null && !lazyTracking) {
      vals = NO_VALUES;
    }
  }

  /** Leaves values mode: the entries it stands for, inserted in key index order (their insertion order). */
  private void spill() {
    PyObject[] vs = vals;
    vals = null;
    size = 0;
    lastSharedIndex = 0;
    for (int at = 0; at < vs.length; at++) {
      if (vs[at] != null) {
        PyStr key = sharedKeys.keyAt(at);
        insertNew(new Entry(key, vs[at], key.dictHash()));
      }
    }
  }

  /** Values mode: the value of a shared key {@code at} from {@link SharedKeys#indexOf}, or null. */
  private PyObject valueOf(int at) {
    return at >= 0 && at < vals.length ? vals[at] : null;
  }

  /**
   * Values mode: stores under {@code key} (both references taken) if it can stay in values mode (a present key,
   * or the shared key object of an index after the last one); false, having changed nothing but the shared
   * keys (which insertdict would have joined as well), if the dict must become a table first.
   */
  private boolean putValue(Heap heap, PyObject key, PyObject value) {
    if (!(key instanceof PyStr k)) {
      return false;
    }
    int at = sharedKeys.indexOf(k.value, size == 0 ? 0 : lastSharedIndex + 1);
    if (valueOf(at) != null) {
      replaceValueAt(heap, at, key, value);
      return true;
    }
    at = sharedKeys.join(k, size == 0 ? 0 : lastSharedIndex + 1);
    if (at == SharedKeys.MAX || (size > 0 && at <= lastSharedIndex) || sharedKeys.keyAt(at) != k) {
      return false;
    }
    if (at >= vals.length) {
      vals = java.util.Arrays.copyOf(vals, Math.max(at + 1, sharedKeys.size()));
    }
    vals[at] = value;
    size++;
    lastSharedIndex = at;
    keysVersion++;
    changed();
    return true;
  }

  /** {@link #replaceValue} in values mode. */
  private void replaceValueAt(Heap heap, int at, PyObject key, PyObject value) {
    PyObject old = vals[at];
    vals[at] = value;
    changed();
    heap.decref(old);
    heap.decref(key);
  }

  public int size() {
    return size;
  }

  /**
   * Whether a copy of this dict copies its tracking, as CPython 3.10-3.13's clone of the keys table does (a copy
   * built by insertion is tracked only for a container key or value). PyDict_Copy clones a table with at most a
   * third of its entries deleted; dict_merge into an empty dict (dict(d), e.update(d)) only one without deleted
   * entries ({@code intoEmpty}). Entries count since the last resize, which compacts them, as dk_nentries does.
   */
  public boolean copiesTracking(boolean intoEmpty) {
    if (vals != null) {
      spill();
    }
    return size > 0 && (intoEmpty ? size == used : size >= used * 2 / 3);
  }

  /** A counter that changes whenever the dict's contents change (keys or values). */
  public int version() {
    return version;
  }

  /** A counter that changes whenever the keys or their entry positions change (not on value replacement). */
  public int keysVersion() {
    return keysVersion;
  }

  /**
   * The entry position of the str {@code key}, or -1 if absent, for a name cache keyed by {@link #keysVersion};
   * or -2 if some key is not a str (a lookup could run a guest {@code __eq__}, so no position may be cached).
   * While every key is a str, {@link #get} and {@link #put} run no guest code and find the entry at this
   * position until the keys version moves.
   */
  public int strPosition(PyStr key) {
    if (vals != null) {
      spill();
    }
    if (nonStrKeys != 0) {
      return -2;
    }
    int slot = find(key, hashOf(key));
    return slot < 0 ? -1 : index[slot];
  }

  /** Borrowed value at an entry position from {@link #strPosition}, valid while the keys version is unchanged. */
  public PyObject valueAt(int position) {
    return entries[position].value;
  }

  /**
   * {@link #put} of {@code key} and {@code value} (both references taken) where {@code key} is already held at
   * entry position {@code position} (from {@link #strPosition}, keys version unchanged): the same tracking,
   * version change and releases, in the same order, without the lookup.
   */
  public void replaceAt(Heap heap, int position, PyObject key, PyObject value) {
    if (lazyTracking && !heap.isTracked(this) && (heap.mayBeTracked(key) || heap.mayBeTracked(value))) {
      heap.track(this);
    }
    Entry e = entries[position];
    PyObject old = e.value;
    e.value = value;
    changed();
    heap.decref(old);
    heap.decref(key);
  }

  /** Records a change of contents: a new version, and a new type epoch if this is a type's namespace. */
  private void changed() {
    version++;
    if (typeEpoch != null) {
      typeEpoch.bump();
    }
  }

  /** Borrowed value or null. */
  public PyObject get(PyObject key) {
    if (vals != null) {
      if (key instanceof PyStr k) {
        return valueOf(sharedKeys.indexOf(k.value, -1));
      }
      spill();
    }
    int slot = find(key, hashOf(key));
    return slot < 0 ? null : entries[index[slot]].value;
  }

  /** The entry (borrowed key and value) of a key equal to {@code key}, or null: one hash, one lookup. */
  public Entry entry(PyObject key) {
    if (vals != null) {
      spill();
    }
    int slot = find(key, hashOf(key));
    return slot < 0 ? null : entries[index[slot]];
  }

  /** Borrowed value or null, for a str key. */
  public PyObject getStr(String key) {
    if (vals != null) {
      return valueOf(sharedKeys.indexOf(key, -1));
    }
    int[] idx = index;
    if (idx == null) {
      return null;
    }
    long hash = strHash(key);
    int mask = idx.length - 1;
    for (int i = spread(hash) & mask; ; i = (i + 1) & mask) {
      int at = idx[i];
      if (at == FREE) {
        return null;
      }
      if (at >= 0 && entries[at].hash == hash) {
        if (!(entries[at].key instanceof PyStr s)) {
          // A key of another type with the same hash may equal the str (its __eq__): the general lookup.
          return get(new PyStr(null, key));
        }
        if (s.value.equals(key)) {
          return entries[at].value;
        }
      }
    }
  }

  /**
   * insertdict: stores {@code value} under {@code key}, taking both references. If the key was present the
   * new key reference is released and the old value is released after the store (so its finalizer sees the
   * new binding).
   */
  public void put(Heap heap, PyObject key, PyObject value) {
    if (vals != null) {
      if (putValue(heap, key, value)) {
        return;
      }
      spill();
    }
    if (lazyTracking && !heap.isTracked(this) && (heap.mayBeTracked(key) || heap.mayBeTracked(value))) {
      heap.track(this);
    }
    long hash = hashOf(key);
    int slot = find(key, hash);
    if (slot < 0) {
      int[] before = index;
      insertNew(new Entry(key, value, hash));
      if (index != before) {
        if (heap != null) {
          heap.grew(this);
        }
      }
      return;
    }
    replaceValue(heap, entries[index[slot]], key, value);
  }

  /** insertdict's present-key case: the new value in, the old value released after the store, then the key. */
  private void replaceValue(Heap heap, Entry e, PyObject key, PyObject value) {
    PyObject old = e.value;
    e.value = value;
    changed();
    heap.decref(old);
    heap.decref(key);
  }

  /**
   * {@link #get} of an attribute name at a LOAD_ATTR: first the entry at the position {@code c} last found it
   * at (the same key object there: attribute names are interned), else a lookup, whose position {@code c} keeps.
   */
  public PyObject getAttr(PyStr key, AttrCache c) {
    if (vals != null) {
      int at = c.position;
      if (at < 0 || at >= vals.length || sharedKeys.keyAt(at) != key) {
        at = sharedKeys.indexOf(key.value, -1);
        if (at < 0 || at >= vals.length) {
          return null;
        }
        c.position = at;
      }
      return vals[at];
    }
    Entry e = entryAt(c.position, key);
    if (e != null) {
      return e.value;
    }
    int slot = find(key, key.dictHash());
    if (slot < 0) {
      return null;
    }
    c.position = index[slot];
    return entries[c.position].value;
  }

  /**
   * {@link #put} of an attribute name at a STORE_ATTR: a name already present is replaced at the position
   * {@code c} holds, else found, its position kept in {@code c}; a new name is inserted.
   */
  public void putAttr(Heap heap, PyStr key, PyObject value, AttrCache c) {
    if (vals != null) {
      int at = c.position;
      if (at >= 0 && at < vals.length && sharedKeys.keyAt(at) == key && vals[at] != null) {
        replaceValueAt(heap, at, key, value);
      } else {
        put(heap, key, value);
      }
      return;
    }
    Entry e = lazyTracking ? null : entryAt(c.position, key);
    if (e == null && !lazyTracking) {
      int slot = find(key, key.dictHash());
      if (slot >= 0) {
        c.position = index[slot];
        e = entries[c.position];
      }
    }
    if (e == null) {
      put(heap, key, value);
    } else {
      replaceValue(heap, e, key, value);
    }
  }

  /** The live entry at position {@code at} if its key is {@code key} itself, else null. */
  private Entry entryAt(int at, PyObject key) {
    Entry[] es = entries;
    if (es == null || at >= used) {
      return null;
    }
    Entry e = es[at];
    return e != null && e.key == key ? e : null;
  }

  /** Removes {@code key}; returns false if absent. Releases the stored key, then the value. */
  public boolean remove(Heap heap, PyObject key) {
    if (vals != null) {
      spill();
    }
    Entry e = detach(key);
    if (e == null) {
      return false;
    }
    heap.decref(e.key);
    heap.decref(e.value);
    return true;
  }

  /** Removes {@code key} and hands its value's reference to the caller (null if absent); releases the key. */
  public PyObject pop(Heap heap, PyObject key) {
    if (vals != null) {
      spill();
    }
    Entry e = detach(key);
    if (e == null) {
      return null;
    }
    heap.decref(e.key);
    return e.value;
  }

  /** _PyDict_MaybeUntrack's test: whether any key or value may be a tracked container. */
  public boolean holdsContainers(Heap heap) {
    if (vals != null) {
      spill();
    }
    for (int i = 0; i < used; i++) {
      Entry e = entries[i];
      if (e != null && (heap.mayBeTracked(e.key) || heap.mayBeTracked(e.value))) {
        return true;
      }
    }
    return false;
  }

  /** A snapshot of the entries in insertion order (the references stay owned by the dict). */
  public List<Entry> entries() {
    if (vals != null) {
      spill();
    }
    ArrayList<Entry> out = new ArrayList<>(size);
    for (int i = 0; i < used; i++) {
      if (entries[i] != null) {
        out.add(entries[i]);
      }
    }
    return out;
  }

  public Iterator<Entry> iterator() {
    return entries().iterator();
  }

  @Override
  public void traverse(Visitor v) {
    PyObject[] vs = vals;
    if (vs != null) {
      for (int at = 0; at < vs.length; at++) {
        if (vs[at] != null) {
          visit(v, sharedKeys.keyAt(at));
          visit(v, vs[at]);
        }
      }
      return;
    }
    for (int i = 0; i < used; i++) {
      Entry e = entries[i];
      if (e != null) {
        visit(v, e.key);
        visit(v, e.value);
      }
    }
  }

  /**
   * dict_clear: detaches the table, then releases keys and values in insertion order (a split table's values in
   * shared key order, then any key beyond the shared ones).
   */
  @Override
  public void clear(Heap heap) {
    PyObject[] oldValues = vals;
    vals = null;
    boolean sort = sharedKeys != null && outOfSharedOrder;
    Entry[] old = sort ? inSharedKeyOrder() : entries;
    int n = sort ? old.length : used;
    lastSharedIndex = 0;
    outOfSharedOrder = false;
    index = null;
    entries = null;
    used = 0;
    size = 0;
    fill = 0;
    nonStrKeys = 0;
    keysVersion++;
    changed();
    for (int i = 0; i < n; i++) {
      Entry e = old[i];
      if (e != null) {
        heap.decref(e.key);
        heap.decref(e.value);
      }
    }
    if (oldValues != null) {
      for (int at = 0; at < oldValues.length; at++) {
        if (oldValues[at] != null) {
          heap.decref(sharedKeys.keyAt(at));
          heap.decref(oldValues[at]);
        }
      }
    }
  }

  @Override
  public void releaseContents(Heap heap) {
    clear(heap);
  }

  // ---------------------------------------------------------------- The table

  /** PyObject_Hash as the dict uses it (a str's hash first: it is by far the most common key). */
  private static long hashOf(PyObject key) {
    return key instanceof PyStr s ? s.dictHash() : PySet.hash(key);
  }

  /** {@link PySet#hash} of a str. */
  private static long strHash(String s) {
    long h = s.hashCode();
    return h == -1 ? -2 : h;
  }

  private static int spread(long hash) {
    int h = (int) (hash ^ (hash >>> 32));
    return h ^ (h >>> 16);
  }

  /**
   * The index slot holding {@code key}, or -1. Like dictobject.c, a stored key is compared (identity, then
   * {@link DictKey#keyEquals} with the stored key first) only when the full hashes are equal; if a guest
   * {@code __eq__} changed the dict meanwhile, the lookup starts over.
   */
  private int find(PyObject key, long hash) {
    restart:
    while (true) {
      int[] idx = index;
      if (idx == null) {
        return -1;
      }
      int mask = idx.length - 1;
      for (int i = spread(hash) & mask; ; i = (i + 1) & mask) {
        int at = idx[i];
        if (at == FREE) {
          return -1;
        }
        if (at < 0) {
          continue;
        }
        Entry e = entries[at];
        if (e.key == key) {
          return i;
        }
        if (e.hash != hash) {
          continue;
        }
        if (e.key instanceof PyStr a && key instanceof PyStr b) {
          if (a.value.equals(b.value)) {
            return i;
          }
          continue;
        }
        int v = version;
        boolean eq = DictKey.keyEquals(e.key, key);
        if (v != version || idx != index) {
          continue restart;
        }
        if (eq) {
          return i;
        }
      }
    }
  }

  /** The live entries, those with a shared key first by key index, the others after in insertion order. */
  private Entry[] inSharedKeyOrder() {
    List<Entry> live = entries();
    live.sort(java.util.Comparator.comparingInt(
        e -> e.key instanceof PyStr k ? sharedIndex(k.value) : SharedKeys.MAX));
    return live.toArray(new Entry[0]);
  }

  private int sharedIndex(String name) {
    int at = sharedKeys.indexOf(name, -1);
    return at < 0 ? SharedKeys.MAX : at;
  }

  /** A new key of a split table joins its class's shared keys (while there is room); tracks the order. */
  private void noteSharedKey(PyObject key) {
    // In the usual order, the key is the one after the last: the shared keys check that one by identity first.
    int at = key instanceof PyStr k ? sharedKeys.join(k, size == 0 ? 0 : lastSharedIndex + 1) : SharedKeys.MAX;
    if (at < lastSharedIndex) {
      outOfSharedOrder = true;
    }
    lastSharedIndex = Math.max(lastSharedIndex, at);
  }

  private void insertNew(Entry e) {
    if (sharedKeys != null) {
      noteSharedKey(e.key);
    }
    if (index == null || used == entries.length || (fill + 1) * 3 > index.length * 2) {
      resize();
    }
    int mask = index.length - 1;
    int i = spread(e.hash) & mask;
    while (index[i] >= 0) {
      i = (i + 1) & mask;
    }
    if (index[i] == FREE) {
      fill++;
    }
    index[i] = used;
    entries[used++] = e;
    size++;
    if (!(e.key instanceof PyStr)) {
      nonStrKeys++;
    }
    keysVersion++;
    changed();
  }

  /** Removes the entry for {@code key} from the table (its references now belong to the caller), or null. */
  private Entry detach(PyObject key) {
    int slot = find(key, hashOf(key));
    if (slot < 0) {
      return null;
    }
    int at = index[slot];
    Entry e = entries[at];
    entries[at] = null;
    index[slot] = DUMMY;
    size--;
    if (!(e.key instanceof PyStr)) {
      nonStrKeys--;
    }
    keysVersion++;
    changed();
    return e;
  }

  /** Rebuilds the table for the live entries plus room to grow, dropping deleted positions. */
  private void resize() {
    int cap = 8;
    while (cap < (size + 1) * 3) {
      cap <<= 1;
    }
    int[] idx = new int[cap];
    java.util.Arrays.fill(idx, FREE);
    Entry[] es = new Entry[cap * 2 / 3];
    int n = 0;
    int mask = cap - 1;
    for (int p = 0; p < used; p++) {
      Entry e = entries[p];
      if (e != null) {
        int i = spread(e.hash) & mask;
        while (idx[i] != FREE) {
          i = (i + 1) & mask;
        }
        idx[i] = n;
        es[n++] = e;
      }
    }
    index = idx;
    entries = es;
    used = n;
    fill = n;
    keysVersion++;
  }
}
