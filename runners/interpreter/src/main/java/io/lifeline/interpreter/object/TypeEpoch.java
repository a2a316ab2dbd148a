package io.lifeline.interpreter.object;

/**
 * One interpreter's type-attribute epoch: a counter that moves whenever the namespace of any of its types
 * changes (a store, deletion or clear of a type's dict), a type drops its dict, or an MRO is rebuilt. A
 * {@link PyType#lookup} cache entry filled at one value is valid exactly while the counter still has it: an
 * O(1) check standing for CPython's per-type version tags. Shared by every type of one interpreter (types
 * inherit it from their metatype), never between interpreters: runs on other threads cannot move it.
 */
public final class TypeEpoch {
  private int value;

  /** The current epoch. */
  public int value() {
    return value;
  }

  /** Invalidates every lookup cache filled so far. */
  public void bump() {
    value++;
  }
}
