package io.lifeline.interpreter.object;

import io.lifeline.interpreter.memory.Heap;

/**
 * weakref.ref: a borrowed pointer to its referent, linked into the referent's weakref list, plus an owned
 * callback. {@link #referent} becomes null when the referent dies or the collector clears it.
 */
public final class PyWeakref extends PyContainer implements Weakrefable {
  public PyObject referent;
  public PyObject callback;
  /** weakref_hash: the referent's hash, cached the first time it is needed (while the referent lives). */
  public Integer hash;
  /** The same for set tables (CPython's hash, 64-bit). */
  public Long setHash;
  public PyWeakref prev;
  public PyWeakref next;

  public PyWeakref(PyType type, PyObject referent, PyObject callback) {
    super(type);
    this.referent = referent;
    this.callback = callback;
  }

  /** The referent is borrowed: only the callback is owned. */
  @Override
  protected void fields(Refs refs) {
    callback = refs.field(callback);
  }

  /** Unlinked from the referent's list first, then the callback released. */
  @Override
  public void clear(Heap heap) {
    heap.unlinkWeakref(this);
    super.clear(heap);
  }
}
