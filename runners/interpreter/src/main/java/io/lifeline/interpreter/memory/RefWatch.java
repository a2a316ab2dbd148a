package io.lifeline.interpreter.memory;

import io.lifeline.interpreter.object.PyObject;

/**
 * The checked mode's record of the reference-count changes made to a few watched objects (the running
 * instruction's stack inputs): how many times each was incremented, and decremented directly (not by the
 * deallocation of an object that held it), while the {@link Heap} had this watch. Only a test run sets one;
 * only a {@link CheckedHeap} reports to one, so normal runs pay nothing for it.
 */
public final class RefWatch {
  private final PyObject[] watched;
  private final int[] increfs;
  private final int[] decrefs;
  /** The heap's deallocation nesting when the watch began: decrements made deeper are by deallocations. */
  int depth;

  public RefWatch(PyObject[] watched) {
    this.watched = watched;
    this.increfs = new int[watched.length];
    this.decrefs = new int[watched.length];
  }

  void saw(PyObject o, int delta) {
    for (int i = 0; i < watched.length; i++) {
      if (watched[i] == o) {
        if (delta > 0) {
          increfs[i]++;
        } else {
          decrefs[i]++;
        }
        return;
      }
    }
  }

  /** Increments of the {@code i}-th watched object so far. */
  public int increfs(int i) {
    return increfs[i];
  }

  /** Decrements of the {@code i}-th watched object so far. */
  public int decrefs(int i) {
    return decrefs[i];
  }
}
