package io.lifeline.interpreter.memory;

import io.lifeline.interpreter.object.PyObject;
import io.lifeline.interpreter.object.PyWeakref;

/**
 * CPython 3.11's generational cycle collector (Modules/gcmodule.c), phase for phase. Read {@link #collect}
 * to understand how a collection works; every list keeps CPython's order because finalizers and weakref
 * callbacks run in list order, and that order is observable.
 */
public final class CycleCollector {
  private final Heap heap;
  private final Finalization runtime;
  /** Installed by tests: runs between phases (debug builds' validate_list). */
  private Runnable phaseValidator = () -> {};
  private CollectionCallbacks callbacks = CollectionCallbacks.NONE;

  CycleCollector(Heap heap, Finalization runtime) {
    this.heap = heap;
    this.runtime = runtime;
  }

  public void setPhaseValidator(Runnable validator) {
    this.phaseValidator = validator;
  }

  /** Installs gc.callbacks' invoker. */
  public void setCallbacks(CollectionCallbacks callbacks) {
    this.callbacks = callbacks;
  }

  /**
   * collect_generations: collects the oldest generation whose count exceeds its threshold, skipping a full
   * collection while fewer than 25% of long-lived objects are pending (avoids quadratic behaviour).
   */
  void collectGenerations() {
    for (int i = 2; i >= 0; i--) {
      if (heap.counts[i] > heap.thresholds[i]) {
        if (i == 2 && heap.longLivedPending < heap.longLivedTotal / 4) {
          continue;
        }
        collect(i);
        break;
      }
    }
  }

  /**
   * gc_collect_with_callback: collects {@code generation} and all younger ones between gc.callbacks' "start" and
   * "stop". Returns the number of unreachable objects found (what gc.collect() returns; all are collected:
   * there are no legacy tp_del finalizers, so nothing is uncollectable).
   */
  public int collect(int generation) {
    if (heap.collecting) {
      return 0;
    }
    heap.collecting = true;
    try {
      callbacks.invoke("start", generation, 0, 0);
      int collected = collectMain(generation);
      callbacks.invoke("stop", generation, collected, 0);
      return collected;
    } finally {
      heap.collecting = false;
    }
  }

  /** gc_collect_main: the collection itself. */
  private int collectMain(int generation) {
    if (generation + 1 < 3) {
      heap.counts[generation + 1]++;
    }
    for (int i = 0; i <= generation; i++) {
      heap.counts[i] = 0;
    }
    GcList young = heap.generations[generation];
    for (int i = 0; i < generation; i++) {
      young.mergeFrom(heap.generations[i]);
    }
    GcList old = generation < 2 ? heap.generations[generation + 1] : young;

    GcList unreachable = new GcList();
    deduceUnreachable(young, unreachable);
    int survivors = untrackTuples(young);
    phaseValidator.run();
    if (young != old) {
      if (generation == 1) {
        heap.longLivedPending += survivors;
      }
      old.mergeFrom(young);
    } else {
      heap.longLivedPending = 0;
      heap.longLivedTotal = untrackDicts(young);
    }
    int freedWeakrefs = handleWeakrefCallbacks(unreachable, old);
    phaseValidator.run();
    finalizeGarbage(unreachable);
    phaseValidator.run();
    GcList finalUnreachable = new GcList();
    handleResurrectedObjects(unreachable, finalUnreachable, old);
    int found = finalUnreachable.size();
    deleteGarbage(finalUnreachable, old);
    phaseValidator.run();
    return found + freedWeakrefs;
  }

  // ---------------------------------------------------------------- deduce_unreachable

  /**
   * Moves to {@code unreachable} every object of {@code base} that is referenced only from inside
   * {@code base}: gc_refs = refcount minus internal references (update_refs, subtract_refs), then
   * move_unreachable.
   */
  private void deduceUnreachable(GcList base, GcList unreachable) {
    updateRefs(base);
    subtractRefs(base);
    moveUnreachable(base, unreachable);
  }

  private void updateRefs(GcList list) {
    for (PyObject o = list.first(); !list.isHead(o); o = o.gcNext) {
      o.gcRefs = o.refcnt;
      o.gcFlags |= Heap.COLLECTING;
      o.gcFlags &= ~Heap.UNREACHABLE;
    }
  }

  private void subtractRefs(GcList list) {
    PyObject.Visitor subtract = seeingThrough(r -> {
      if (r.gcNext != null && (r.gcFlags & Heap.COLLECTING) != 0) {
        r.gcRefs--;
      }
    });
    for (PyObject o = list.first(); !list.isHead(o); o = o.gcNext) {
      o.traverse(subtract);
    }
  }

  /** {@code v}, applied to the referents of holders the collector looks through instead of the holders. */
  private static PyObject.Visitor seeingThrough(PyObject.Visitor v) {
    return new PyObject.Visitor() {
      @Override
      public void visit(PyObject r) {
        if (r.collectorSeesThrough()) {
          r.traverse(this);
        } else {
          v.visit(r);
        }
      }
    };
  }

  /**
   * move_unreachable: scans {@code young} in order; an object with gc_refs 0 is tentatively moved to
   * {@code unreachable}; traversing a reachable object marks its referents reachable, moving any already
   * judged unreachable back to the tail of {@code young} (this re-append is what reorders objects that
   * survive through a holder, p05c).
   */
  private void moveUnreachable(GcList young, GcList unreachable) {
    PyObject.Visitor reach = seeingThrough(r -> visitReachable(r, young));
    PyObject o = young.first();
    while (!young.isHead(o)) {
      PyObject next = o.gcNext;
      if (o.gcRefs > 0) {
        o.traverse(reach);
        o.gcFlags &= ~Heap.COLLECTING;
        next = o.gcNext;
      } else {
        unreachable.moveIn(o);
        o.gcFlags |= Heap.UNREACHABLE;
      }
      o = next;
    }
  }

  private static void visitReachable(PyObject r, GcList young) {
    if (r.gcNext == null || (r.gcFlags & Heap.COLLECTING) == 0) {
      return;
    }
    if ((r.gcFlags & Heap.UNREACHABLE) != 0) {
      young.moveIn(r);
      r.gcFlags &= ~Heap.UNREACHABLE;
      r.gcRefs = 1;
    } else if (r.gcRefs == 0) {
      r.gcRefs = 1;
    }
  }

  /**
   * untrack_tuples (every collection): a surviving tuple none of whose items may be tracked leaves the
   * generations for good (_PyTuple_MaybeUntrack); list order matters, as a tuple of tuples is untracked only
   * if its items were untracked before it. Returns how many survivors are left (gc_list_size of them, counted
   * on the way).
   */
  private int untrackTuples(GcList survivors) {
    int left = 0;
    for (PyObject o = survivors.first(); !survivors.isHead(o); ) {
      PyObject next = o.gcNext;
      if (o instanceof io.lifeline.interpreter.object.PyTuple t && !holdsTrackable(t)) {
        heap.untrack(t);
      } else {
        left++;
      }
      o = next;
    }
    return left;
  }

  private boolean holdsTrackable(io.lifeline.interpreter.object.PyTuple t) {
    for (PyObject item : t.items) {
      if (item == null || heap.mayBeTracked(item)) {
        return true;
      }
    }
    return false;
  }

  /**
   * untrack_dicts (full collections only, issue #14775): a lazily tracked dict that holds no container
   * leaves the generations until a container is stored in it again. Returns how many survivors are left.
   */
  private int untrackDicts(GcList survivors) {
    int left = 0;
    for (PyObject o = survivors.first(); !survivors.isHead(o); ) {
      PyObject next = o.gcNext;
      if (o instanceof io.lifeline.interpreter.object.PyDict d && d.lazyTracking && !d.holdsContainers(heap)) {
        heap.untrack(d);
      } else {
        left++;
      }
      o = next;
    }
    return left;
  }

  // ---------------------------------------------------------------- handle_weakrefs

  /**
   * Clears every weakref to an unreachable object before any finalizer runs. Callbacks run only for
   * weakrefs that are not garbage themselves (a garbage weakref's callback could see cleared objects), in
   * unreachable-list order, newest weakref first per object. Returns the weakrefs freed by their callbacks.
   */
  private int handleWeakrefCallbacks(GcList unreachable, GcList old) {
    GcList toCall = new GcList();
    for (PyObject o = unreachable.first(); !unreachable.isHead(o); ) {
      PyObject next = o.gcNext;
      if (o instanceof PyWeakref w) {
        heap.unlinkWeakref(w);
      }
      while (o.weakrefs != null) {
        PyWeakref wr = o.weakrefs;
        heap.unlinkWeakref(wr);
        if (wr.callback() == null || (wr.gcFlags & Heap.COLLECTING) != 0 && wr.gcNext != null) {
          continue;
        }
        heap.incref(wr);
        if (wr.gcNext != null) {
          toCall.moveIn(wr);
        } else {
          toCall.append(wr);
        }
      }
      o = next;
    }
    int freed = 0;
    while (!toCall.isEmpty()) {
      PyWeakref wr = (PyWeakref) toCall.first();
      runtime.callWeakrefCallback(wr.callback(), wr);
      heap.decref(wr);
      if (toCall.first() == wr) {
        old.moveIn(wr);
      } else {
        freed++;
      }
    }
    return freed;
  }

  // ---------------------------------------------------------------- finalize_garbage

  /** Calls tp_finalize once per object, in list order, marking each FINALIZED first (PEP 442). */
  private void finalizeGarbage(GcList collectable) {
    GcList seen = new GcList();
    while (!collectable.isEmpty()) {
      PyObject o = collectable.first();
      seen.moveIn(o);
      if ((o.gcFlags & Heap.FINALIZED) == 0 && o.hasFinalizer()) {
        o.gcFlags |= Heap.FINALIZED;
        heap.incref(o);
        runtime.finalize(o);
        heap.decref(o);
      }
    }
    collectable.mergeFrom(seen);
  }

  // ---------------------------------------------------------------- handle_resurrected_objects

  /**
   * A finalizer may have made garbage reachable again: recompute, keep in {@code stillUnreachable} only
   * what is still garbage, and move the resurrected objects to the old generation.
   */
  private void handleResurrectedObjects(GcList unreachable, GcList stillUnreachable, GcList old) {
    deduceUnreachable(unreachable, stillUnreachable);
    for (PyObject o = unreachable.first(); !unreachable.isHead(o); o = o.gcNext) {
      o.gcFlags &= ~Heap.COLLECTING;
    }
    old.mergeFrom(unreachable);
  }

  // ---------------------------------------------------------------- delete_garbage

  /** Calls tp_clear on each object in list order; what survives goes back to the old generation. */
  private void deleteGarbage(GcList collectable, GcList old) {
    while (!collectable.isEmpty()) {
      PyObject o = collectable.first();
      heap.incref(o);
      o.clear(heap);
      heap.decref(o);
      if (collectable.first() == o) {
        o.gcFlags &= ~(Heap.COLLECTING | Heap.UNREACHABLE);
        old.moveIn(o);
      }
    }
  }
}
