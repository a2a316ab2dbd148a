package io.lifeline.interpreter.vm;

import io.lifeline.interpreter.object.Frame;
import io.lifeline.interpreter.memory.Heap;
import io.lifeline.interpreter.object.PyBoundMethod;
import io.lifeline.interpreter.object.PyDict;
import io.lifeline.interpreter.object.PyFunction;
import io.lifeline.interpreter.object.PyObject;
import io.lifeline.interpreter.object.PyStr;
import io.lifeline.interpreter.object.PyTuple;
import java.util.List;

/**
 * How CALL_FUNCTION_EX ({@code f(*args, **kw)}) passes the packed tuple and dict ({@link Policies.StarCalls}),
 * chosen once per interpreter by {@link #of}.
 */
interface StarCallConvention {
  /**
   * CALL_FUNCTION_EX with the callable, the tuple and the dict (or null) popped from {@code f}'s stack, all
   * owned: returns the new frame of a Python callee for the loop to switch to, or null when the result (or a new
   * generator) has been pushed.
   */
  Frame callEx(Frame f, PyObject func, PyTuple callargs, PyDict kwargs);

  /** The convention of a backend's policy. */
  static StarCallConvention of(Policies.StarCalls policy, Interp in, FrameSetup frames, Generators generators) {
    return switch (policy) {
      case HELD -> new Held(in);
      case INLINED -> new Inlined(in, frames, generators);
    };
  }

  /**
   * PyObject_Call with the packed arguments: the callable, then the tuple and the dict are released after the
   * call returns, unless {@code releaseEarly} (then the tuple and dict go before the call).
   */
  static void callPacked(Interp in, Frame f, PyObject func, PyTuple callargs, PyDict kwargs, boolean releaseEarly) {
    Heap heap = in.heap;
    PyObject res;
    try {
      PyObject[] pos = callargs.items;
      PyTuple kwnames = null;
      PyObject[] argv = pos;
      if (kwargs != null && kwargs.size() > 0) {
        List<PyDict.Entry> entries = kwargs.entries();
        PyObject[] names = new PyObject[entries.size()];
        argv = new PyObject[pos.length + entries.size()];
        System.arraycopy(pos, 0, argv, 0, pos.length);
        for (int i = 0; i < entries.size(); i++) {
          names[i] = in.key(((PyStr) entries.get(i).key).value);
          argv[pos.length + i] = entries.get(i).value;
        }
        kwnames = in.newTuple(names);
      }
      if (releaseEarly) {
        heap.decref(callargs);
        heap.xdecref(kwargs);
        callargs = null;
        kwargs = null;
      }
      try {
        res = in.ops.call(func, argv, kwnames);
      } finally {
        heap.xdecref(kwnames);
      }
    } finally {
      heap.decref(func);
      heap.xdecref(callargs);
      heap.xdecref(kwargs);
    }
    f.push(res);
    heap.runScheduledCollection();
  }

  /** HELD (up to 3.11): through PyObject_Call, the tuple and dict staying on the caller's stack until it returns. */
  final class Held extends VmPart implements StarCallConvention {
    Held(Interp in) {
      super(in);
    }

    @Override
    public Frame callEx(Frame f, PyObject func, PyTuple callargs, PyDict kwargs) {
      callPacked(in, f, func, callargs, kwargs, false);
      return null;
    }
  }

  /**
   * INLINED (3.12+, gh-98003; PyPy): a Python function gets its frame at once, the tuple and dict released
   * before it runs; other callables go through PyObject_Call.
   */
  final class Inlined extends VmPart implements StarCallConvention {
    private final FrameSetup frames;
    private final Generators generators;

    Inlined(Interp in, FrameSetup frames, Generators generators) {
      super(in);
      this.frames = frames;
      this.generators = generators;
    }

    @Override
    public Frame callEx(Frame f, PyObject func, PyTuple callargs, PyDict kwargs) {
      if (func instanceof PyFunction fn) {
        return pushFrameEx(f, fn, callargs, kwargs);
      }
      callPacked(in, f, func, callargs, kwargs, packedArgumentsNotHeld(func));
      return null;
    }

    /**
     * _PyEvalFramePushAndInit_Ex (3.12, gh-98003): the new frame steals the function and takes new references
     * to the tuple's items and the dict's values; the tuple, then the dict, are released before the callee runs,
     * so the callee's parameters are the only references the call adds. Returns the frame to switch to, or null
     * after pushing the generator a generator function returns.
     */
    private Frame pushFrameEx(Frame f, PyFunction fn, PyTuple callargs, PyDict kwargs) {
      PyObject[] pos = callargs.items;
      List<PyDict.Entry> entries = kwargs == null ? List.of() : kwargs.entries();
      PyObject[] argv = new PyObject[pos.length + entries.size()];
      PyObject[] names = new PyObject[entries.size()];
      for (int i = 0; i < pos.length; i++) {
        argv[i] = heap.incref(pos[i]);
      }
      for (int i = 0; i < entries.size(); i++) {
        names[i] = in.key(((PyStr) entries.get(i).key).value);
        argv[pos.length + i] = heap.incref(entries.get(i).value);
      }
      PyTuple kwnames = names.length == 0 ? null : in.newTuple(names);
      Frame callee;
      try {
        callee = frames.newFrame(fn, argv, kwnames);
      } finally {
        heap.xdecref(kwnames);
        heap.decref(callargs);
        heap.xdecref(kwargs);
      }
      if (fn.code.isGenerator()) {
        f.push(generators.makeGenerator(callee, fn));
        return null;
      }
      frames.enterFrame(callee, f);
      return callee;
    }

    /**
     * PyPy (inlined star calls under reclaim=TRACING): the caller keeps no reference to f(*args)'s tuple or
     * f(**kw)'s dict during the call (a probe: the element dies in the callee). Releasing them early is safe only
     * under tracing, where a count reaching zero frees nothing, and only into a Python function, whose frame
     * owns its own references (native code reads the borrowed arguments while it may collect).
     */
    private boolean packedArgumentsNotHeld(PyObject func) {
      boolean python = func instanceof PyFunction
          || func instanceof PyBoundMethod bm && bm.func() instanceof PyFunction;
      return python && heap.tracer() != null;
    }
  }
}
