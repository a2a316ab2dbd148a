package io.lifeline.interpreter.modules;

import io.lifeline.interpreter.memory.Heap;
import io.lifeline.interpreter.object.PyObject;
import io.lifeline.interpreter.object.PyType;

/**
 * An object of lifeline_native's Wrapper, Finalized or Untracked (runners/real's lifeline_native.c, one C layout
 * for the three): the {@code PyObject *} slots {@code ref} and {@code other}, and {@code on_del} for Finalized; or
 * of its Widget, whose one slot {@code callback} is {@code ref} here (GC-tracked, no tp_weaklistoffset: CPython
 * refuses weak references to it, PyPy's W_Root takes them).
 * Every slot is a reference held in C: visited by wrapper_traverse and dropped by wrapper_clear on CPython (in the
 * order ref, other, on_del), never traced under PyPy's cpyext ({@link #traverseTraced}). Untracked has neither
 * slot: it is not a GC type, so CPython's collector never sees it. Finalized's tp_finalize is its {@code __del__}
 * slot wrapper ({@link LifelineNativeModule}), which makes {@link #hasFinalizer} true.
 */
final class NativeWrapper extends PyObject {
  /** Which of the three types: their C differences. */
  enum Kind { WRAPPER, FINALIZED, UNTRACKED, WIDGET }

  final Kind kind;
  PyObject ref;
  PyObject other;
  PyObject onDel;
  /** PyPy: the object's W_Root takes weak references (tp_weaklistoffset or not); CPython: its type has one. */
  private final boolean weakrefs;

  NativeWrapper(PyType type, Kind kind, boolean weakrefs) {
    super(type);
    this.kind = kind;
    this.weakrefs = weakrefs;
  }

  @Override
  public boolean isGcType() {
    return kind != Kind.UNTRACKED;
  }

  @Override
  public boolean weakrefable() {
    return weakrefs;
  }

  @Override
  public boolean hasFinalizer() {
    return kind == Kind.FINALIZED;
  }

  @Override
  public void traverse(Visitor v) {
    visit(v, ref);
    visit(v, other);
    visit(v, onDel);
  }

  /** Every slot is held in C: none is a reference PyPy's collector traces. */
  @Override
  public void traverseTraced(Visitor v) {}

  /** wrapper_clear: Py_CLEAR of ref, other, on_del (each slot emptied before its reference is dropped). */
  @Override
  public void clear(Heap heap) {
    PyObject r = ref;
    ref = null;
    heap.xdecref(r);
    PyObject o = other;
    other = null;
    heap.xdecref(o);
    PyObject d = onDel;
    onDel = null;
    heap.xdecref(d);
  }

  /** wrapper_dealloc (and untracked_dealloc): after untracking and the weak references, wrapper_clear. */
  @Override
  public void releaseContents(Heap heap) {
    clear(heap);
  }
}
