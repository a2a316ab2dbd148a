package io.lifeline.interpreter.vm;

/**
 * The policies that distinguish one model backend from another on top of the shared interpreter. Each value
 * names the CPython (or PyPy) behaviour it models; spec/backends.md gives, per backend, the source that
 * establishes each policy and a scenario that observes it. A backend is one of the factory methods below, each
 * written as its differences from CPython 3.11 (or from the release it follows); tests derive variants with the
 * {@code with...} methods.
 *
 * @param pycall who owns Python-to-Python call arguments during the call
 * @param starCalls whether {@code f(*args)} / {@code f(**kw)} into a Python function is inlined
 * @param initCalls how {@code C(x)} reaches a Python {@code __init__}
 * @param flocals what frame.f_locals and locals() are
 * @param comprehensions how list/set/dict comprehensions run
 * @param frames when frame objects exist
 * @param excInfo what the thread's handled-exception state holds
 * @param genClose what close() does to a generator or coroutine
 * @param frameClear what frame.clear() does to a suspended generator's frame
 * @param reclaim how memory is reclaimed
 * @param gcCounting what the cycle collector counts as collected
 * @param gcScheduling when an automatic collection that an allocation triggers runs
 * @param gcThresholds generation thresholds of the cycle collector
 * @param wording whose error messages the built-ins raise
 * @param slices how the compiler subscripts with a two-part slice
 */
public record Policies(CallConvention pycall, StarCalls starCalls, InitCalls initCalls, FLocals flocals,
    Comprehensions comprehensions, Frames frames, ExcInfo excInfo, GenClose genClose, FrameClear frameClear,
    Reclaim reclaim, GcCounting gcCounting, GcScheduling gcScheduling, int[] gcThresholds, Wording wording,
    Slices slices, NativeFinalize nativeFinalize) {

  /**
   * MOVE: 3.11+ (bpo-45256), the callee frame steals the arguments. HOLD: 3.10, the caller keeps them until
   * the callee returns and releases them from the top of its stack. HOLD_POSITIONAL: PyPy before 7.3.18,
   * the arguments of a call without keywords stay on the caller's frame stack for the whole call; a call with
   * keywords (CALL_FUNCTION_KW builds an Arguments object) keeps none of them.
   */
  public enum CallConvention { MOVE, HOLD, HOLD_POSITIONAL }

  /** HELD: up to 3.11 the packed tuple/dict stays on the caller's stack. INLINED: 3.12+ (gh-98003). */
  public enum StarCalls { HELD, INLINED }

  /**
   * TYPE_CALL: through type.__call__, the caller holds the arguments. SPECIALIZED_AFTER_WARMUP: 3.13, from a
   * call site's second execution on, CALL_ALLOC_AND_ENTER_INIT moves them into __init__'s frame.
   */
  public enum InitCalls { TYPE_CALL, SPECIALIZED_AFTER_WARMUP }

  /** Up to 3.12 a snapshot dict cached on the frame; 3.13 (PEP 667) a proxy and fresh locals() snapshots. */
  public enum FLocals { SNAPSHOT, PROXY }

  /** Up to 3.11 nested functions; 3.12 (PEP 709) inlined. */
  public enum Comprehensions { FUNCTION, INLINED }

  /** 3.11+ lazy frame objects; 3.10 eager (every call has a frame object). */
  public enum Frames { LAZY, EAGER }

  /** TRIPLE: 3.10 keeps (type, value, traceback). EXCEPTION: 3.11+ keeps the exception only (bpo-45711). */
  public enum ExcInfo { TRIPLE, EXCEPTION }

  /**
   * THROW: 3.10/3.11, close() throws GeneratorExit into any generator, started or not. COMPLETE_UNSTARTED:
   * 3.12, a never-started generator is marked complete without running. SHORTCUT: 3.13, also a generator
   * suspended outside try/with is cleared without an exception, and close() returns the return value.
   */
  public enum GenClose { THROW, COMPLETE_UNSTARTED, SHORTCUT;

    /**
     * Whether a finishing generator frame is cleared while still linked to its caller. 3.10/3.11 (THROW):
     * gen_send_ex2 unlinks {@code frame->previous} before _PyFrame_Clear. 3.12+: RETURN_VALUE and exit_unwind
     * clear it in the eval loop (_PyEvalFrameClearAndPop) with the link intact, so take_ownership gives a frame
     * object a traceback keeps the caller's frame object as f_back (a cycle, for example, through a
     * contextmanager's __exit__ that threw into the generator).
     */
    public boolean finishesLinked() {
      return this != THROW;
    }

    /**
     * Whether throw() into an asend/athrow awaitable not yet started starts it (3.13, gh-117881: the awaitable
     * moves to its iterating state and marks the generator running), so a later send() resumes the generator
     * where the throw left it. Before, the awaitable stayed unstarted: aclose()'s next send() threw GeneratorExit
     * in, cutting short a finally block that awaited.
     */
    public boolean throwStartsAwaitable() {
      return this == SHORTCUT;
    }
  }

  /** CLOSES: up to 3.12 frame.clear() closes a suspended generator. REFUSES: 3.13 raises RuntimeError. */
  public enum FrameClear { CLOSES, REFUSES }

  /** CPython reference counting plus cycle GC; PyPy tracing. */
  public enum Reclaim { REFCOUNT, TRACING }

  /** OBJECTS: 3.11+ counts objects. WITH_INSTANCE_DICTS: 3.10 also counts instances' __dict__s. */
  public enum GcCounting { OBJECTS, WITH_INSTANCE_DICTS }

  /**
   * IN_ALLOCATION: 3.10/3.11 collect inside the allocating call. EVAL_BREAKER: 3.12 (gh-97922), the allocation
   * schedules the collection and the next eval-breaker check runs it. EVAL_BREAKER_IF_ENABLED: 3.13, the same,
   * but _Py_RunGC skips it if the collector was disabled meanwhile.
   */
  public enum GcScheduling { IN_ALLOCATION, EVAL_BREAKER, EVAL_BREAKER_IF_ENABLED }

  /**
   * Error messages that changed between releases (exception types never do): CPYTHON_312, "max() iterable
   * argument is empty"; CPYTHON_313 also "min() got an unexpected keyword argument 'k'" and "... and no __dict__
   * for setting new attributes".
   */
  public enum Wording { CPYTHON_311, CPYTHON_312, CPYTHON_313;

    public boolean atLeast(Wording w) {
      return compareTo(w) >= 0;
    }
  }

  /**
   * BUILD_SLICE: up to 3.11 {@code x[a:b]} builds a slice, then BINARY_SUBSCR releases the container before it.
   * BINARY_SLICE: 3.12+ BINARY_SLICE/STORE_SLICE release the slice (a, then b) before the container (and
   * before the stored value).
   */
  public enum Slices { BUILD_SLICE, BINARY_SLICE }

  /**
   * What calling a native type's tp_finalize through its {@code __del__} slot wrapper does (the finalizer of
   * lifeline_native.Finalized). CALLS: CPython, and PyPy 7.3.18, whose cpyext has wrap_del
   * (pypy/module/cpyext/slotdefs.py). ABORTS: PyPy 7.3.11 lists wrap_del among its missing_wrappers, so the call
   * is a fatal RPython NotImplementedError ("cpyext: missing slot wrapper wrap_del"): the process dies of SIGABRT.
   */
  public enum NativeFinalize { CALLS, ABORTS }

  /** CPython 3.11: Python/ceval.c, Objects/frameobject.c, Modules/gcmodule.c of v3.11.7. */
  /** Whether the backend is a PyPy (its own error messages). */
  public boolean isPypy() {
    return reclaim == Reclaim.TRACING;
  }

  /** Whether the backend is CPython 3.10 (its error messages before 3.11's rewording). */
  public boolean isCpython310() {
    return !isPypy() && wording == Wording.CPYTHON_311 && frames == Frames.EAGER;
  }

  public static Policies cpython311() {
    return new Policies(CallConvention.MOVE, StarCalls.HELD, InitCalls.TYPE_CALL, FLocals.SNAPSHOT,
        Comprehensions.FUNCTION, Frames.LAZY, ExcInfo.EXCEPTION, GenClose.THROW, FrameClear.CLOSES,
        Reclaim.REFCOUNT, GcCounting.OBJECTS, GcScheduling.IN_ALLOCATION, new int[] {700, 10, 10},
        Wording.CPYTHON_311, Slices.BUILD_SLICE, NativeFinalize.CALLS);
  }

  /**
   * PyPy 7.3.11 (Python 3.9): tracing reclamation (rpython/memory/gc/incminimark.py, finalizers ordered as in
   * pypy/doc/discussion/finalizer-order.rst), positional call arguments held on the caller's frame stack (but
   * not {@code f(*args)}'s packed tuple: a probe saw its element die in the callee), every call with a frame
   * object, sys.exc_info() a triple.
   */
  public static Policies pypy7311() {
    return cpython311().with(CallConvention.HOLD_POSITIONAL, StarCalls.INLINED, Frames.EAGER, ExcInfo.TRIPLE,
        Reclaim.TRACING, NativeFinalize.ABORTS);
  }

  /**
   * PyPy 7.3.18: 7.3.11 with pypy/pypy PR #5087 ("avoid keeping refs on the frame stack when calling
   * functions"), so a callee owns its arguments as in CPython 3.11.
   */
  public static Policies pypy7318() {
    return pypy7311().with(CallConvention.MOVE, NativeFinalize.CALLS);
  }

  /**
   * CPython 3.10: Python/ceval.c, Objects/frameobject.c, Modules/gcmodule.c of v3.10.13 (spec/backends.md,
   * section cpython-3.10).
   */
  public static Policies cpython310() {
    return cpython311().with(CallConvention.HOLD, Frames.EAGER, ExcInfo.TRIPLE, GcCounting.WITH_INSTANCE_DICTS);
  }

  /**
   * CPython 3.12 (v3.12.1 sources): 3.11 plus inlined {@code f(*args)}/{@code f(**kw)} calls (gh-98003),
   * PEP 709 inlined comprehensions, close() of a never-started generator without GeneratorExit, and automatic
   * collections scheduled for the next eval-breaker check (gh-97922).
   */
  public static Policies cpython312() {
    return cpython311().with(StarCalls.INLINED, Comprehensions.INLINED, GenClose.COMPLETE_UNSTARTED,
        GcScheduling.EVAL_BREAKER, Wording.CPYTHON_312, Slices.BINARY_SLICE);
  }

  /**
   * CPython 3.13 (v3.13.0 sources): 3.12 plus PEP 667 f_locals proxies, CALL_ALLOC_AND_ENTER_INIT after a
   * call site's warm-up, the gen_close shortcut and close() return values (gh-104770), frame.clear() refusing
   * suspended frames, and thresholds (2000, 10, 10).
   */
  public static Policies cpython313() {
    return cpython312().with(InitCalls.SPECIALIZED_AFTER_WARMUP, FLocals.PROXY, GenClose.SHORTCUT,
        FrameClear.REFUSES, GcScheduling.EVAL_BREAKER_IF_ENABLED, Wording.CPYTHON_313).withGcThresholds(2000, 10, 10);
  }

  /**
   * The calling convention of CPython 3.10 on top of 3.11's model: used by tests to show that one policy
   * plugs in on its own.
   */
  public static Policies cpython310CallsOnly() {
    return cpython311().with(CallConvention.HOLD);
  }

  /** These policies with the calling convention {@code v}. */
  public Policies withPycall(CallConvention v) {
    return with(v);
  }

  /** These policies with the cycle collector's generation thresholds {@code thresholds}. */
  public Policies withGcThresholds(int... thresholds) {
    return new Policies(pycall, starCalls, initCalls, flocals, comprehensions, frames, excInfo, genClose, frameClear,
        reclaim, gcCounting, gcScheduling, thresholds.clone(), wording, slices, nativeFinalize);
  }

  /** These policies with each of {@code changes} in place of the policy of its kind. */
  public Policies with(Enum<?>... changes) {
    Policies p = this;
    for (Enum<?> c : changes) {
      if (c.getDeclaringClass().getEnclosingClass() != Policies.class) {
        throw new IllegalArgumentException("not a policy: " + c);
      }
      p = new Policies(c instanceof CallConvention v ? v : p.pycall, c instanceof StarCalls v ? v : p.starCalls,
          c instanceof InitCalls v ? v : p.initCalls, c instanceof FLocals v ? v : p.flocals,
          c instanceof Comprehensions v ? v : p.comprehensions, c instanceof Frames v ? v : p.frames,
          c instanceof ExcInfo v ? v : p.excInfo, c instanceof GenClose v ? v : p.genClose,
          c instanceof FrameClear v ? v : p.frameClear, c instanceof Reclaim v ? v : p.reclaim,
          c instanceof GcCounting v ? v : p.gcCounting, c instanceof GcScheduling v ? v : p.gcScheduling,
          p.gcThresholds, c instanceof Wording v ? v : p.wording, c instanceof Slices v ? v : p.slices,
          c instanceof NativeFinalize v ? v : p.nativeFinalize);
    }
    return p;
  }

  @Override
  public int[] gcThresholds() {
    return gcThresholds.clone();
  }
}
