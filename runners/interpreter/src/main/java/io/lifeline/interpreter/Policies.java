package io.lifeline.interpreter;

/**
 * The policies that distinguish one model backend from another on top of the shared interpreter. Each value
 * names the CPython (or PyPy) behaviour it models; see spec/backends.md and ../shared/semantics.md.
 *
 * @param pycall who owns Python-to-Python call arguments during the call
 * @param flocals what frame.f_locals is
 * @param comprehensions how list/set/dict comprehensions run
 * @param frames when frame objects exist
 * @param reclaim how memory is reclaimed
 * @param gcThresholds generation thresholds of the cycle collector
 */
public record Policies(CallConvention pycall, FLocals flocals, Comprehensions comprehensions, Frames frames,
    Reclaim reclaim, int[] gcThresholds) {

  /** 3.11+ move (bpo-45256): the callee frame steals the arguments. 3.10 hold: the caller keeps them. */
  public enum CallConvention { MOVE, HOLD }

  /** Up to 3.12 a snapshot dict cached on the frame; 3.13 (PEP 667) a proxy. */
  public enum FLocals { SNAPSHOT, PROXY }

  /** Up to 3.11 nested functions; 3.12 (PEP 709) inlined. */
  public enum Comprehensions { FUNCTION, INLINED }

  /** 3.11+ lazy frame objects; 3.10 eager. */
  public enum Frames { LAZY, EAGER }

  /** CPython reference counting plus cycle GC; PyPy tracing. */
  public enum Reclaim { REFCOUNT, TRACING }

  /** CPython 3.11: Python/ceval.c, Objects/frameobject.c, Modules/gcmodule.c of v3.11.7. */
  public static Policies cpython311() {
    return new Policies(CallConvention.MOVE, FLocals.SNAPSHOT, Comprehensions.FUNCTION, Frames.LAZY,
        Reclaim.REFCOUNT, new int[] {700, 10, 10});
  }

  /**
   * The calling convention of CPython 3.10 on top of 3.11's model: used by tests to show that policies
   * plug in; not yet a backend (frames, exc_info and gc counting of 3.10 are not modelled).
   */
  public static Policies cpython310CallsOnly() {
    return new Policies(CallConvention.HOLD, FLocals.SNAPSHOT, Comprehensions.FUNCTION, Frames.LAZY,
        Reclaim.REFCOUNT, new int[] {700, 10, 10});
  }

  @Override
  public int[] gcThresholds() {
    return gcThresholds.clone();
  }
}
