package io.lifeline.interpreter.object;

import io.lifeline.interpreter.memory.Heap;
import java.math.BigInteger;

/**
 * A set laid out like CPython 3.11's setobject.c: an open-addressed table probed linearly (LINEAR_PROBES)
 * then by perturbation, dummies for deleted slots, resized to 4x used when two thirds full. Iteration,
 * pop and deallocation follow table order, so for keys whose hash CPython computes deterministically
 * (ints, floats, tuples of those) the order is CPython's; str and object hashes are seed- or
 * address-based in CPython and only deterministic here.
 */
public final class PySet extends PyContainer implements Weakrefable {
  private static final int MINSIZE = 8;
  private static final int LINEAR_PROBES = 9;
  private static final int PERTURB_SHIFT = 5;
  private static final long MODULUS = (1L << 61) - 1;
  /** Marks a deleted slot. */
  private static final PyObject DUMMY = new PySentinel(null, "<dummy>");

  public PyObject[] keys = new PyObject[MINSIZE];
  private long[] hashes = new long[MINSIZE];
  private int mask = MINSIZE - 1;
  private int fill;
  private int used;
  private int finger;

  public PySet(PyType type) {
    super(type);
  }

  public int size() {
    return used;
  }

  /** 216 bytes with the inline table of 8 slots, else 200 plus 16 per slot (charged at its largest). */
  @Override
  public long sizeEstimate() {
    return keys.length <= MINSIZE ? 216 : 200L + 16L * keys.length;
  }

  /** True if {@code keys[i]} holds a live key. */
  public boolean isActive(int i) {
    return keys[i] != null && keys[i] != DUMMY;
  }

  public int tableSize() {
    return keys.length;
  }

  /** set_add_entry: takes a new reference to {@code key} if it was absent; returns whether it was added. */
  public boolean add(Heap heap, PyObject key) {
    long hash = hash(key);
    int found = probe(key, hash);
    if (found >= 0) {
      return false;
    }
    int slot = -1 - found;
    boolean wasEmpty = keys[slot] == null;
    keys[slot] = own(heap, key);
    hashes[slot] = hash;
    used++;
    if (wasEmpty) {
      fill++;
      if ((long) fill * 5 >= (long) mask * 3) {
        resize(used > 50000 ? used * 2 : used * 4);
        if (heap != null) {
          heap.grew(this);
        }
      }
    }
    return true;
  }

  /**
   * set_merge: adds every key of {@code other}, resizing once up front; an empty table of the same size
   * copies the other's layout, an empty one re-inserts in the other's table order.
   */
  public void merge(Heap heap, PySet other) {
    if (other == this || other.used == 0) {
      return;
    }
    if ((long) (fill + other.used) * 5 >= (long) mask * 3) {
      resize((used + other.used) * 2);
      if (heap != null) {
        heap.grew(this);
      }
    }
    if (fill == 0 && mask == other.mask && other.fill == other.used) {
      for (int i = 0; i <= mask; i++) {
        PyObject k = other.keys[i];
        if (k != null) {
          keys[i] = heap.incref(k);
          hashes[i] = other.hashes[i];
        }
      }
      fill = other.fill;
      used = other.used;
      return;
    }
    if (fill == 0) {
      fill = other.used;
      used = other.used;
      for (int i = 0; i <= other.mask; i++) {
        PyObject k = other.keys[i];
        if (k != null && k != DUMMY) {
          insertClean(heap.incref(k), other.hashes[i]);
        }
      }
      return;
    }
    for (int i = 0; i <= other.mask; i++) {
      PyObject k = other.keys[i];
      if (k != null && k != DUMMY) {
        add(heap, k);
      }
    }
  }

  /** A new reference to {@code key}; constants (built without a heap) are immortal. */
  private static PyObject own(Heap heap, PyObject key) {
    return heap == null ? key : heap.incref(key);
  }

  private int find(PyObject key) {
    int j = probe(key, hash(key));
    return j >= 0 ? j : -1;
  }

  /**
   * The probe sequence of set_lookkey and set_add_entry: the slot of a key equal to {@code key}; if there is none,
   * {@code -1 - slot}, where slot is where {@link #add} puts it (the first dummy passed, else the empty slot that
   * ended the search).
   */
  private int probe(PyObject key, long hash) {
    int freeslot = -1;
    long perturb = hash;
    int i = (int) (hash & mask);
    while (true) {
      int probes = (i + LINEAR_PROBES <= mask) ? LINEAR_PROBES : 0;
      int j = i;
      do {
        PyObject k = keys[j];
        if (k == null) {
          return -1 - (freeslot < 0 ? j : freeslot);
        }
        if (k == DUMMY) {
          if (freeslot < 0) {
            freeslot = j;
          }
        } else if (hashes[j] == hash && (k == key || DictKey.keyEquals(k, key))) {
          return j;
        }
        j++;
      } while (probes-- > 0);
      perturb >>>= PERTURB_SHIFT;
      i = (int) ((i * 5L + 1 + perturb) & mask);
    }
  }

  /** The keys in table order, borrowed: a snapshot, so the set may change while it is walked. */
  public java.util.List<PyObject> keysSnapshot() {
    java.util.List<PyObject> out = new java.util.ArrayList<>(size());
    for (int i = 0; i < tableSize(); i++) {
      if (isActive(i)) {
        out.add(keys[i]);
      }
    }
    return out;
  }

  public boolean contains(PyObject key) {
    return find(key) >= 0;
  }

  /** set_discard_entry: returns false if absent; releases the stored key. */
  public boolean discard(Heap heap, PyObject key) {
    int j = find(key);
    if (j < 0) {
      return false;
    }
    PyObject old = keys[j];
    keys[j] = DUMMY;
    hashes[j] = -1;
    used--;
    heap.decref(old);
    return true;
  }

  /** set_pop: the first live slot from the finger; the reference moves to the caller. */
  public PyObject pop() {
    if (used == 0) {
      return null;
    }
    int i = finger & mask;
    while (keys[i] == null || keys[i] == DUMMY) {
      i = (i + 1) & mask;
    }
    PyObject key = keys[i];
    keys[i] = DUMMY;
    hashes[i] = -1;
    used--;
    finger = i + 1;
    return key;
  }

  private void resize(int minused) {
    int newsize = MINSIZE;
    while (newsize <= minused) {
      newsize <<= 1;
    }
    PyObject[] oldKeys = keys;
    long[] oldHashes = hashes;
    keys = new PyObject[newsize];
    hashes = new long[newsize];
    mask = newsize - 1;
    fill = used;
    for (int i = 0; i < oldKeys.length; i++) {
      if (oldKeys[i] != null && oldKeys[i] != DUMMY) {
        insertClean(oldKeys[i], oldHashes[i]);
      }
    }
  }

  private void insertClean(PyObject key, long hash) {
    long perturb = hash;
    int i = (int) (hash & mask);
    while (true) {
      if (keys[i] == null) {
        keys[i] = key;
        hashes[i] = hash;
        return;
      }
      if (i + LINEAR_PROBES <= mask) {
        for (int j = 1; j <= LINEAR_PROBES; j++) {
          if (keys[i + j] == null) {
            keys[i + j] = key;
            hashes[i + j] = hash;
            return;
          }
        }
      }
      perturb >>>= PERTURB_SHIFT;
      i = (int) ((i * 5L + 1 + perturb) & mask);
    }
  }

  @Override
  public void traverse(Visitor v) {
    for (PyObject k : keys) {
      if (k != null && k != DUMMY) {
        v.visit(k);
      }
    }
  }

  /** set_clear_internal: detaches the table, then releases the keys in table order. */
  @Override
  public void clear(Heap heap) {
    PyObject[] old = keys;
    keys = new PyObject[MINSIZE];
    hashes = new long[MINSIZE];
    mask = MINSIZE - 1;
    fill = 0;
    used = 0;
    for (PyObject k : old) {
      if (k != null && k != DUMMY) {
        heap.decref(k);
      }
    }
  }

  @Override
  public void releaseContents(Heap heap) {
    clear(heap);
  }

  // ---------------------------------------------------------------- CPython's hash functions

  /** frozenset_hash: order-independent, from the table's hash fields (setobject.c). */
  public long frozensetHash() {
    long h = 0;
    for (int i = 0; i <= mask; i++) {
      h ^= shuffle(keys[i] == null ? 0 : hashes[i]);
    }
    if (((mask + 1 - fill) & 1) != 0) {
      h ^= shuffle(0);
    }
    if (((fill - used) & 1) != 0) {
      h ^= shuffle(-1);
    }
    h ^= ((long) used + 1) * 1927868237L;
    h ^= (h >>> 11) ^ (h >>> 25);
    h = h * 69069L + 907133923L;
    return h == -1 ? 590923713L : h;
  }

  private static long shuffle(long h) {
    return ((h ^ 89869747L) ^ (h << 16)) * 3644798167L;
  }

  /** PyObject_Hash for the key types whose CPython hash is deterministic; identity-based otherwise. */
  public static long hash(PyObject o) {
    if (o instanceof PySet fs) {
      return fs.frozensetHash();
    }
    if (o instanceof PyInstance pi) {
      UserHashing h = UserHashing.CURRENT.get();
      Long v = h == null ? null : h.userHash(o);
      if (v != null) {
        return v;
      }
      if (pi.builtin != null) {
        return hash(pi.builtin);
      }
    }
    if (o instanceof PyInt i) {
      if (i.isSmall() && i.small > -MODULUS && i.small < MODULUS) {
        return i.small == -1 ? -2 : i.small;
      }
      return intHash(i.toBig());
    }
    if (o instanceof PyFloat f) {
      return doubleHash(f.value, o);
    }
    if (o instanceof PyTuple t) {
      return tupleHash(t);
    }
    if (o instanceof PyWeakref w) {
      if (w.setHash == null) {
        w.setHash = w.referent != null ? hash(w.referent) : identityHash(o);
      }
      return w.setHash;
    }
    if (o instanceof PyBoundMethod m) {
      long h = identityHash(m.self()) ^ hash(m.func()); // method_hash: self's address, func's hash
      return h == -1 ? -2 : h;
    }
    if (o instanceof PyBytes b) {
      long h = java.util.Arrays.hashCode(b.value);
      return h == -1 ? -2 : h;
    }
    if (o instanceof PyStr s) {
      long h = s.value.hashCode();
      return h == -1 ? -2 : h;
    }
    return identityHash(o);
  }

  /** An object's identity hash (object.__hash__): its allocation number, so a run's set order is reproducible. */
  public static long identityHash(PyObject o) {
    return o.serial != 0 ? o.serial : System.identityHashCode(o);
  }

  /** The hash of an int (what a __hash__ result is reduced to). */
  public static long intHash(BigInteger v) {
    BigInteger m = v.abs().mod(BigInteger.valueOf(MODULUS));
    long x = v.signum() < 0 ? -m.longValue() : m.longValue();
    return x == -1 ? -2 : x;
  }

  private static long doubleHash(double v, PyObject inst) {
    if (Double.isInfinite(v)) {
      return v > 0 ? 314159 : -314159;
    }
    if (Double.isNaN(v)) {
      return System.identityHashCode(inst);
    }
    int e = Math.getExponent(v) + 1;
    double m = v / Math.scalb(1.0, e - 1) / 2;
    if (v == 0) {
      return 0;
    }
    if (Math.getExponent(v) == Double.MIN_EXPONENT - 1) {
      // subnormal: frexp via scaling
      double scaled = v * Math.scalb(1.0, 64);
      e = Math.getExponent(scaled) + 1 - 64;
      m = scaled / Math.scalb(1.0, Math.getExponent(scaled) + 1);
    }
    int sign = 1;
    if (m < 0) {
      sign = -1;
      m = -m;
    }
    long x = 0;
    while (m != 0) {
      x = ((x << 28) & MODULUS) | x >>> (61 - 28);
      m *= 268435456.0;
      e -= 28;
      long y = (long) m;
      m -= y;
      x += y;
      if (Long.compareUnsigned(x, MODULUS) >= 0) {
        x -= MODULUS;
      }
    }
    e = e >= 0 ? e % 61 : 61 - 1 - ((-1 - e) % 61);
    x = ((x << e) & MODULUS) | x >>> (61 - e);
    x = x * sign;
    return x == -1 ? -2 : x;
  }

  /** tuplehash (3.8+): xxHash-based over the items' hashes. */
  private static long tupleHash(PyTuple t) {
    final long prime1 = 0x9E3779B185EBCA87L;
    final long prime2 = 0xC2B2AE3D27D4EB4FL;
    final long prime5 = 0x27D4EB2F165667C5L;
    long acc = prime5;
    for (PyObject item : t.items) {
      long lane = hash(item);
      acc += lane * prime2;
      acc = Long.rotateLeft(acc, 31);
      acc *= prime1;
    }
    acc += t.items.length ^ (prime5 ^ 3527539L);
    return acc == -1 ? 1546275796 : acc;
  }
}
