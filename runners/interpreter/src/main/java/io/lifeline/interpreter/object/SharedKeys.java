package io.lifeline.interpreter.object;

import java.util.HashMap;
import java.util.Map;

/**
 * A class's shared attribute keys (CPython 3.11+'s ht_cached_keys): each name's index is its position when an
 * instance of the class first stored it, at most {@link #MAX} names. Instances nearly always store their
 * attributes in one order, so {@link #indexOf} first checks the name at the index the caller expects next, by
 * identity (attribute names are interned), before the map.
 */
public final class SharedKeys {
  /** dictobject.c's SHARED_KEYS_MAX_SIZE. */
  public static final int MAX = 30;
  private final Map<String, Integer> indices = new HashMap<>();
  private final String[] names = new String[MAX];
  /**
   * The key object each name joined with, when it was an immortal (interned) str: an instance's inline values
   * ({@link PyDict}'s values mode) hold no key of their own and stand for exactly this key. Null otherwise.
   */
  private final PyStr[] keys = new PyStr[MAX];
  private int size;

  /** How many names have an index. */
  public int size() {
    return size;
  }

  /** The immortal key object of index {@code at} (see {@link #keys}), or null. */
  PyStr keyAt(int at) {
    return keys[at];
  }

  /** The index of {@code name}, -1 if it has none; {@code expected} is the caller's guess. */
  public int indexOf(String name, int expected) {
    if (expected >= 0 && expected < size && names[expected] == name) {
      return expected;
    }
    Integer known = indices.get(name);
    return known == null ? -1 : known;
  }

  /** The index of {@code name}, given it the next one if it has none and there is room; else {@link #MAX}. */
  public int join(PyStr key, int expected) {
    String name = key.value;
    int at = indexOf(name, expected);
    if (at >= 0) {
      if (keys[at] == null && key.immortal) {
        keys[at] = key;
      }
      return at;
    }
    if (size == MAX) {
      return MAX;
    }
    names[size] = name;
    keys[size] = key.immortal ? key : null;
    indices.put(name, size);
    return size++;
  }
}
