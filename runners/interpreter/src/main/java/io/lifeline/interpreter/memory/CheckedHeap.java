package io.lifeline.interpreter.memory;

import io.lifeline.interpreter.object.PyObject;

/**
 * The heap of the verification and checked modes (tests only): it keeps every live object for the heap verifier,
 * and reports the reference-count changes of the running instruction's inputs to the checked mode's
 * {@link RefWatch}. Its own class so that the plain {@link Heap}'s count changes never test for a watch.
 */
final class CheckedHeap extends Heap {
  /** The checked mode's watch on the running instruction's inputs (VM's ownership check), or null. */
  private RefWatch watch;

  CheckedHeap(Finalization runtime, int[] thresholds) {
    super(runtime, thresholds, true);
  }

  @Override
  public <T extends PyObject> T incref(T o) {
    if (watch != null && !o.immortal) {
      watch.saw(o, 1);
    }
    return super.incref(o);
  }

  @Override
  public void decref(PyObject o) {
    if (watch != null && deallocDepth == watch.depth) {
      watch.saw(o, -1);
    }
    super.decref(o);
  }

  @Override
  public void watch(RefWatch w) {
    watch = w;
    if (w != null) {
      w.depth = deallocDepth;
    }
  }
}
