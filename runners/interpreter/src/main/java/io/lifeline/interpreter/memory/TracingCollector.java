package io.lifeline.interpreter.memory;

import io.lifeline.interpreter.object.PyFrameObject;
import io.lifeline.interpreter.object.PyGenerator;
import io.lifeline.interpreter.object.PyInstance;
import io.lifeline.interpreter.object.PyObject;
import io.lifeline.interpreter.object.PyType;
import io.lifeline.interpreter.object.PyWeakref;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * PyPy's major collection (rpython/memory/gc/incminimark.py) over the same heap as the reference counts: with
 * reclaim=TRACING a count reaching zero frees nothing, and only {@link #collect} reclaims memory. Read
 * {@link #collect} to understand how a collection works. The reference counts stay exact, so "reachable from the
 * roots" is computed like the cycle collector's subtract_refs, but over every object, not only containers.
 *
 * <p>Finalizers ({@code __del__}, a generator's close, a weakref lifeline's callbacks) follow
 * pypy/doc/discussion/finalizer-order.rst: one finalizer per strongly connected component per collection, none
 * for an object reachable from another finalizable object, and everything reachable from a finalizable object
 * survives the collection. Weakrefs to the objects freed, and to those only the finalizers queued reach, are
 * cleared before the finalizers are queued (invalidate_old_weakrefs inside deal_with_objects_with_finalizers); an
 * object whose finalizer runs has its weakrefs cleared and its lifeline detached just before
 * (UserDelAction._call_finalizer). Weakref callbacks are the finalizer of the referent's lifeline
 * (pypy/module/_weakref/interp__weakref.py), which the referent keeps alive: behind a {@code __del__} they run
 * one collection later.
 */
public final class TracingCollector {
  /** finalizer-order.rst's states: unreachable, temporary, reachable from a finalizer, alive. */
  private static final int UNREACHABLE = 0;
  private static final int TEMPORARY = 1;
  private static final int FROM_FINALIZER = 2;
  private static final int ALIVE = 3;

  /**
   * PyPy's WeakrefLifeline: the object a referent owns once a weakref with a callback is made to it; its
   * finalizer calls the callbacks of its weakrefs that are still alive, newest first.
   */
  static final class Lifeline {
    /** The object whose weakrefs these are; null once detached (W_Root.clear_all_weakrefs before finalizing). */
    PyObject owner;
    /** other_refs_weak: the weakrefs with callbacks, oldest first, held weakly. */
    final List<PyWeakref> refs = new ArrayList<>();

    Lifeline(PyObject owner) {
      this.owner = owner;
    }
  }

  private final Heap heap;
  private final Finalization runtime;
  /** Objects (and lifelines) with a registered finalizer, in registration order (old_objects_with_finalizers). */
  private List<Object> withFinalizers = new ArrayList<>();
  private final Map<PyObject, Lifeline> lifelines = new IdentityHashMap<>();
  /** Objects whose count reached zero since the last collection: candidates that nothing else may reach. */
  private final Map<PyObject, Boolean> zeroCount = new IdentityHashMap<>();
  private boolean collecting;
  private Runnable phaseValidator = () -> {};

  /**
   * A finalizable object of PyPy's own that the program cannot see and that dies at the next collection: the module
   * lock of an import (vm.ImportLocks), and one left over from start-up (probes: the next collection's queue then
   * runs in order, where it otherwise runs its first finalizer last).
   */
  private static final class Leftover {}

  TracingCollector(Heap heap, Finalization runtime) {
    this.heap = heap;
    this.runtime = runtime;
    withFinalizers.add(new Leftover());
  }

  /** Registers a {@link Leftover}: an import's module lock. */
  public void registerLeftover() {
    withFinalizers.add(new Leftover());
  }

  public void setPhaseValidator(Runnable validator) {
    this.phaseValidator = validator;
  }

  // ---------------------------------------------------------------- Registration

  /**
   * register_finalizer at allocation: instances of classes with {@code __del__} and of native types with
   * tp_finalize, generators whose code has a yield inside try or with (CO_YIELD_INSIDE_TRY,
   * pypy/interpreter/generator.py) and every coroutine.
   */
  void allocated(PyObject o) {
    if (o instanceof PyGenerator g) {
      if (g.coroutine || runtime.yieldsInsideTry(g)) {
        withFinalizers.add(g);
      }
    } else if (o.type != null && (o.type.heapType || !(o instanceof PyInstance || o instanceof PyType))
        && o.hasFinalizer()) {
      // a class with __del__, or a native type with tp_finalize: its W_Root's type has the __del__ slot wrapper
      // (cpyext), so allocate_instance registers the finalizer (pypy/objspace/std/objspace.py)
      withFinalizers.add(o);
    }
  }

  /** A weakref with a callback gives its referent a lifeline, registered as a finalizer the first time. */
  void weakrefLinked(PyObject referent, PyWeakref wr) {
    if (wr.callback() == null) {
      return;
    }
    Lifeline l = lifelines.get(referent);
    if (l == null) {
      l = new Lifeline(referent);
      lifelines.put(referent, l);
      withFinalizers.add(l);
    }
    l.refs.add(wr);
  }

  void reachedZero(PyObject o) {
    if (zeroCount.put(o, Boolean.TRUE) == null) {
      zeroBytes += o.charged;
    }
  }

  // ---------------------------------------------------------------- The driver

  /** Nesting of gc.collect() calls in progress, finalizers included (for --trace-refs). */
  private int running;

  /** Whether a major collection or the finalizers it queued are running (--trace-refs names it). */
  public boolean isRunning() {
    return running > 0;
  }

  /** gc.collect(): one major collection, then the finalizers it queued (interp_gc.collect). */
  public void collect() {
    if (collecting) {
      return;
    }
    running++;
    try {
      majorCollection();
    } finally {
      running--;
    }
  }

  private void majorCollection() {
    collecting = true;
    List<Object> queue;
    try {
      Map<PyObject, Boolean> unreachable = findUnreachable();
      phaseValidator.run();
      Map<Object, Integer> state = new IdentityHashMap<>();
      queue = dealWithObjectsWithFinalizers(unreachable, state);
      List<PyObject> dead = dead(unreachable, state);
      free(dead);
      phaseValidator.run();
    } finally {
      collecting = false;
    }
    runFinalizers(queue);
    phaseValidator.run();
  }

  /**
   * Dead objects (counts that reached zero) after which a loop's back edge runs a minor collection. PyPy's
   * nursery fills after far fewer; this bound only keeps the model's memory in check where PyPy would have
   * collected, without running any finalizer.
   */
  static final int MINOR_COLLECTION_AFTER = 500_000;

  private int minorCollectionAfter = MINOR_COLLECTION_AFTER;
  static final long MINOR_COLLECTION_BYTES = 64L << 20;
  /** Bytes charged for the objects in {@link #zeroCount}. */
  private long zeroBytes;

  /** Stress mode for tests: a minor collection at every loop back edge once {@code deaths} objects died. */
  public void setMinorCollectionAfter(int deaths) {
    minorCollectionAfter = deaths;
  }

  /**
   * Due once {@code minorCollectionAfter} objects died, or objects of {@link #MINOR_COLLECTION_BYTES} (CPython
   * sizes): PyPy's nursery is a few MiB, so garbage never holds the memory budget.
   */
  /** Whether a minor collection can run now (none is running): the heap's relief under memory pressure. */
  boolean canCollect() {
    return !collecting && running == 0;
  }

  boolean minorCollectionDue() {
    return (zeroCount.size() >= minorCollectionAfter || zeroBytes >= MINOR_COLLECTION_BYTES) && !collecting;
  }

  /**
   * A minor collection: frees what no finalizer can reach and clears the weakrefs to it, but runs no finalizer
   * (every registered finalizer and everything it reaches survives, as young objects with finalizers are
   * promoted); a freed object's lifeline waits for the next major collection to call back.
   */
  void minorCollect() {
    collecting = true;
    try {
      Map<PyObject, Boolean> unreachable = findUnreachable();
      Map<Object, Integer> state = new IdentityHashMap<>();
      for (Object x : withFinalizers) {
        if (stillFinalizable(x) && isUnreachable(x, unreachable)) {
          bump(x, UNREACHABLE, ALIVE, state, unreachable);
        }
      }
      List<PyObject> dead = dead(unreachable, state);
      invalidateWeakrefs(dead);
      free(dead);
      phaseValidator.run();
    } finally {
      collecting = false;
    }
  }

  // ---------------------------------------------------------------- Marking

  /**
   * Every object that the roots cannot reach. Candidates are the containers and the objects whose count
   * reached zero, closed over their referents; a candidate's references not accounted for by other candidates
   * come from outside (frames, the interpreter), so it is a root.
   */
  private Map<PyObject, Boolean> findUnreachable() {
    Map<PyObject, Boolean> candidates = new IdentityHashMap<>();
    Deque<PyObject> work = new ArrayDeque<>();
    for (GcList g : heap.generations) {
      for (PyObject o = g.first(); !g.isHead(o); o = o.gcNext) {
        addCandidate(o, candidates, work);
      }
    }
    for (PyObject o : zeroCount.keySet()) {
      addCandidate(o, candidates, work);
    }
    zeroCount.clear();
    zeroBytes = 0;
    while (!work.isEmpty()) {
      trace(work.pop(), r -> addCandidate(r, candidates, work));
    }
    for (PyObject o : candidates.keySet()) {
      o.gcRefs = o.refcnt;
    }
    for (PyObject o : candidates.keySet()) {
      o.traverseTraced(r -> {
        if (!r.immortal) {
          r.gcRefs--;
        }
      });
    }
    for (PyObject o : candidates.keySet()) {
      if (o.gcRefs > 0) {
        work.push(o);
      }
    }
    Map<PyObject, Boolean> reached = new IdentityHashMap<>();
    while (!work.isEmpty()) {
      PyObject o = work.pop();
      if (reached.put(o, Boolean.TRUE) == null) {
        trace(o, r -> {
          if (!r.immortal && !reached.containsKey(r)) {
            work.push(r);
          }
        });
      }
    }
    Map<PyObject, Boolean> unreachable = new IdentityHashMap<>();
    for (PyObject o : candidates.keySet()) {
      if (!reached.containsKey(o)) {
        unreachable.put(o, Boolean.TRUE);
      }
    }
    return unreachable;
  }

  /**
   * What {@code o} keeps alive for marking: its references ({@code traverse}), and for a frame object whose frame
   * is still run or suspended by someone else (a generator) that frame's references too, since in PyPy the frame
   * object is the frame. Without it, a generator found dead would hand its frame to a frame object that a
   * traceback keeps alive (take_ownership) together with locals already freed. The count subtraction uses
   * {@code traverse} alone: the frame's owner accounts for those references once.
   */
  private static void trace(PyObject o, PyObject.Visitor v) {
    o.traverse(v);
    if (o instanceof PyFrameObject fo) {
      fo.traverseForeignFrame(v);
    }
  }

  private static void addCandidate(PyObject o, Map<PyObject, Boolean> candidates, Deque<PyObject> work) {
    if (!o.immortal && o.refcnt >= 0 && candidates.put(o, Boolean.TRUE) == null) {
      work.push(o);
    }
  }

  // ---------------------------------------------------------------- invalidate_old_weakrefs

  /** Clears every weakref to an object this collection frees (their callbacks are its lifeline's finalizer). */
  private void invalidateWeakrefs(List<PyObject> dead) {
    for (PyObject o : dead) {
      clearWeakrefs(o);
    }
  }

  private void clearWeakrefs(PyObject o) {
    while (o.weakrefs != null) {
      heap.unlinkWeakref(o.weakrefs);
    }
  }

  // ---------------------------------------------------------------- deal_with_objects_with_finalizers

  /**
   * finalizer-order.rst's algorithm over the registered finalizers that became unreachable, in registration
   * order. Returns the finalizers to run (one per strongly connected component not reachable from another
   * finalizer); leaves in {@code state} ALIVE for everything they reach, which survives this collection.
   *
   * <p>The list is rebuilt as incminimark rebuilds old_objects_with_finalizers: first, in order, those alive or
   * already reached when their turn came; then those marked but found reachable from a later finalizer. That
   * reordering is observable: PyPy's next collection runs them in the new order.
   */
  private List<Object> dealWithObjectsWithFinalizers(Map<PyObject, Boolean> unreachable, Map<Object, Integer> state) {
    List<Object> next = new ArrayList<>();
    List<Object> marked = new ArrayList<>();
    for (Object x : withFinalizers) {
      if (!stillFinalizable(x)) {
        continue;
      }
      if (!isUnreachable(x, unreachable) || stateOf(state, x) != UNREACHABLE) {
        next.add(x);
        continue;
      }
      marked.add(x);
      Deque<Object> pending = new ArrayDeque<>();
      pending.push(x);
      while (!pending.isEmpty()) {
        Object y = pending.pop();
        int s = stateOf(state, y);
        if (s == UNREACHABLE) {
          state.put(y, TEMPORARY);
          successors(y, unreachable, pending);
        } else if (s == FROM_FINALIZER) {
          bump(y, FROM_FINALIZER, ALIVE, state, unreachable);
        }
      }
      bump(x, TEMPORARY, FROM_FINALIZER, state, unreachable);
    }
    invalidateWeakrefs(notAliveAfterMarking(unreachable, state));
    List<Object> queue = new ArrayList<>();
    for (Object x : marked) {
      if (stateOf(state, x) == FROM_FINALIZER) {
        queue.add(x);
        bump(x, FROM_FINALIZER, ALIVE, state, unreachable);
      } else {
        next.add(x);
      }
    }
    withFinalizers = next;
    return queue;
  }

  /**
   * What incminimark's deal_with_objects_with_finalizers clears weakrefs to before it queues the finalizers: the
   * objects still unreachable, and those only a finalizer being queued reaches (state FROM_FINALIZER, the
   * GCFLAG_FINALIZATION_ORDERING bit), which survive this collection with their weakrefs cleared. Objects that a
   * later finalizer's walk reached (ALIVE) keep theirs. Clearing a weakref leaves its callback to the lifeline.
   */
  private static List<PyObject> notAliveAfterMarking(Map<PyObject, Boolean> unreachable, Map<Object, Integer> state) {
    List<PyObject> out = new ArrayList<>();
    for (PyObject o : unreachable.keySet()) {
      int s = stateOf(state, o);
      if (s == UNREACHABLE || s == FROM_FINALIZER) {
        out.add(o);
      }
    }
    return out;
  }

  /** Recursively moves {@code from} to {@code to}, starting at {@code x} (states it does not change stop it). */
  private void bump(Object x, int from, int to, Map<Object, Integer> state, Map<PyObject, Boolean> unreachable) {
    Deque<Object> pending = new ArrayDeque<>();
    pending.push(x);
    while (!pending.isEmpty()) {
      Object y = pending.pop();
      if (stateOf(state, y) == from) {
        state.put(y, to);
        successors(y, unreachable, pending);
      }
    }
  }

  /** The unreachable objects {@code y} references, and its lifeline. */
  private void successors(Object y, Map<PyObject, Boolean> unreachable, Deque<Object> out) {
    if (y instanceof PyObject o) {
      trace(o, r -> {
        if (unreachable.containsKey(r)) {
          out.push(r);
        }
      });
      Lifeline l = lifelines.get(o);
      if (l != null) {
        out.push(l);
      }
    }
  }

  private static int stateOf(Map<Object, Integer> state, Object x) {
    Integer s = state.get(x);
    return s == null ? UNREACHABLE : s;
  }

  /** Whether {@code x} became unreachable: a detached lifeline has no owner left to keep it. */
  private static boolean isUnreachable(Object x, Map<PyObject, Boolean> unreachable) {
    if (x instanceof Leftover) {
      return true;
    }
    if (x instanceof Lifeline l) {
      return l.owner == null || unreachable.containsKey(l.owner);
    }
    return unreachable.containsKey((PyObject) x);
  }

  /**
   * rgc.may_ignore_finalizer: a finished generator, and a coroutine once started (coroutines never get
   * CO_YIELD_INSIDE_TRY), drop theirs; a finalized instance runs no second one.
   */
  private static boolean stillFinalizable(Object x) {
    if (x instanceof PyGenerator g) {
      return g.state != PyGenerator.State.COMPLETED && (!g.coroutine || g.state == PyGenerator.State.CREATED);
    }
    if (x instanceof PyObject o) {
      return (o.gcFlags & Heap.FINALIZED) == 0 && o.refcnt >= 0;
    }
    return true;
  }

  // ---------------------------------------------------------------- Sweeping

  /** The unreachable objects that no finalizer reaches: this collection frees them. */
  private static List<PyObject> dead(Map<PyObject, Boolean> unreachable, Map<Object, Integer> state) {
    List<PyObject> dead = new ArrayList<>();
    for (PyObject o : unreachable.keySet()) {
      if (stateOf(state, o) == UNREACHABLE) {
        dead.add(o);
      }
    }
    return dead;
  }

  /**
   * Frees {@code dead}: tp_clear on every object (what breaks the cycles a class keeps through its MRO; a
   * generator's frame is cleared as gen_dealloc clears it, handing it to a frame object that is referenced),
   * then every object's remaining contents, then the objects. No guest code runs here.
   */
  private void free(List<PyObject> dead) {
    for (PyObject o : dead) {
      heap.untrack(o);
      Lifeline l = lifelines.remove(o);
      if (l != null) {
        l.owner = null;
      }
      if (o instanceof PyGenerator g) {
        runtime.clearGeneratorFrame(g);
      } else {
        o.clear(heap);
      }
    }
    for (PyObject o : dead) {
      o.releaseContents(heap);
    }
    for (PyObject o : dead) {
      heap.reclaimed(o);
    }
  }

  // ---------------------------------------------------------------- The finalizer queue

  /**
   * UserDelAction._run_finalizers, as gc.collect() calls it. The collection fired the UserDelAction too, so the
   * first finalizer that runs Python code is interrupted at its first bytecode by the action, which runs all the
   * others first: a queue of three __del__ a, b, c runs b, c, a, while a builtin weakref callback at the head
   * runs before the rest (every probe, every run). PyPy's {@link Leftover} heading a queue absorbs the
   * interruption, so the program's first collection runs in plain order.
   */
  private void runFinalizers(List<Object> queue) {
    Deque<Object> pending = new ArrayDeque<>(queue);
    runtime.fireUserDelAction(() -> drain(pending));
    try {
      drain(pending);
    } finally {
      runtime.fireUserDelAction(null);
    }
  }

  private void drain(Deque<Object> pending) {
    while (!pending.isEmpty()) {
      runFinalizer(pending.poll());
    }
  }

  /** UserDelAction._call_finalizer: detach the lifeline and clear the weakrefs, then __del__ or _finalize_. */
  private void runFinalizer(Object x) {
    if (x instanceof Leftover) {
      runtime.fireUserDelAction(null);
      return;
    }
    if (x instanceof Lifeline l) {
      detach(l);
      callCallbacks(l);
      return;
    }
    PyObject o = (PyObject) x;
    o.gcFlags |= Heap.FINALIZED;
    Lifeline l = lifelines.get(o);
    if (l != null) {
      detach(l);
    }
    clearWeakrefs(o);
    heap.incref(o);
    if (o instanceof PyGenerator g) {
      if (runtime.suspendedInsideTry(g) || (g.coroutine && g.state == PyGenerator.State.CREATED)) {
        runtime.finalize(g);
      }
    } else {
      runtime.finalize(o);
    }
    heap.decref(o);
  }

  private void detach(Lifeline l) {
    if (l.owner != null) {
      lifelines.remove(l.owner);
      l.owner = null;
    }
  }

  /** WeakrefLifeline._finalize_: the callbacks of its weakrefs still alive, newest first. */
  private void callCallbacks(Lifeline l) {
    for (int i = l.refs.size() - 1; i >= 0; i--) {
      PyWeakref wr = l.refs.get(i);
      if (wr.refcnt < 0 || wr.callback() == null) {
        continue;
      }
      PyObject cb = wr.takeCallback();
      heap.incref(wr);
      runtime.callWeakrefCallback(cb, wr);
      heap.decref(cb);
      heap.decref(wr);
    }
  }
}
