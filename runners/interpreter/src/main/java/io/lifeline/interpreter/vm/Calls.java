package io.lifeline.interpreter.vm;

import io.lifeline.interpreter.object.Frame;
import io.lifeline.interpreter.object.PyCode;
import io.lifeline.interpreter.object.PyBaseException;
import io.lifeline.interpreter.object.PyDict;
import io.lifeline.interpreter.object.PyFunction;
import io.lifeline.interpreter.object.PyInstance;
import io.lifeline.interpreter.object.PyNativeFunction;
import io.lifeline.interpreter.object.PyNone;
import io.lifeline.interpreter.object.PyObject;
import io.lifeline.interpreter.object.PyStr;
import io.lifeline.interpreter.object.PyTuple;
import io.lifeline.interpreter.object.PyType;

/**
 * Calls (Python/ceval.c CALL, Objects/call.c, Objects/typeobject.c type_call): the paths shared by every
 * calling convention (native callables, __init__ entry and exit, returns to the caller), calls made by native
 * code, class bodies and modules, type calls, LOAD_METHOD, MAKE_FUNCTION and BEFORE_WITH. How CALL hands the
 * arguments to a Python function is the backend's {@link CallingConvention}; CALL_FUNCTION_EX, its
 * {@link StarCallConvention}.
 */
final class Calls extends VmPart {
  private final VM vm;
  private final FrameSetup frames;
  private final Generators generators;
  private final FrameConvention frameConvention;
  private final StarCallConvention starCalls;

  Calls(VM vm, Interp in, FrameSetup frames, Generators generators, FrameConvention frameConvention,
      StarCallConvention starCalls) {
    super(in);
    this.vm = vm;
    this.frames = frames;
    this.generators = generators;
    this.frameConvention = frameConvention;
    this.starCalls = starCalls;
  }

  /**
   * CALL of a callable that is not a Python function: called with the {@code total} arguments at {@code argStart}
   * borrowed from the stack; then the stack is cut to {@code base}, the callable and the arguments (in index
   * order) are released, the result is pushed, and (3.12+) the eval breaker runs a scheduled collection.
   */
  void callNative(Frame f, PyObject callable, int base, int argStart, int total, PyTuple kwnames) {
    PyObject[] argv = new PyObject[total];
    System.arraycopy(f.stack, argStart, argv, 0, total);
    PyObject res;
    try {
      res = ops.call(callable, argv, kwnames);
    } finally {
      for (int i = base; i < f.sp; i++) {
        f.stack[i] = null;
      }
      f.sp = base;
      heap.decref(callable);
      if (callable instanceof PyNativeFunction nf && nf.releasesArgsLastFirst) {
        for (int i = argv.length - 1; i >= 0; i--) {
          heap.decref(argv[i]);
        }
      } else {
        for (PyObject a : argv) {
          heap.decref(a);
        }
      }
    }
    f.push(res);
    heap.runScheduledCollection();
  }

  /**
   * RETURN_VALUE to a caller frame inside the same loop: {@code f} finishes, the arguments its caller held for
   * it (hold convention) are popped, the caller gets {@code rv} (or, from an {@code __init__} entered directly,
   * the instance), and {@code f} becomes a spare frame of its code if nothing can refer to it. Returns the caller.
   */
  Frame returnToCaller(Frame f, PyObject rv) {
    Frame caller = f.previous;
    int held = f.heldBase;
    // A frame that never had a frame object is referenced by nothing once finished (a frame object,
    // even a dead one awaiting the tracing collector, would still point at it): the next call of the
    // same code may reuse it instead of allocating (CPython's frames live on a data stack).
    boolean spare = f.frameObj == null && f.owner == Frame.Owner.THREAD && !f.eager;
    frames.finishFrame(f);
    if (held >= 0) {
      popHeld(caller, held);
    }
    in.current = caller;
    caller.push(f.initSelf == null ? rv : exitInit(f, rv));
    if (spare) {
      keepSpare(f);
    }
    return caller;
  }

  /**
   * Keeps a finished frame as a spare of its code, which the next call of that code may reuse (FrameSetup's
   * frameFor), when nothing can refer to it: no frame object was ever made for it (even one made while it was
   * being cleared), and it belonged to the thread, not to a generator or an eager task.
   */
  private void keepSpare(Frame f) {
    PyCode finished = f.code;
    if (f.frameObj == null && f.owner == Frame.Owner.THREAD && !f.eager && f.locals == null
        && finished.spareCount < finished.spareFrames.length) {
      finished.spareFrames[finished.spareCount++] = f;
    }
  }

  /**
   * CALL_FUNCTION_EX: f(*args, **kw), passed as the backend's {@link StarCallConvention} says. Returns the new
   * frame of a Python callee for the loop to switch to, or null when the result has been pushed.
   */
  Frame callFunctionEx(Frame f, int flags) {
    PyObject kwargs = (flags & 1) != 0 ? f.pop() : null;
    PyObject callargs = f.pop();
    PyObject func = f.pop();
    f.pop(); // the NULL pushed before the callable
    return starCalls.callEx(f, func, (PyTuple) callargs, (PyDict) kwargs);
  }

  /**
   * LOAD_METHOD (_PyObject_GetMethod): for a function found on the type and not shadowed by an instance
   * attribute, pushes the function and the owner (no bound method is created); else NULL and the attribute.
   */
  void loadMethod(Frame f, PyStr key) {
    String name = key.value;
    PyObject owner = f.pop();
    if (!(owner instanceof PyType) && !(owner instanceof io.lifeline.interpreter.object.PyModule)
        && !(owner instanceof io.lifeline.interpreter.object.PySuper)) {
      PyObject meth = owner.type.lookup(name);
      boolean shadowed = owner instanceof PyInstance inst && inst.attrs != null && inst.attrs.getStr(name) != null;
      if (!shadowed && (meth instanceof PyFunction || (meth instanceof PyNativeFunction nf && nf.isMethod))) {
        f.push(heap.incref(meth));
        f.push(owner);
        return;
      }
    }
    PyObject attr;
    try {
      attr = ops.getattr(owner, key);
    } finally {
      heap.decref(owner);
    }
    f.push(null);
    f.push(attr);
  }

  /**
   * CALL_ALLOC_AND_ENTER_INIT (3.13, after the call site's warm-up): the instance is allocated here and the
   * class on the stack released; __init__'s frame takes the instance and steals the arguments (so they can
   * die inside __init__, unlike through type_call); a shim frame (_Py_InitCleanup, one more level of
   * recursion, no traceback entry) keeps its own reference to the instance until __init__ is done.
   */
  Frame allocAndEnterInit(Frame f, int base, PyFunction init) {
    PyObject self = in.newInstance((PyType) f.stack[base + 1]);
    PyObject[] argv = new PyObject[f.sp - base - 1];
    argv[0] = self;
    System.arraycopy(f.stack, base + 2, argv, 1, argv.length - 1);
    heap.decref(f.stack[base + 1]);
    for (int i = base; i < f.sp; i++) {
      f.stack[i] = null;
    }
    f.sp = base;
    Frame callee = frames.newFrame(heap.incref(init), argv, null);
    callee.initSelf = heap.incref(self);
    in.pyDepth++;
    try {
      frames.enterFrame(callee, f);
    } catch (PyException e) {
      releaseInitShim(callee);
      throw e;
    }
    return callee;
  }

  /** The shim's EXIT_INIT_CHECK, then its return: __init__ returned {@code rv}; the caller gets the instance. */
  private PyObject exitInit(Frame init, PyObject rv) {
    PyObject self = init.initSelf;
    init.initSelf = null;
    in.pyDepth--;
    if (rv instanceof PyNone) {
      return self;
    }
    PyException e = in.error("TypeError", "__init__() should return None, not '" + rv.type.name + "'");
    heap.decref(rv);
    heap.decref(self);
    throw e;
  }

  /** The shim frame unwinds after __init__'s frame: its instance reference goes. */
  void releaseInitShim(Frame init) {
    PyObject self = init.initSelf;
    if (self != null) {
      init.initSelf = null;
      in.pyDepth--;
      heap.decref(self);
    }
  }

  /** Pops and releases the caller's stack down to {@code base}, top first. */
  void popHeld(Frame f, int base) {
    while (f.sp > base) {
      heap.xdecref(f.pop());
    }
  }

  /**
   * A call made by native code (_PyFunction_Vectorcall): the frame takes new references to the borrowed
   * arguments and to the function, and runs in a nested dispatch loop.
   */
  public PyObject callFunction(PyFunction fn, PyObject[] args, PyTuple kwnames) {
    return callFunction(fn, null, args, kwnames);
  }

  /** {@link #callFunction} with {@code self} (borrowed too), when not null, before the arguments. */
  private PyObject callFunction(PyFunction fn, PyObject self, PyObject[] args, PyTuple kwnames) {
    int first = self == null ? 0 : 1;
    PyObject[] argv = new PyObject[args.length + first];
    if (self != null) {
      argv[0] = heap.incref(self);
    }
    for (int i = 0; i < args.length; i++) {
      argv[first + i] = heap.incref(args[i]);
    }
    heap.incref(fn);
    Frame fr = frames.newFrame(fn, argv, kwnames);
    if (fn.code.isGenerator()) {
      return generators.makeGenerator(fr, fn);
    }
    frames.enterFrame(fr, in.current);
    PyObject result = vm.execute(fr, null);
    keepSpare(fr);
    return result;
  }

  /**
   * Runs a class body with {@code ns} (borrowed) as its locals (the body function of __build_class__): an exact
   * dict as the frame's dict, any other mapping as its {@link Frame#mappingLocals}.
   */
  public void runClassBody(PyFunction body, PyObject ns) {
    heap.incref(body);
    Frame fr = new Frame(body.code, body, body.globals, ns instanceof PyDict d ? heap.incref(d) : null);
    if (!(ns instanceof PyDict)) {
      fr.mappingLocals = heap.incref(ns);
    }
    frameConvention.functionFrameMade(frames, fr);
    frames.enterFrame(fr, in.current);
    heap.decref(vm.execute(fr, null));
  }

  /** Runs module code with {@code globals} as globals and locals. */
  public PyObject runModule(PyCode code, PyDict globals) {
    Frame fr = new Frame(code, null, globals, heap.incref(globals));
    frameConvention.moduleFrameMade(heap, fr);
    frames.enterFrame(fr, in.current);
    return vm.execute(fr, null);
  }

  /**
   * PyEval_EvalCode (exec and eval of a code object): runs {@code code} with these globals and locals. From 3.11 the
   * frame holds a function made of the code and the globals (_PyFunction_FromConstructor), released with the frame;
   * 3.10's frame holds the globals itself.
   */
  public PyObject evalCode(PyCode code, PyDict globals, PyDict locals) {
    PyFunction fn = null;
    if (frameConvention.keepsItsFunction()) {
      fn = heap.register(new PyFunction(in.types.function, code, heap.incref(globals), null, null, null));
    }
    Frame fr = new Frame(code, fn, globals, heap.incref(locals));
    frameConvention.moduleFrameMade(heap, fr);
    frames.enterFrame(fr, in.current);
    return vm.execute(fr, null);
  }

  void makeFunction(Frame f, int flags) {
    PyCode code = (PyCode) f.pop();
    PyTuple closure = (flags & 8) != 0 ? (PyTuple) f.pop() : null;
    PyObject annotations = (flags & 4) != 0 ? f.pop() : null;
    PyDict kwdefaults = (flags & 2) != 0 ? (PyDict) f.pop() : null;
    PyTuple defaults = (flags & 1) != 0 ? (PyTuple) f.pop() : null;
    PyFunction fn = new PyFunction(in.types.function, code, heap.incref(f.globals), defaults, kwdefaults, closure);
    fn.annotations = annotations;
    if (code.docConst >= 0) {
      fn.doc = heap.incref(code.consts[code.docConst]);
    }
    f.push(heap.register(fn));
  }

  /** type.__call__: builds the instance, then calls __init__ with borrowed arguments (the caller holds them). */
  public PyObject callType(PyType t, PyObject[] args, PyTuple kwnames) {
    if (t == in.types.type && args.length == 1) {
      return heap.incref(args[0].type);
    }
    PyObject pyNew = t.heapType ? t.pythonNew() : null;
    if (pyNew == null && t.heapType && t.isSubtypeOf(in.types.weakref)) {
      pyNew = in.types.weakref.dict.getStr("__new__"); // weakref_new(cls, ...), then the class's __init__
    }
    if (pyNew != null || t.isSubtypeOf(in.types.type)) {
      return newThenInit(t, pyNew != null ? pyNew : in.types.type.dict.getStr("__new__"), args, kwnames);
    }
    if (!t.heapType && t.layout != PyType.Layout.EXCEPTION && t != in.types.object) {
      PyObject ctor = t.dict.getStr("__new__");
      if (ctor == null) {
        throw in.error("TypeError", "cannot create '" + t.name + "' instances");
      }
      return ops.call(ctor, args, kwnames);
    }
    if (t.type != in.types.type) {
      AbstractClasses.check(in, t);
    }
    PyObject self;
    if (t.isSubtypeOf(in.types.baseException)) {
      int npos = args.length - (kwnames == null ? 0 : kwnames.size());
      PyObject[] a = new PyObject[npos];
      for (int i = 0; i < npos; i++) {
        a[i] = heap.incref(args[i]);
      }
      self = in.newException(OsErrors.subclassFor(in, t, a), in.newTuple(a));
    } else {
      self = in.newInstance(t);
    }
    PyObject init = t.lookupInit();
    if (init instanceof PyFunction || memberInit(self, init)) {
      runInit(self, init, args, kwnames);
    } else if (args.length > 0 && !(self instanceof PyBaseException)) {
      heap.decref(self);
      throw in.error("TypeError", t.name + "() takes no arguments");
    }
    return self;
  }

  /**
   * type_call with a {@code __new__} other than object's: {@code __new__(t, *args)}, then, when that made an
   * instance of {@code t}, its type's {@code __init__} with the same arguments (borrowed: the caller holds them).
   */
  private PyObject newThenInit(PyType t, PyObject newFn, PyObject[] args, PyTuple kwnames) {
    PyObject[] full = new PyObject[args.length + 1];
    full[0] = t;
    System.arraycopy(args, 0, full, 1, args.length);
    PyObject self = ops.call(newFn, full, kwnames);
    if (!self.type.isSubtypeOf(t)) {
      return self;
    }
    PyObject init = self.type.lookupInit();
    if (init instanceof PyFunction) {
      runInit(self, init, args, kwnames);
    }
    return self;
  }

  /**
   * A built-in exception subtype's tp_init (SyntaxError_init, ImportError_init, SystemExit_init: builtins'
   * ExceptionMembers), which sets its members; BaseException's own only repeats what the constructor did.
   */
  private boolean memberInit(PyObject self, PyObject init) {
    return self instanceof PyBaseException && init instanceof io.lifeline.interpreter.object.PyNativeFunction f
        && f.owner != in.types.baseException;
  }

  /**
   * type_call's tp_init: {@code init(self, *args)} must return None; on an error the new instance is released.
   * A Python {@code __init__} is called directly (function's tp_call), without an array for the bound call.
   */
  private void runInit(PyObject self, PyObject init, PyObject[] args, PyTuple kwnames) {
    try {
      PyObject r;
      if (init instanceof PyFunction fn) {
        r = callFunction(fn, self, args, kwnames);
      } else {
        PyObject[] full = new PyObject[args.length + 1];
        full[0] = self;
        System.arraycopy(args, 0, full, 1, args.length);
        r = ops.call(init, full, kwnames);
      }
      boolean isNone = r instanceof PyNone;
      heap.decref(r);
      if (!isNone) {
        throw in.error("TypeError", "__init__() should return None, not '" + r.type.name + "'");
      }
    } catch (PyException e) {
      heap.decref(self);
      throw e;
    }
  }

  void beforeWith(Frame f) {
    beforeWith(f, "__enter__", "__exit__", "the context manager protocol");
  }

  /** BEFORE_ASYNC_WITH: as BEFORE_WITH with __aenter__ and __aexit__; the caller awaits what __aenter__ returns. */
  void beforeAsyncWith(Frame f) {
    beforeWith(f, "__aenter__", "__aexit__", "the asynchronous context manager protocol");
  }

  private void beforeWith(Frame f, String enterName, String exitName, String protocol) {
    PyObject mgr = f.pop();
    PyObject enter = mgr.type.lookup(enterName);
    PyObject exit = mgr.type.lookup(exitName);
    if (enter == null || exit == null) {
      heap.decref(mgr);
      throw notAContextManager(mgr.type.name, enter == null ? enterName : exitName, enterName, exitName, protocol);
    }
    PyObject boundEnter = in.newMethod(enter, mgr);
    f.push(in.newMethod(exit, mgr));
    heap.decref(mgr);
    PyObject res;
    try {
      res = ops.call(boundEnter, new PyObject[0], null);
    } finally {
      heap.decref(boundEnter);
    }
    f.push(res);
  }

  /**
   * The error for a `with`/`async with` on an object lacking a method: 3.11+ a TypeError (gh-44539); 3.10's
   * special_lookup an AttributeError naming the first missing method; PyPy an AttributeError naming both. The
   * release is told by policies the VM does not consult on its hot paths (reclaim; 3.10's gc counting).
   */
  private PyException notAContextManager(String type, String missing, String enterName, String exitName,
      String protocol) {
    if (in.policies.reclaim() == Policies.Reclaim.TRACING) {
      return in.error("AttributeError", "'" + type + "' object is not a context manager (no " + enterName + "/"
          + exitName + " method)");
    }
    if (in.policies.gcCounting() == Policies.GcCounting.WITH_INSTANCE_DICTS) { // the one 3.10 policy
      return in.error("AttributeError", missing);
    }
    return in.error("TypeError", "'" + type + "' object does not support " + protocol);
  }
}
