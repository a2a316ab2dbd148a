package io.lifeline.interpreter.vm;

import io.lifeline.interpreter.bytecode.Opcode;
import io.lifeline.interpreter.object.Frame;
import io.lifeline.interpreter.object.PyBoundMethod;
import io.lifeline.interpreter.object.PyFunction;
import io.lifeline.interpreter.object.PyGenerator;
import io.lifeline.interpreter.object.PyObject;
import io.lifeline.interpreter.object.PyTuple;
import io.lifeline.interpreter.object.PyType;

/**
 * How CALL hands the callable and its arguments to the callee ({@link Policies.CallConvention}, with
 * {@link Policies.InitCalls} for a class whose {@code __init__} is a Python function), chosen once per
 * interpreter by {@link #of}: the dispatch loop reads it once per CALL. Who owns the arguments during the call
 * decides when they can die, which is what the scenarios observe.
 */
interface CallingConvention {
  /**
   * CALL with {@code argc} arguments above the callable (and its NULL or self slot) on {@code f}'s stack, the
   * frame's pending KW_NAMES consumed: returns the new frame of a Python callee for the loop to switch to, or
   * null when the result (or a new generator) has been pushed.
   */
  Frame call(Frame f, int argc);

  /**
   * Which of CALL's declared ownerships (the opcode table's) the CALL about to run on {@code f} follows, for the
   * checked mode; null when it cannot be told before the call.
   */
  Opcode.Calling ownership(Frame f, int argc);

  /** The callable of the CALL about to run on {@code f}: the function of a bound method. */
  static PyObject callee(Frame f, int argc) {
    int base = f.sp - argc - 2;
    PyObject callable = f.stack[base] != null ? f.stack[base] : f.stack[base + 1];
    return callable instanceof PyBoundMethod bm ? bm.func() : callable;
  }

  /** The convention of a backend's policies. */
  static CallingConvention of(Policies policies, Interp in, FrameSetup frames, Generators generators,
      Calls calls) {
    CallSiteWarmup warmup = switch (policies.initCalls()) {
      case TYPE_CALL -> null;
      case SPECIALIZED_AFTER_WARMUP -> new CallSiteWarmup(in);
    };
    Moving moving = new Moving(in, frames, generators, calls, warmup);
    return switch (policies.pycall()) {
      case MOVE -> moving;
      case HOLD -> new Holding(in, frames, generators, calls);
      case HOLD_POSITIONAL -> new HoldingPositional(new Holding(in, frames, generators, calls), moving);
    };
  }

  /** The keyword names KW_NAMES left for this CALL (null if none), consumed. */
  static PyTuple takeKwnames(Frame f) {
    PyTuple kwnames = (PyTuple) f.kwnames;
    f.kwnames = null;
    return kwnames;
  }

  /** The parts of the VM a convention calls into. */
  abstract class Parts extends VmPart {
    final FrameSetup frames;
    final Generators generators;
    final Calls calls;

    Parts(Interp in, FrameSetup frames, Generators generators, Calls calls) {
      super(in);
      this.frames = frames;
      this.generators = generators;
      this.calls = calls;
    }
  }

  /**
   * MOVE (3.11+, bpo-45256): a Python function gets a new frame that steals the callable and the arguments from
   * the stack; any other callable is called with the arguments borrowed from the stack, after which the
   * callable and then the arguments, in index order, are released, and (3.12+) the eval breaker runs a scheduled
   * collection. With a {@link CallSiteWarmup} (3.13), a warm call site of a class enters its Python
   * {@code __init__} directly (CALL_ALLOC_AND_ENTER_INIT).
   */
  final class Moving extends Parts implements CallingConvention {
    /** Null unless __init__ calls specialize after warm-up (Policies.InitCalls.SPECIALIZED_AFTER_WARMUP). */
    private final CallSiteWarmup warmup;

    Moving(Interp in, FrameSetup frames, Generators generators, Calls calls, CallSiteWarmup warmup) {
      super(in, frames, generators, calls);
      this.warmup = warmup;
    }

    /** A Python function's frame steals; a class call may enter __init__ so after warm-up: not told. */
    @Override
    public Opcode.Calling ownership(Frame f, int argc) {
      PyObject callee = CallingConvention.callee(f, argc);
      return callee instanceof PyFunction ? Opcode.Calling.MOVING
          : warmup != null && callee instanceof PyType ? null : Opcode.Calling.HOLDING;
    }

    @Override
    public Frame call(Frame f, int argc) {
      PyTuple kwnames = takeKwnames(f);
      int base = f.sp - argc - 2;
      boolean isMeth = f.stack[base] != null;
      if (warmup != null && kwnames == null && !isMeth) {
        PyFunction init = warmup.initToEnter(f.code, f.lasti, f.stack[base + 1], argc);
        if (init != null) {
          return calls.allocAndEnterInit(f, base, init);
        }
      }
      if (!isMeth && f.stack[base + 1] instanceof PyBoundMethod bm) {
        f.stack[base] = heap.incref(bm.func());
        f.stack[base + 1] = heap.incref(bm.self());
        heap.decref(bm);
        isMeth = true;
      }
      PyObject callable = isMeth ? f.stack[base] : f.stack[base + 1];
      int argStart = isMeth ? base + 1 : base + 2;
      int total = f.sp - argStart;
      if (callable instanceof PyFunction fn) {
        return enter(f, fn, base, argStart, total, kwnames);
      }
      calls.callNative(f, callable, base, argStart, total, kwnames);
      return null;
    }

    /**
     * The callee's frame takes the callable and the {@code total} arguments at {@code argStart}; they leave the
     * stack before binding (a collection meanwhile must not see them there), and binding moves them out of the
     * slots above the new top, which are cleared then.
     */
    private Frame enter(Frame f, PyFunction fn, int base, int argStart, int total, PyTuple kwnames) {
      Frame callee = kwnames == null ? frames.positionalFrame(fn, f.stack, argStart, total)
          : frames.keywordFrame(fn, f.stack, argStart, total, kwnames);
      int top = f.sp;
      f.sp = base;
      if (callee == null) {
        try {
          callee = frames.newFrame(fn, f.stack, argStart, total, kwnames);
        } finally {
          clear(f, base, top);
        }
      } else {
        clear(f, base, top);
      }
      if (fn.code.isGenerator()) {
        f.push(generators.makeGenerator(callee, fn));
        return null;
      }
      frames.enterFrame(callee, f);
      return callee;
    }

    private static void clear(Frame f, int from, int to) {
      for (int i = from; i < to; i++) {
        f.stack[i] = null;
      }
    }
  }

  /**
   * HOLD (3.10 call_function): the callee's frame gets new references while the caller's stack keeps the
   * callable and the arguments; when the call returns they are popped from the top (last argument first,
   * callable last). Native calls release the same way.
   */
  final class Holding extends Parts implements CallingConvention {
    Holding(Interp in, FrameSetup frames, Generators generators, Calls calls) {
      super(in, frames, generators, calls);
    }

    @Override
    public Opcode.Calling ownership(Frame f, int argc) {
      return Opcode.Calling.HOLDING;
    }

    @Override
    public Frame call(Frame f, int argc) {
      PyTuple kwnames = takeKwnames(f);
      int base = f.sp - argc - 2;
      boolean isMeth = f.stack[base] != null;
      PyObject callable = isMeth ? f.stack[base] : f.stack[base + 1];
      int argStart = isMeth ? base + 1 : base + 2;
      PyObject[] argv = new PyObject[f.sp - argStart];
      System.arraycopy(f.stack, argStart, argv, 0, argv.length);
      PyFunction fn = callable instanceof PyFunction pf ? pf : null;
      PyObject[] frameArgs = argv;
      if (fn == null && callable instanceof PyBoundMethod bm && bm.func() instanceof PyFunction bf) {
        fn = bf;
        frameArgs = new PyObject[argv.length + 1];
        frameArgs[0] = bm.self();
        System.arraycopy(argv, 0, frameArgs, 1, argv.length);
      }
      if (fn != null) {
        return enter(f, fn, base, frameArgs, kwnames);
      }
      PyObject res;
      try {
        res = ops.call(callable, argv, kwnames);
      } finally {
        calls.popHeld(f, base);
      }
      f.push(res);
      return null;
    }

    /** The callee's frame gets new references to {@code frameArgs}; the caller's stack keeps its own. */
    private Frame enter(Frame f, PyFunction fn, int base, PyObject[] frameArgs, PyTuple kwnames) {
      PyObject[] owned = new PyObject[frameArgs.length];
      for (int i = 0; i < owned.length; i++) {
        owned[i] = heap.incref(frameArgs[i]);
      }
      heap.incref(fn);
      Frame callee;
      try {
        callee = frames.newFrame(fn, owned, kwnames);
      } catch (PyException e) {
        calls.popHeld(f, base);
        throw e;
      }
      if (fn.code.isGenerator()) {
        PyGenerator g = generators.makeGenerator(callee, fn);
        calls.popHeld(f, base);
        f.push(g);
        return null;
      }
      callee.heldBase = base;
      frames.enterFrame(callee, f);
      return callee;
    }
  }

  /**
   * HOLD_POSITIONAL (PyPy before 7.3.18): the arguments of a call without keywords stay on the caller's frame
   * stack for the whole call; a call with keywords (CALL_FUNCTION_KW builds an Arguments object) keeps none.
   */
  final class HoldingPositional implements CallingConvention {
    private final Holding positional;
    private final Moving withKeywords;

    HoldingPositional(Holding positional, Moving withKeywords) {
      this.positional = positional;
      this.withKeywords = withKeywords;
    }

    @Override
    public Opcode.Calling ownership(Frame f, int argc) {
      return f.kwnames == null ? positional.ownership(f, argc) : withKeywords.ownership(f, argc);
    }

    @Override
    public Frame call(Frame f, int argc) {
      return f.kwnames == null ? positional.call(f, argc) : withKeywords.call(f, argc);
    }
  }
}
