package io.lifeline.interpreter.object;

import io.lifeline.interpreter.memory.Heap;

/**
 * weakref.ref: a borrowed pointer to its referent, linked into the referent's weakref list, plus an owned
 * callback. {@link #referent} becomes null when the referent dies or the collector clears it. An instance of a class
 * deriving from weakref.ref (weakref.py's KeyedRef) is one too, of that class (whose reference it owns), with its
 * attributes, its {@code __slots__} among them, in {@link #attrs}: subtype_dealloc clears them before
 * weakref_dealloc's clear_weakref, and releases the class last.
 */
public final class PyWeakref extends PyContainer implements Weakrefable {
  public PyObject referent;
  public PyObject callback;
  /** weakref_hash: the referent's hash, cached the first time it is needed (while the referent lives). */
  public Integer hash;
  /** The same for set tables (CPython's hash, 64-bit). */
  public Long setHash;
  /** A subclass instance's attributes (a dict object, made by the first store), else null. */
  public PyDict attrs;
  public PyWeakref prev;
  public PyWeakref next;

  public PyWeakref(PyType type, PyObject referent, PyObject callback) {
    super(type);
    this.referent = referent;
    this.callback = callback;
  }

  /** The referent is borrowed: the attributes and the callback are owned. */
  @Override
  protected void fields(Refs refs) {
    attrs = refs.field(attrs);
    callback = refs.field(callback);
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
