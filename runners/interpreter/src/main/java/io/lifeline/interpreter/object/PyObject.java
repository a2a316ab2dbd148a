package io.lifeline.interpreter.object;

import io.lifeline.interpreter.memory.Heap;

/**
 * The header every Python object carries: an explicit reference count, its type, the cycle collector's
 * list links, and the head of its weak-reference list.
 *
 * <p>Contract: {@link #refcnt} is changed only by {@link Heap}. A subclass lists every reference it owns
 * in {@link #traverse} (the heap verifier and the cycle collector rely on that list being complete), drops
 * them in CPython's order in {@link #releaseContents}, and drops the ones that can form cycles in
 * {@link #clear} (tp_clear).
 */
public abstract class PyObject {
  /** Reference count; a new object starts owned by its creator. */
  public int refcnt = 1;
  /** The object's type. Instances of heap types own a reference to it (subtype_dealloc releases it last). */
  public PyType type;
  /** Statically allocated objects (None, built-in types, constants) are never deallocated. */
  public boolean immortal;

  // Cycle-collector bookkeeping, owned by memory.GcList and memory.CycleCollector.
  public PyObject gcPrev;
  public PyObject gcNext;
  public long gcRefs;
  public int gcFlags;

  /** Bytes charged to the heap's memory budget for this object (memory.Heap's accounting), 0 once it died. */
  public long charged;

  /**
   * The object's allocation number in its heap (1, 2, ... in the order {@code Heap.register} saw them; 0 for objects
   * never registered), what identity hashing uses: CPython hashes an object by its address, which differs from run
   * to run only with the allocator's layout, so a model run must give one order per program, never the JVM's.
   */
  public int serial;

  /** Newest weak reference first; callbacks are inserted after the shared basic ref (weakrefobject.c). */
  public PyWeakref weakrefs;

  protected PyObject(PyType type) {
    this.type = type;
  }

  /**
   * An estimate of CPython's {@code sys.getsizeof} for this object on a 64-bit build (3.11), what the heap charges
   * to the memory budget. A kind whose size depends on its contents overrides it.
   */
  public long sizeEstimate() {
    return 56;
  }

  /** Visits every reference this object owns (tp_traverse, extended to non-container references). */
  public void traverse(Visitor v) {}

  /**
   * The references among {@link #traverse}'s that PyPy's tracing collector sees as references between objects: all
   * of them, except those a native extension holds in C. Under cpyext a {@code PyObject *} held in C counts in its
   * referent's ob_refcnt above REFCNT_FROM_PYPY, which keeps the referent alive as a root whatever holds it
   * (pypy/doc/discussion/rawrefcount.rst); the tracing collector subtracts only these.
   */
  public void traverseTraced(Visitor v) {
    traverse(v);
  }

  /** Drops the references that may take part in cycles (tp_clear). Called only by the cycle collector. */
  public void clear(Heap heap) {}

  /** Releases every owned reference in CPython's dealloc order. Finalizer and weakrefs are already handled. */
  public void releaseContents(Heap heap) {}

  /**
   * Whether the collector looks through this untracked holder to its referents, as if its single owner held
   * them directly (3.10's saved exc_info triple, three slots of a frame's value stack in CPython).
   */
  public boolean collectorSeesThrough() {
    return false;
  }

  /** Whether instances are GC-tracked containers (have Py_TPFLAGS_HAVE_GC). */
  public boolean isGcType() {
    return false;
  }

  /** Whether this object has a PEP 442 finalizer (tp_finalize): {@code __del__} or a generator's close. */
  public boolean hasFinalizer() {
    return false;
  }

  /** Whether weak references to this object are allowed: by default, whether its class is {@link Weakrefable}. */
  public boolean weakrefable() {
    return this instanceof Weakrefable;
  }

  /** Visits references; a callback for traversal. */
  @FunctionalInterface
  public interface Visitor {
    void visit(PyObject referent);

    /** Py_VISIT: visits {@code referent} unless it is null. */
    default void visitIfSet(PyObject referent) {
      if (referent != null) {
        visit(referent);
      }
    }
  }

  /** Visits {@code o} if not null. */
  protected static void visit(Visitor v, PyObject o) {
    if (o != null) {
      v.visit(o);
    }
  }

  public String typeName() {
    return type.name;
  }
}
