package io.lifeline.interpreter.vm;

import io.lifeline.interpreter.object.Frame;
import io.lifeline.interpreter.object.PyAsyncGenAwaitable;
import io.lifeline.interpreter.object.PyAsyncGenAwaitable.Kind;
import io.lifeline.interpreter.object.PyAsyncGenAwaitable.State;
import io.lifeline.interpreter.object.PyAsyncGenWrappedValue;
import io.lifeline.interpreter.object.PyBaseException;
import io.lifeline.interpreter.object.PyGenerator;
import io.lifeline.interpreter.object.PyList;
import io.lifeline.interpreter.object.PyNone;
import io.lifeline.interpreter.object.PyObject;
import io.lifeline.interpreter.object.PyTuple;
import io.lifeline.interpreter.object.PyType;
import java.util.function.Supplier;

/**
 * Async generators (Objects/genobject.c's PyAsyncGen and its async_generator_asend/athrow awaitables): the
 * hooks taken on first iteration, one step of the generator per send or throw into an awaitable, with the
 * generator's own yields (wrapped by ASYNC_GEN_WRAP) turned into StopIteration(value) and its end into
 * StopAsyncIteration; and the instructions of async for and async with.
 */
public final class AsyncGenerators extends VmPart {
  private static final String IGNORED_EXIT = "async generator ignored GeneratorExit";
  private final Generators generators;
  /** {@link Policies.GenClose#throwStartsAwaitable()}: 3.13's throw() into an unstarted awaitable starts it. */
  private final boolean throwStarts;

  AsyncGenerators(Interp in, Generators generators, boolean throwStarts) {
    super(in);
    this.generators = generators;
    this.throwStarts = throwStarts;
  }

  // ---------------------------------------------------------------- The generator's methods

  /** __anext__() (async_gen_anext): an asend awaitable without a value. */
  public PyObject anext(PyGenerator g) {
    initHooks(g);
    return awaitable(in.types.asyncGenASend, Kind.ASEND, g, null);
  }

  /** asend(v): an asend awaitable that sends {@code v} first. */
  public PyObject asend(PyGenerator g, PyObject v) {
    initHooks(g);
    return awaitable(in.types.asyncGenASend, Kind.ASEND, g, heap.incref(v));
  }

  /** athrow(typ[, val[, tb]]): an athrow awaitable holding the argument tuple. */
  public PyObject athrow(PyGenerator g, PyTuple args) {
    initHooks(g);
    return awaitable(in.types.asyncGenAThrow, Kind.ATHROW, g, args);
  }

  /** aclose(): an athrow awaitable that throws GeneratorExit. */
  public PyObject aclose(PyGenerator g) {
    initHooks(g);
    return awaitable(in.types.asyncGenAThrow, Kind.ACLOSE, g, null);
  }

  private PyObject awaitable(PyType type, Kind kind, PyGenerator g, PyObject payload) {
    return heap.register(new PyAsyncGenAwaitable(type, kind, heap.incref(g), payload));
  }

  /**
   * async_gen_init_hooks: on the first __anext__/asend/athrow/aclose, the generator keeps the current finalizer
   * hook (called instead of closing it when it is dropped unfinished) and is passed to the firstiter hook.
   */
  private void initHooks(PyGenerator g) {
    if (g.hooksInited) {
      return;
    }
    g.hooksInited = true;
    PyList hooks = in.asyncGenHooks;
    if (hooks == null) {
      return;
    }
    PyObject finalizer = hooks.items.get(1);
    if (!(finalizer instanceof PyNone)) {
      g.finalizer = heap.incref(finalizer);
    }
    // Called borrowed from the hooks list (CPython holds a reference for the call, which the heap verifier
    // would see as one nobody owns while a collection runs inside the hook).
    PyObject firstiter = hooks.items.get(0);
    if (!(firstiter instanceof PyNone)) {
      heap.decref(ops.call(firstiter, new PyObject[] {g}, null));
    }
  }

  /**
   * _PyGen_Finalize for an async generator: if it took a finalizer hook and is not closed, the hook gets it
   * (asyncio schedules its aclose()); returns false when it is to be closed as a generator is.
   */
  boolean finalizeByHook(PyGenerator g) {
    if (!g.asyncGen || g.finalizer == null || g.closed) {
      return false;
    }
    try {
      heap.decref(ops.call(g.finalizer, new PyObject[] {g}, null));
    } catch (PyException e) {
      in.writeUnraisable(e, "async generator " + g.name);
    }
    return true;
  }

  // ---------------------------------------------------------------- The awaitables

  /** send(arg) and tp_iternext (arg None) of an asend or athrow awaitable. */
  public PyObject send(PyAsyncGenAwaitable o, PyObject arg) {
    return o.kind == Kind.ASEND ? asendSend(o, arg) : athrowSend(o, arg);
  }

  /** async_gen_asend_send. */
  private PyObject asendSend(PyAsyncGenAwaitable o, PyObject arg) {
    PyGenerator g = o.gen();
    checkReusable(o);
    if (o.state == State.INIT) {
      if (g.runningAsync) {
        throw in.error("RuntimeError", "anext(): asynchronous generator is already running");
      }
      if (arg == null || arg instanceof PyNone) {
        arg = o.payload();
      }
      o.state = State.ITER;
    }
    g.runningAsync = true;
    PyObject send = arg;
    return finishStep(o, unwrapped(g, () -> generators.genSend(g, send)));
  }

  /** async_gen_athrow_send: the first send throws in (GeneratorExit for aclose), later ones resume. */
  private PyObject athrowSend(PyAsyncGenAwaitable o, PyObject arg) {
    PyGenerator g = o.gen();
    checkReusable(o);
    if (g.state == PyGenerator.State.COMPLETED) {
      o.state = State.CLOSED;
      throw in.error("StopIteration", null);
    }
    if (o.state == State.INIT) {
      if (g.runningAsync) {
        o.state = State.CLOSED;
        throw in.error("RuntimeError", (o.kind == Kind.ACLOSE ? "aclose" : "athrow")
            + "(): asynchronous generator is already running");
      }
      if (g.closed) {
        o.state = State.CLOSED;
        throw in.error("StopAsyncIteration", null);
      }
      if (arg != null && !(arg instanceof PyNone)) {
        throw in.error("RuntimeError", "can't send non-None value to a just-started coroutine");
      }
      o.state = State.ITER;
      g.runningAsync = true;
      if (o.kind == Kind.ACLOSE) {
        g.closed = true;
      }
      return athrowStep(o, () -> generators.genThrow(g, thrownIn(o)));
    }
    return athrowStep(o, () -> generators.genSend(g, arg));
  }

  /** throw(exc) of an awaitable (async_gen_asend_throw, async_gen_athrow_throw); steals {@code exc}. */
  public PyObject throwIn(PyAsyncGenAwaitable o, PyBaseException exc) {
    if (o.state == State.CLOSED) {
      heap.decref(exc);
    }
    checkReusable(o);
    PyGenerator g = o.gen();
    if (o.state == State.INIT && throwStarts) {
      if (g.runningAsync) {
        o.state = State.CLOSED;
        heap.decref(exc);
        throw in.error("RuntimeError", (o.kind == Kind.ASEND ? "anext" : o.kind == Kind.ACLOSE ? "aclose" : "athrow")
            + "(): asynchronous generator is already running");
      }
      o.state = State.ITER;
      g.runningAsync = true;
    }
    if (o.kind == Kind.ASEND) {
      return finishStep(o, unwrapped(g, () -> generators.genThrow(g, exc)));
    }
    return athrowStep(o, () -> generators.genThrow(g, exc));
  }

  /** close() of an awaitable: it can no longer be used. */
  public PyObject close(PyAsyncGenAwaitable o) {
    o.state = State.CLOSED;
    return in.none();
  }

  private void checkReusable(PyAsyncGenAwaitable o) {
    if (o.state == State.CLOSED) {
      throw in.error("RuntimeError", o.kind == Kind.ASEND ? "cannot reuse already awaited __anext__()/asend()"
          : "cannot reuse already awaited aclose()/athrow()");
    }
  }

  /** An asend step that raised (StopIteration with the value included) leaves the awaitable closed. */
  private PyObject finishStep(PyAsyncGenAwaitable o, Supplier<PyObject> step) {
    try {
      return step.get();
    } catch (PyException e) {
      o.state = State.CLOSED;
      throw e;
    }
  }

  /**
   * An athrow step: athrow unwraps as asend does; aclose turns a yielded value into "ignored GeneratorExit",
   * and GeneratorExit or StopAsyncIteration leaving the generator into a plain StopIteration (closed).
   */
  private PyObject athrowStep(PyAsyncGenAwaitable o, Supplier<PyObject> step) {
    PyGenerator g = o.gen();
    if (o.kind == Kind.ATHROW) {
      return finishStep(o, unwrapped(g, step));
    }
    PyObject r;
    try {
      r = step.get();
    } catch (PyException e) {
      g.runningAsync = false;
      o.state = State.CLOSED;
      if (isClosing(e.value)) {
        heap.decref(e.value);
        throw in.error("StopIteration", null);
      }
      throw e;
    }
    if (r instanceof PyAsyncGenWrappedValue) {
      heap.decref(r);
      g.runningAsync = false;
      o.state = State.CLOSED;
      throw in.error("RuntimeError", IGNORED_EXIT);
    }
    return r;
  }

  /**
   * async_gen_unwrap_value around one step of the generator: its own yield becomes StopIteration(value); its end
   * (StopAsyncIteration) or GeneratorExit marks it closed; a value an await passes up is returned as is.
   */
  private Supplier<PyObject> unwrapped(PyGenerator g, Supplier<PyObject> step) {
    return () -> {
      PyObject r;
      try {
        r = step.get();
      } catch (PyException e) {
        if (isClosing(e.value)) {
          g.closed = true;
        }
        g.runningAsync = false;
        throw e;
      }
      if (r instanceof PyAsyncGenWrappedValue w) {
        PyObject v = heap.incref(w.ref);
        heap.decref(w);
        g.runningAsync = false;
        throw new PyException(in.newException(in.types.stopIteration, in.newTuple(v)));
      }
      return r;
    };
  }

  private boolean isClosing(PyBaseException e) {
    return e.type.isSubtypeOf(in.types.exception("StopAsyncIteration"))
        || e.type.isSubtypeOf(in.types.generatorExit);
  }

  /** What an athrow awaitable throws in first: GeneratorExit (aclose), or the exception its arguments make. */
  private PyBaseException thrownIn(PyAsyncGenAwaitable o) {
    if (o.kind == Kind.ACLOSE) {
      return in.newException(in.types.generatorExit, in.newTuple());
    }
    PyTuple args = (PyTuple) o.payload();
    return exceptionToThrow(args.items[0], args.size() > 1 ? args.items[1] : null);
  }

  /**
   * _gen_throw's normalization of throw(typ[, val]): a class is called (with val), an instance is used as is.
   * Returns a new reference.
   */
  public PyBaseException exceptionToThrow(PyObject typ, PyObject val) {
    if (typ instanceof PyType t && val instanceof PyBaseException given) {
      return heap.incref(given);
    } else if (typ instanceof PyType t && t.isSubtypeOf(in.types.baseException)) {
      PyObject[] a = val == null || val instanceof PyNone ? new PyObject[0] : new PyObject[] {val};
      return (PyBaseException) ops.call(t, a, null);
    } else if (typ instanceof PyBaseException b) {
      return heap.incref(b);
    }
    throw in.error("TypeError", "exceptions must be classes or instances deriving from BaseException, not "
        + typ.type.name);
  }

  // ---------------------------------------------------------------- Instructions

  /** ASYNC_GEN_WRAP: the value an async generator yields, wrapped (the wrapper steals it). */
  void wrap(Frame f) {
    f.push(heap.register(new PyAsyncGenWrappedValue(in.types.asyncGenWrappedValue, f.pop())));
  }

  /** GET_AITER: aiterable.__aiter__(), which must have __anext__; the aiterable is released. */
  void getAiter(Frame f) {
    replaceTop(f, o -> {
      PyObject it = o instanceof PyGenerator g && g.asyncGen ? heap.incref(o) : ops.callSpecial(o, "__aiter__");
      if (it == null) {
        throw in.error("TypeError", "'async for' requires an object with __aiter__ method, got " + o.type.name);
      }
      if (!(it instanceof PyGenerator ig && ig.asyncGen) && it.type.lookup("__anext__") == null) {
        String name = it.type.name;
        heap.decref(it);
        throw in.error("TypeError", "'async for' received an object from __aiter__ that does not implement "
            + "__anext__: " + name);
      }
      return it;
    });
  }

  /** GET_ANEXT: pushes the awaitable of aiter.__anext__() (an async generator's asend itself). */
  void getAnext(Frame f) {
    PyObject aiter = f.top();
    if (aiter instanceof PyGenerator g && g.asyncGen) {
      f.push(anext(g));
      return;
    }
    PyObject next = ops.callSpecial(aiter, "__anext__");
    if (next == null) {
      throw in.error("TypeError", "'async for' requires an iterator with __anext__ method, got "
          + aiter.type.name);
    }
    PyObject awaitable;
    try {
      awaitable = generators.awaitableOf(next, "'async for' received an invalid object from __anext__: ");
    } finally {
      heap.decref(next);
    }
    f.push(awaitable);
  }

  /**
   * END_ASYNC_FOR: StopAsyncIteration ends the loop (the exception is released, then the iterator); anything else
   * is returned to be re-raised.
   */
  PyException endAsyncFor(Frame f) {
    PyBaseException exc = (PyBaseException) f.pop();
    if (!exc.type.isSubtypeOf(in.types.exception("StopAsyncIteration"))) {
      return new PyException(exc, true, false);
    }
    heap.decref(exc);
    heap.decref(f.pop());
    return null;
  }
}
