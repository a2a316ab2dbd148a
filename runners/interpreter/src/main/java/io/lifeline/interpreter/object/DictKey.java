package io.lifeline.interpreter.object;

import java.util.Arrays;

/**
 * A dict key with Python's hash and equality: CPython's hash functions ({@link PySet#hash}), equality of
 * int/float/str/tuples/frozensets/weakrefs, and {@code __hash__}/{@code __eq__} of instances whose class
 * defines them (through {@link UserHashing}); identity otherwise. Like dictobject.c, {@code __eq__} is only
 * consulted for keys with equal full hashes.
 */
public final class DictKey {
  final PyObject key;
  private final long fullHash;

  public DictKey(PyObject key) {
    this.key = key;
    this.fullHash = PySet.hash(key);
  }

  public static boolean keyEquals(PyObject a, PyObject b) {
    if (a == b) {
      return true;
    }
    if (a instanceof PyInstance || b instanceof PyInstance) {
      UserHashing h = UserHashing.CURRENT.get();
      Boolean r = h == null ? null : h.userEquals(a, b);
      return r != null && r;
    }
    if (a instanceof PyInt x && b instanceof PyInt y) {
      if (x.isSmall() && y.isSmall()) {
        return x.small == y.small;
      }
      return x.toBig().equals(y.toBig());
    }
    if ((a instanceof PyFloat || a instanceof PyInt) && (b instanceof PyFloat || b instanceof PyInt)) {
      return toDouble(a) == toDouble(b);
    }
    if (a instanceof PyStr x && b instanceof PyStr y) {
      return x.value.equals(y.value);
    }
    if (a instanceof PyBytes x && b instanceof PyBytes y) {
      return java.util.Arrays.equals(x.value, y.value);
    }
    if (a instanceof PySet x && b instanceof PySet y) {
      if (x.size() != y.size()) {
        return false;
      }
      for (int i = 0; i < x.tableSize(); i++) {
        if (x.isActive(i) && !y.contains(x.keys[i])) {
          return false;
        }
      }
      return true;
    }
    if (a instanceof PyWeakref x && b instanceof PyWeakref y) {
      return x.referent != null && y.referent != null && keyEquals(x.referent, y.referent);
    }
    if (a instanceof PyBoundMethod x && b instanceof PyBoundMethod y) {
      return x.self() == y.self() && keyEquals(x.func(), y.func()); // method_richcompare: the same self, equal functions
    }
    if (a instanceof PyTuple x && b instanceof PyTuple y) {
      if (x.items.length != y.items.length) {
        return false;
      }
      for (int i = 0; i < x.items.length; i++) {
        if (!keyEquals(x.items[i], y.items[i])) {
          return false;
        }
      }
      return true;
    }
    return false;
  }

  private static double toDouble(PyObject o) {
    return o instanceof PyFloat f ? f.value : ((PyInt) o).toBig().doubleValue();
  }

  @Override
  public int hashCode() {
    return Long.hashCode(fullHash);
  }

  @Override
  public boolean equals(Object other) {
    // HashMap calls lookup.equals(stored); dictobject.c compares stored == lookup, so the stored key's
    // __eq__ runs first.
    return other instanceof DictKey k && k.fullHash == fullHash && keyEquals(k.key, key);
  }

  @Override
  public String toString() {
    return Arrays.toString(new Object[] {key});
  }
}
