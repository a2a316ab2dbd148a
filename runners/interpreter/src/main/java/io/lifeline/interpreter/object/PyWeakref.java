package io.lifeline.interpreter.object;

import io.lifeline.interpreter.memory.Heap;

/**
 * weakref.ref: a borrowed pointer to its referent, linked into the referent's weakref list, plus an owned
 * callback. {@link #referent} becomes null when the referent dies or the collector clears it. An instance of a class
 * deriving from weakref.ref (weakref.py's KeyedRef) is one too, of that class (whose reference it owns), with its
 * attributes, its {@code __slots__} among them, in {@link #attrs}: subtype_dealloc clears them before
 * weakref_dealloc's clear_weakref, and releases the class last.
 */
public final class PyWeakref extends PyPairHolder<PyDict, PyObject> implements Weakrefable {
  public PyObject referent;
  /** weakref_hash: the referent's hash, cached the first time it is needed (while the referent lives). */
  public Integer hash;
  /** The same for set tables (CPython's hash, 64-bit). */
  public Long setHash;
  public PyWeakref prev;
  public PyWeakref next;

  /** The referent is borrowed: the attributes (none yet) and the callback are owned, released in that order. */
  public PyWeakref(PyType type, PyObject referent, PyObject callback) {
    super(type, null, callback);
    this.referent = referent;
  }

  /** {@code __callback__}: owned, null when there is none or once it was taken. */
  public PyObject callback() {
    return second;
  }

  /** The callback's reference, which the caller now owns (to call it once), leaving none. */
  public PyObject takeCallback() {
    PyObject cb = second;
    second = null;
    return cb;
  }

  /** A subclass instance's attributes (a dict object, made by the first store), else null. */
  public PyDict attrs() {
    return first;
  }

  /** Gives a subclass instance its attributes' dict (owned) on the first store. */
  public void setAttrs(PyDict attrs) {
    first = attrs;
  }

  /** A subclass instance also shows the collector its class. */
  @Override
  public void traverse(Visitor v) {
    super.traverse(v);
    if (type.heapType) {
      v.visitIfSet(type);
    }
  }

  @Override
  public void releaseContents(Heap heap) {
    clear(heap);
    if (type.heapType) {
      heap.decref(type);
    }
  }

  /** Unlinked from the referent's list first, then the callback released. */
  @Override
  public void clear(Heap heap) {
    heap.unlinkWeakref(this);
    super.clear(heap);
  }
}
