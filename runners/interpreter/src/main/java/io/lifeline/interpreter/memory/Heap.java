package io.lifeline.interpreter.memory;

import io.lifeline.interpreter.object.PyGenerator;
import io.lifeline.interpreter.object.PyInstance;
import io.lifeline.interpreter.object.PyObject;
import io.lifeline.interpreter.object.PyWeakref;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

/**
 * The memory manager of one interpreter: reference counting, deallocation in CPython's order, weak-reference
 * lists, GC tracking with 3.11's allocation counting, and the generations the {@link CycleCollector} works on.
 *
 * <p>Invariant: an object dies at the {@link #decref} that brings its count to zero, inside that call.
 *
 * <p>A run chooses its heap once ({@link #create}): this class for normal runs, {@link CheckedHeap} for the
 * verification and checked modes of tests. Normal runs load no subclass, so the JIT binds {@link #incref} and
 * {@link #decref} statically and they test nothing but the count.
 */
public class Heap {
  static final int COLLECTING = 1;
  static final int UNREACHABLE = 2;
  /** PEP 442: tp_finalize has run (set before calling it, so resurrection never finalizes twice). */
  public static final int FINALIZED = 4;

  final GcList[] generations = {new GcList(), new GcList(), new GcList()};
  final int[] counts = new int[3];
  final int[] thresholds;
  boolean enabled = true;
  boolean collecting;
  long longLivedTotal;
  long longLivedPending;

  private final Finalization runtime;
  private final CycleCollector collector;
  /** Set under reclaim=TRACING (PyPy): counts reaching zero free nothing; this collector reclaims. */
  private TracingCollector tracer;
  /** Every live object, kept only when verification is on. */
  private final Set<PyObject> live;
  private boolean stress;
  /** 3.12+ (gh-97922): an allocation over the threshold only schedules the collection (_Py_ScheduleGC). */
  private boolean deferCollections;
  /** 3.13: a scheduled collection is skipped if the collector was disabled meanwhile (_Py_RunGC). */
  private boolean scheduledNeedsEnabled;
  private boolean gcScheduled;
  /** An exception is being raised: automatic collection is skipped (_PyObject_GC_Link). */
  private boolean errorPending;
  private long deallocations;
  /** Whether deallocations count their nesting always ({@link CheckedHeap}), not only under --trace-refs. */
  private final boolean nests;
  /** Nesting of deallocations in progress; the outermost one's cause is {@link #deathOrigin}. */
  int deallocDepth;
  private String deathOrigin;
  private boolean traceRefs;
  /** Objects alive now, and the most the JVM share allows (an estimate of 64 bytes per object). */
  private long liveCount;
  /** The last allocation number given ({@code PyObject.serial}). */
  private int serials;
  private long maxObjects = Long.MAX_VALUE;
  /**
   * Bytes in use by live objects as CPython would count them (each object's {@link PyObject#charged}, an estimate
   * of sys.getsizeof), and the memory budget in the same unit.
   */
  private long bytesInUse;
  private long maxBytes = Long.MAX_VALUE;
  /** With a budget, the bytes leased from the process-wide {@link JvmShare}, and min(maxBytes, leased). */
  private boolean leasing;
  private long leased;
  private long bytesLimit = Long.MAX_VALUE;
  private boolean raisingMemoryError;

  /**
   * The heap of one interpreter: with {@code checked}, a {@link CheckedHeap} (every live object kept for the heap
   * verifier, reference counts watchable by the checked mode); otherwise the plain one.
   */
  public static Heap create(Finalization runtime, int[] thresholds, boolean checked) {
    return checked ? new CheckedHeap(runtime, thresholds) : new Heap(runtime, thresholds, false);
  }

  Heap(Finalization runtime, int[] thresholds, boolean keepLiveSet) {
    this.nests = keepLiveSet;
    this.runtime = runtime;
    this.thresholds = thresholds.clone();
    this.collector = new CycleCollector(this, runtime);
    this.live = keepLiveSet ? Collections.newSetFromMap(new IdentityHashMap<>()) : null;
  }

  // ---------------------------------------------------------------- Memory budget

  /**
   * register() went over a limit with the object it just counted (of {@code size} bytes): takes more of the JVM
   * share if only the lease ran out; else undoes the count and raises the guest MemoryError, unless one is being
   * raised or an exception is in flight (its own objects must be allocatable; the next allocation checks again).
   */
  private void overBudget(long size) {
    if (liveCount <= maxObjects && bytesInUse <= maxBytes && leaseUpTo(bytesInUse)) {
      return;
    }
    if (raisingMemoryError || errorPending) {
      return;
    }
    liveCount--;
    bytesInUse -= size;
    if (collectUnderPressure() && liveCount < maxObjects && fits(size)) {
      liveCount++;
      bytesInUse += size;
      return;
    }
    throw memoryError();
  }

  /** Whether {@code bytes} more fit the budget and the JVM share (leasing more of it if needed). */
  private boolean fits(long bytes) {
    return bytes >= 0 && bytes <= maxBytes - bytesInUse && leaseUpTo(bytesInUse + bytes);
  }

  /** Makes the lease on the JVM share cover {@code total} bytes; false if the share is used up. */
  private boolean leaseUpTo(long total) {
    if (total <= bytesLimit) {
      return true;
    }
    if (!leasing) {
      return total <= maxBytes;
    }
    long want = (total - leased + JvmShare.CHUNK - 1) / JvmShare.CHUNK * JvmShare.CHUNK;
    if (!JvmShare.lease(want)) {
      return false;
    }
    leased += want;
    bytesLimit = Math.min(maxBytes, leased);
    return true;
  }

  /**
   * Under reclaim=TRACING, dead objects hold memory until a collection: before failing an allocation, a minor
   * collection frees them, as PyPy collects when its heap is full. Returns whether it ran.
   */
  private boolean collectUnderPressure() {
    if (tracer == null || !tracer.canCollect() || errorPending) {
      return false;
    }
    tracer.minorCollect();
    return true;
  }

  private RuntimeException memoryError() {
    raisingMemoryError = true;
    try {
      return runtime.memoryError();
    } finally {
      raisingMemoryError = false;
    }
  }

  /**
   * Checks, before a big result is built, that {@code bytes} more (CPython's size for it) fit the budget and the
   * JVM share; else raises the guest MemoryError, as CPython's allocator fails before filling the object.
   * Charges nothing: the object is charged when it is registered.
   */
  public void reserve(long bytes) {
    if (bytes > bytesLimit - bytesInUse && !fits(bytes) && !(collectUnderPressure() && fits(bytes))) {
      throw memoryError();
    }
  }

  /**
   * {@code o} (a list, dict or set) may have grown: charges the growth of its size estimate since it was last
   * charged, raising the guest MemoryError if that exceeds the budget. A container stays charged for its largest
   * size until it dies (CPython's containers keep most of their allocation when they shrink). An object the heap
   * never registered is not charged.
   */
  public void grew(PyObject o) {
    if (o.charged == 0) {
      // Never registered (a 3.11+ instance's inline attributes): nothing frees a charge made to it, so a growth
      // charged here would stay in use for the rest of the run (a false MemoryError after a few million instances).
      return;
    }
    long size = o.sizeEstimate();
    long more = size - o.charged;
    if (more > 0) {
      if (more > bytesLimit - bytesInUse && !fits(more) && !raisingMemoryError && !errorPending
          && !(collectUnderPressure() && fits(more))) {
        throw memoryError();
      }
      bytesInUse += more;
      o.charged = size;
    }
  }

  /** Gives back this heap's lease on the JVM share (at the end of its run). */
  public void releaseMemoryShare() {
    if (leasing) {
      JvmShare.release(leased);
      leased = 0;
      bytesLimit = 0;
    }
  }

  /** Bytes in use by live objects, in CPython's sizes (an estimate of the sum of their sys.getsizeof). */
  public long bytesInUse() {
    return bytesInUse;
  }

  // ---------------------------------------------------------------- Reference counts

  public <T extends PyObject> T incref(T o) {
    if (!o.immortal) {
      o.refcnt++;
    }
    return o;
  }

  public <T extends PyObject> T xincref(T o) {
    return o == null ? null : incref(o);
  }

  /**
   * Drops one reference; at zero the object is deallocated right here. Kept this small so the JIT inlines it
   * at every call site of the dispatch loop; the rest is {@link #reachedZero}.
   */
  public void decref(PyObject o) {
    if (!o.immortal && --o.refcnt <= 0) {
      reachedZero(o);
    }
  }

  /** The count of {@code o} just dropped to zero (deallocate it) or below (a decref of a dead object). */
  private void reachedZero(PyObject o) {
    if (o.refcnt < 0) {
      o.refcnt++;
      throw new IllegalStateException("decref of dead object " + describe(o) + " refcnt=" + o.refcnt);
    }
    if (tracer != null) {
      tracer.reachedZero(o);
    } else {
      dealloc(o);
    }
  }

  public void xdecref(PyObject o) {
    if (o != null) {
      decref(o);
    }
  }

  // ---------------------------------------------------------------- Allocation

  /**
   * Registers a new object (refcount 1, owned by the caller). A container counts towards generation 0 and
   * may trigger an automatic collection before it is tracked (_PyObject_GC_Link, 3.11: inside the
   * allocating call).
   */
  public <T extends PyObject> T register(T o) {
    return register(o, true);
  }

  /**
   * Registers a new container that is not tracked yet (a lazily tracked dict): it counts towards generation 0
   * like any GC allocation (_PyObject_GC_Alloc), but joins a generation only when {@link #track}ed.
   */
  public <T extends PyObject> T registerUntracked(T o) {
    return register(o, false);
  }

  private <T extends PyObject> T register(T o, boolean track) {
    long size = o.sizeEstimate();
    if (++liveCount > maxObjects || (bytesInUse += size) > bytesLimit) {
      overBudget(size);
    }
    o.charged = size;
    o.serial = ++serials;
    if (live != null) {
      live.add(o);
    }
    if (tracer != null) {
      tracer.allocated(o);
      if (o.isGcType()) {
        track(o);
      }
      return o;
    }
    if (o.isGcType()) {
      counts[0]++;
      if (stress && !collecting && !errorPending) {
        collector.collect(2);
      } else if (counts[0] > thresholds[0] && enabled && thresholds[0] != 0 && !collecting && !errorPending) {
        if (deferCollections) {
          gcScheduled = true;
        } else {
          collector.collectGenerations();
        }
      }
      if (track) {
        track(o);
      }
    }
    return o;
  }

  /**
   * How automatic collections run: inside the allocating call (3.11), or at the next eval-breaker check after
   * the allocation that crossed the threshold (3.12+, gh-97922), in 3.13 only if the collector is still enabled.
   */
  public void setDeferredCollections(boolean defer, boolean needsEnabled) {
    deferCollections = defer;
    scheduledNeedsEnabled = needsEnabled;
  }

  /**
   * _Py_HandlePending's GC step, at an eval-breaker check (RESUME, backward jumps, after a native call): runs a
   * scheduled automatic collection; collect_generations picks the generation from the counts as they are now.
   */
  public void runScheduledCollection() {
    if (!gcScheduled) {
      return;
    }
    gcScheduled = false;
    if (!collecting && (enabled || !scheduledNeedsEnabled)) {
      collector.collectGenerations();
    }
  }

  public void track(PyObject o) {
    if (o.gcNext == null) {
      generations[0].append(o);
    }
  }

  void untrack(PyObject o) {
    if (o.gcNext != null) {
      GcList.remove(o);
    }
  }

  public boolean isTracked(PyObject o) {
    return o.gcNext != null;
  }

  /** gc.get_objects' and gc.get_referrers' view: every tracked object, generation 0 first, each in list order. */
  public java.util.List<PyObject> trackedObjects() {
    java.util.List<PyObject> out = new java.util.ArrayList<>();
    for (GcList g : generations) {
      for (PyObject o = g.first(); !g.isHead(o); o = o.gcNext) {
        out.add(o);
      }
    }
    return out;
  }

  /**
   * _PyObject_GC_MAY_BE_TRACKED: a container (a tuple only while tracked). Built-in functions are
   * containers in CPython though the model never tracks them.
   */
  public boolean mayBeTracked(PyObject o) {
    if (o instanceof io.lifeline.interpreter.object.PyTuple) {
      return isTracked(o);
    }
    return o.isGcType() || o instanceof io.lifeline.interpreter.object.PyNativeFunction;
  }

  /** Marks an exception as being raised; returns the previous state. */
  public boolean setErrorPending(boolean pending) {
    boolean was = errorPending;
    errorPending = pending;
    return was;
  }

  // ---------------------------------------------------------------- Deallocation

  private void dealloc(PyObject o) {
    if (!traceRefs && !nests) {
      // The nesting depth only serves --trace-refs' death origin and the checked mode's watch.
      deallocByType(o);
      return;
    }
    if (traceRefs && deallocDepth == 0) {
      deathOrigin = runtime.location() + " released " + describe(o);
    }
    deallocDepth++;
    try {
      deallocByType(o);
    } finally {
      if (--deallocDepth == 0) {
        deathOrigin = null;
      }
    }
  }

  /** tp_dealloc of {@code o}'s type. */
  private void deallocByType(PyObject o) {
    if (o instanceof PyGenerator g) {
      genDealloc(g);
    } else if ((o instanceof PyInstance || o instanceof io.lifeline.interpreter.object.PyType) && o.type != null
        && o.type.heapType) {
      subtypeDealloc(o);
    } else if (o.hasFinalizer()) {
      finalizerDealloc(o);
    } else {
      releaseAndFree(o);
    }
  }

  /** The tail of every tp_dealloc: untrack, clear the weakrefs (callbacks run), release the contents, free. */
  private void releaseAndFree(PyObject o) {
    untrack(o);
    clearWeakrefs(o);
    o.releaseContents(this);
    freed(o);
  }

  /** --trace-refs: record, for each death, the instruction that dropped the last reference. */
  public void setTraceRefs(boolean on) {
    traceRefs = on;
  }

  /**
   * With tracing on, why guest code is running inside a deallocation: "OPCODE at line L in F released T",
   * or "gc.collect" during a collection; null when no deallocation or collection is in progress.
   */
  public String deathOrigin() {
    if (deathOrigin != null) {
      return deathOrigin;
    }
    if (tracer != null && tracer.isRunning() && traceRefs) {
      return "the tracing collector (" + runtime.location() + ")";
    }
    return collecting && traceRefs ? "the cycle collector (" + runtime.location() + ")" : null;
  }

  /** subtype_dealloc: __del__ (may resurrect), weakref callbacks, attributes, then the class. */
  private void subtypeDealloc(PyObject o) {
    untrack(o);
    if (o.hasFinalizer()) {
      track(o);
      if (callFinalizerFromDealloc(o)) {
        return;
      }
    }
    releaseAndFree(o);
  }

  /**
   * The tp_dealloc of a native type with tp_finalize (lifeline_native's finalized_dealloc):
   * PyObject_CallFinalizerFromDealloc first, the object still tracked where it is, then untrack, weakrefs,
   * contents.
   */
  private void finalizerDealloc(PyObject o) {
    if (!callFinalizerFromDealloc(o)) {
      releaseAndFree(o);
    }
  }

  /** gen_dealloc: weakrefs are cleared before the generator is closed (the reverse of instances). */
  private void genDealloc(PyGenerator g) {
    untrack(g);
    clearWeakrefs(g);
    track(g);
    if (callFinalizerFromDealloc(g)) {
      return;
    }
    untrack(g);
    runtime.clearGeneratorFrame(g);
    freed(g);
  }

  /**
   * PyObject_CallFinalizerFromDealloc: temporarily resurrects the object to run tp_finalize once.
   * Returns true if the finalizer resurrected it (the caller must then stop deallocating).
   */
  private boolean callFinalizerFromDealloc(PyObject o) {
    if ((o.gcFlags & FINALIZED) != 0 || !o.hasFinalizer()) {
      return false;
    }
    o.refcnt = 1;
    o.gcFlags |= FINALIZED;
    runtime.finalize(o);
    if (--o.refcnt == 0) {
      return false;
    }
    return true;
  }

  /** A tracing collection freed {@code o}, whose contents it has already released. */
  void reclaimed(PyObject o) {
    if (o.refcnt != 0) {
      throw new IllegalStateException("tracing collector freed a referenced object " + describe(o) + " refcnt="
          + o.refcnt);
    }
    freed(o);
  }

  private void freed(PyObject o) {
    deallocations++;
    liveCount--;
    bytesInUse -= o.charged;
    o.charged = 0;
    if (o.isGcType() && counts[0] > 0) {
      counts[0]--;
    }
    if (live != null) {
      live.remove(o);
    }
    o.refcnt = -1;
  }

  // ---------------------------------------------------------------- Weak references

  /**
   * Links a new weakref into its referent's list: a ref without callback goes first (it is the shared basic
   * ref); refs with callbacks go right after it, so callbacks run newest first (weakrefobject.c insert_after).
   */
  public void linkWeakref(PyObject referent, PyWeakref wr) {
    if (tracer != null) {
      tracer.weakrefLinked(referent, wr);
    }
    PyWeakref headRef = referent.weakrefs;
    if (isBasic(wr) || headRef == null || !isBasic(headRef)) {
      wr.next = headRef;
      if (headRef != null) {
        headRef.prev = wr;
      }
      referent.weakrefs = wr;
    } else {
      wr.prev = headRef;
      wr.next = headRef.next;
      if (headRef.next != null) {
        headRef.next.prev = wr;
      }
      headRef.next = wr;
    }
  }

  /** The shared callback-less weakref to {@code referent}, or null. */
  public PyWeakref basicRef(PyObject referent) {
    PyWeakref h = referent.weakrefs;
    return h != null && isBasic(h) ? h : null;
  }

  /** A ref of weakref.ref itself without callback (a subclass's ref is never shared: weakref_new's insert_after). */
  private static boolean isBasic(PyWeakref wr) {
    return wr.callback == null && !wr.type.heapType;
  }

  /** Unlinks {@code wr} from its referent's list and forgets the referent (clear_weakref). */
  public void unlinkWeakref(PyWeakref wr) {
    PyObject referent = wr.referent;
    if (referent != null) {
      if (referent.weakrefs == wr) {
        referent.weakrefs = wr.next;
      }
      if (wr.prev != null) {
        wr.prev.next = wr.next;
      }
      if (wr.next != null) {
        wr.next.prev = wr.prev;
      }
      wr.prev = null;
      wr.next = null;
      wr.referent = null;
    }
  }

  /**
   * PyObject_ClearWeakRefs: clears every weakref to a dying object, then calls the callbacks in list order
   * (newest first), each with its weakref; then releases the refs and callbacks, last first.
   */
  public void clearWeakrefs(PyObject o) {
    if (o.weakrefs == null) {
      return;
    }
    List<PyWeakref> refs = new ArrayList<>();
    List<PyObject> callbacks = new ArrayList<>();
    while (o.weakrefs != null) {
      PyWeakref wr = o.weakrefs;
      PyObject cb = wr.callback;
      wr.callback = null;
      unlinkWeakref(wr);
      if (cb != null) {
        refs.add(incref(wr));
        callbacks.add(cb);
      }
    }
    for (int i = 0; i < refs.size(); i++) {
      if (refs.get(i).refcnt > 1) {
        runtime.callWeakrefCallback(callbacks.get(i), refs.get(i));
      }
    }
    for (int i = refs.size() - 1; i >= 0; i--) {
      decref(callbacks.get(i));
      decref(refs.get(i));
    }
  }

  // ---------------------------------------------------------------- The gc module's view

  public CycleCollector collector() {
    return collector;
  }

  /** Switches this heap to PyPy's reclamation (reclaim=TRACING); call before any allocation. */
  public void useTracing() {
    tracer = new TracingCollector(this, runtime);
  }

  /**
   * A loop's back edge, where no native code holds a borrowed reference: under tracing, a minor collection
   * runs here once enough objects died (PyPy's nursery filling up).
   */
  public void minorCollectionPoint() {
    if (tracer != null && tracer.minorCollectionDue()) {
      tracer.minorCollect();
    }
  }

  /** The tracing collector, or null under reference counting. */
  public TracingCollector tracer() {
    return tracer;
  }

  public void setEnabled(boolean on) {
    enabled = on;
  }

  public boolean isEnabled() {
    return enabled;
  }

  public int[] counts() {
    return counts.clone();
  }

  public int[] thresholds() {
    return thresholds.clone();
  }

  public void setThresholds(int[] t) {
    System.arraycopy(t, 0, thresholds, 0, Math.min(t.length, 3));
  }

  /**
   * The memory budget (Budget.memoryBytes, the limit real interpreters get as {@code ulimit -v}): allocations
   * that would take the objects' CPython sizes past {@code bytes} (or half the JVM's heap) raise MemoryError in the
   * program, as do more objects than that holds at 128 bytes each (the model's objects are bigger than CPython's),
   * and growth the process-wide {@link JvmShare} cannot lease: so concurrent runs never exhaust the JVM together.
   * {@code bytes <= 0}: half the JVM's heap. The run gives its lease back with {@link #releaseMemoryShare}.
   */
  public void setMemoryBudget(long bytes) {
    long jvm = Runtime.getRuntime().maxMemory() / 2;
    long limit = bytes > 0 ? Math.min(bytes, jvm) : jvm;
    maxBytes = limit;
    maxObjects = Math.max(1000, limit / 64 / 2);
    leasing = true;
    bytesLimit = Math.min(maxBytes, leased);
  }

  /** Stress mode: a full collection at every container allocation. */
  public void setStress(boolean on) {
    stress = on;
  }

  /**
   * Has {@code w} (or, if null, nothing) watch the reference-count changes from now on; its direct decrements are
   * those made at the deallocation nesting of this moment. Only a {@link CheckedHeap} watches.
   */
  public void watch(RefWatch w) {
    throw new IllegalStateException("the checked mode needs a checked heap (an interpreter made for verification)");
  }

  public long deallocations() {
    return deallocations;
  }

  /** All live objects (only when constructed with the live set). */
  public Set<PyObject> liveObjects() {
    if (live == null) {
      throw new IllegalStateException("heap was created without a live set");
    }
    return live;
  }

  static String describe(PyObject o) {
    return (o.type == null ? "?" : o.type.name) + "@" + Integer.toHexString(System.identityHashCode(o));
  }
}
