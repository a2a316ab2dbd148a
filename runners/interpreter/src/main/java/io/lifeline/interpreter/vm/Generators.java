package io.lifeline.interpreter.vm;

import io.lifeline.interpreter.object.Frame;
import io.lifeline.interpreter.bytecode.Opcode;
import io.lifeline.interpreter.object.PyCode;
import io.lifeline.interpreter.object.PyBaseException;
import io.lifeline.interpreter.object.PyFunction;
import io.lifeline.interpreter.object.PyGenerator;
import io.lifeline.interpreter.object.PyInstance;
import io.lifeline.interpreter.object.PyNone;
import io.lifeline.interpreter.object.PyObject;

/**
 * Generators and coroutines (Objects/genobject.c): creation at call time, resumption in a nested dispatch
 * loop (gen_send_ex2), next/send/throw/close with yield-from delegation, SEND, await, and finalization. What
 * close() does differs per backend ({@link GeneratorClose}).
 */
final class Generators extends VmPart {
  private final VM vm;
  private final GeneratorClose closing;
  /** Set by {@link #resume} when it returns a value: true if the generator returned it, false if it yielded it. */
  private boolean resumeReturned;

  Generators(VM vm, Interp in, GeneratorClose closing) {
    super(in);
    this.vm = vm;
    this.closing = closing;
  }

  PyGenerator makeGenerator(Frame fr, PyFunction fn) {
    boolean coro = (fr.code.flags & PyCode.CO_COROUTINE) != 0;
    boolean async = (fr.code.flags & PyCode.CO_ASYNC_GENERATOR) != 0;
    PyGenerator g = heap.register(new PyGenerator(coro ? in.types.coroutine
        : async ? in.types.asyncGenerator : in.types.generator, fr, fr.code.name, coro));
    g.asyncGen = async;
    g.iterableCoroutine = fn.iterableCoroutine;
    g.finalizesUnstarted = !coro && closing.finalizesUnstarted();
    g.qualname = fn.qualname;
    fr.owner = Frame.Owner.GENERATOR;
    fr.generator = g;
    return g;
  }

  /**
   * _PyCoro_GetAwaitableIter: a coroutine, a types.coroutine generator, or what __await__() returns; an object
   * without __await__ is a TypeError starting {@code prefix} (then its type's name) when given (async for's
   * __anext__ result, async with's __aenter__/__aexit__ results).
   */
  PyObject awaitableOf(PyObject o, String prefix) {
    if (o instanceof PyGenerator g && (g.coroutine || g.iterableCoroutine)) {
      if (g.coroutine && delegate(g) != null) {
        throw in.error("RuntimeError", "coroutine is being awaited already");
      }
      return heap.incref(o);
    }
    PyObject it = o instanceof PyGenerator ? null : ops.callSpecial(o, "__await__");
    if (it == null) {
      throw in.error("TypeError", prefix != null ? prefix + o.type.name
          : "object " + o.type.name + " can't be used in 'await' expression");
    }
    if (it instanceof PyGenerator ig && ig.coroutine) {
      heap.decref(it);
      throw in.error("TypeError", "__await__() returned a coroutine");
    }
    return it;
  }

  /**
   * gen_send_ex2: resumes {@code g} with {@code arg} pushed on its stack (a new reference; the caller keeps
   * its own until this returns) or with {@code exc} raised at the yield. The frame runs in a nested loop
   * linked under the current frame, with the generator's exception state on top of the caller's. Returns the
   * new reference the generator yielded or returned ({@link #resumeReturned} tells which, read at once), or
   * null when a guest exception left the frame ({@link VM#takeEscaped} hands it over; gen.close() expects
   * GeneratorExit), except StopIteration, which is thrown as RuntimeError (PEP 479); errors before the frame
   * runs are thrown. No result object: this is the per-item path of for, next(), send() and yield from.
   */
  PyObject resume(PyGenerator g, PyObject arg, PyBaseException exc) {
    if (g.state == PyGenerator.State.RUNNING) {
      if (exc != null) {
        heap.decref(exc);
      }
      throw in.error("ValueError", "generator already executing");
    }
    if (g.state == PyGenerator.State.COMPLETED) {
      if (exc != null) {
        throw new PyException(exc);
      }
      resumeReturned = true;
      return in.none();
    }
    Frame fr = g.frame;
    if (g.state == PyGenerator.State.CREATED) {
      if (exc == null && arg != null && !(arg instanceof PyNone)) {
        throw in.error("TypeError", "can't send non-None value to a just-started generator");
      }
    } else if (exc == null) {
      fr.push(heap.incref(arg == null ? in.none() : arg));
    }
    g.state = PyGenerator.State.RUNNING;
    fr.previous = in.current;
    g.excState.previous = in.excInfo;
    in.excInfo = g.excState;
    in.pyDepth++;
    try {
      PyObject v = vm.executeOrEscape(fr, exc);
      if (v == null) {
        PyBaseException raised = vm.takeEscaped();
        throwIfStopIteration(g, raised);
        vm.escaped = raised;
        return null;
      }
      boolean returned = g.state == PyGenerator.State.COMPLETED;
      if (!returned) {
        fr.previous = null;
      }
      resumeReturned = returned;
      return v;
    } catch (PyException e) {
      throwIfStopIteration(g, e.value);
      throw e;
    } finally {
      in.pyDepth--;
      in.excInfo = g.excState.previous;
      g.excState.previous = null;
    }
  }

  /**
   * gen_send_ex2 (PEP 479): StopIteration (owned) leaving a generator's frame is thrown as a new RuntimeError
   * whose __cause__ and __context__ are that StopIteration.
   */
  private void throwIfStopIteration(PyGenerator g, PyBaseException e) {
    boolean stop = e.type.isSubtypeOf(in.types.stopIteration);
    if (stop || g.asyncGen && e.type.isSubtypeOf(in.types.exception("StopAsyncIteration"))) {
      PyException re = in.error("RuntimeError", kind(g) + " raised " + (stop ? "StopIteration" : "StopAsyncIteration"));
      re.value.cause = e;
      re.value.context = heap.incref(e);
      throw re;
    }
  }

  /**
   * A {@link #resume} result: {@code v}, or (when null) the exception that left the generator's frame,
   * thrown as it left the frame (neither fresh nor re-raised).
   */
  private PyObject valueOrThrow(PyObject v) {
    if (v == null) {
      throw new PyException(vm.takeEscaped(), false, false);
    }
    return v;
  }

  /** next(g): the yielded value, or null when the generator returns (StopIteration(value) for non-None). */
  public PyObject genNext(PyGenerator g) {
    PyObject v = valueOrThrow(resume(g, null, null));
    if (resumeReturned) {
      if (v instanceof PyNone) {
        return null;
      }
      throw stopIteration(v);
    }
    return v;
  }

  /** tp_iternext for FOR_ITER and friends: the yielded value, or null when the generator returns. */
  public PyObject genIterNext(PyGenerator g) {
    PyObject v = valueOrThrow(resume(g, null, null));
    if (resumeReturned) {
      heap.decref(v);
      return null;
    }
    return v;
  }

  /** gen.send(v): the yielded value; raises StopIteration(value) when the generator returns. */
  public PyObject genSend(PyGenerator g, PyObject v) {
    return finishSend(g, resume(g, v, null));
  }

  /**
   * gen.throw(exc) (_gen_throw): steals {@code exc}. A generator delegating with yield from / await throws
   * into its delegate first (GeneratorExit closes the delegate instead); if the delegate finishes, the
   * delegating frame leaves its SEND loop and continues with the delegate's return value or exception.
   */
  public PyObject genThrow(PyGenerator g, PyBaseException exc) {
    PyObject yf = delegate(g);
    if (yf != null) {
      heap.incref(yf);
      try {
        if (exc.type.isSubtypeOf(in.types.generatorExit)) {
          g.state = PyGenerator.State.RUNNING;
          try {
            closeIter(yf);
          } catch (PyException e) {
            heap.decref(exc);
            g.state = PyGenerator.State.SUSPENDED;
            return finishSend(g, resume(g, null, e.value));
          } finally {
            if (g.state == PyGenerator.State.RUNNING) {
              g.state = PyGenerator.State.SUSPENDED;
            }
          }
        } else {
          PyObject ret;
          g.state = PyGenerator.State.RUNNING;
          try {
            if (yf instanceof PyGenerator inner) {
              ret = genThrow(inner, exc);
            } else {
              PyObject meth = yf.type.lookup("throw");
              if (meth == null) {
                g.state = PyGenerator.State.SUSPENDED;
                return finishSend(g, resume(g, null, exc));
              }
              try {
                ret = ops.call(meth, new PyObject[] {yf, exc}, null);
              } finally {
                heap.decref(exc);
              }
            }
          } catch (PyException e) {
            g.state = PyGenerator.State.SUSPENDED;
            return leaveSendLoop(g, e);
          } finally {
            if (g.state == PyGenerator.State.RUNNING) {
              g.state = PyGenerator.State.SUSPENDED;
            }
          }
          return ret;
        }
      } finally {
        heap.decref(yf);
      }
    }
    return finishSend(g, resume(g, null, exc));
  }

  /** The delegate ended with {@code e}: pop it, jump past the SEND loop, resume with its value or exception. */
  private PyObject leaveSendLoop(PyGenerator g, PyException e) {
    Frame fr = g.frame;
    heap.decref(fr.pop());
    int send = fr.pc - 2;
    fr.pc = fr.code.args[send];
    fr.lasti = fr.pc - 1;
    if (e.value.type.isSubtypeOf(in.types.stopIteration)) {
      PyBaseException s = e.value;
      PyObject v = heap.incref(s.args != null && s.args.size() > 0 ? s.args.items[0] : in.none());
      heap.decref(s);
      try {
        return finishSend(g, resume(g, v, null));
      } finally {
        heap.decref(v);
      }
    }
    return finishSend(g, resume(g, null, e.value));
  }

  /**
   * The rest of gen.send() after {@link #resume}: the yielded value, else StopIteration(value) or the escaped
   * exception.
   */
  private PyObject finishSend(PyGenerator g, PyObject result) {
    PyObject v = valueOrThrow(result);
    if (resumeReturned) {
      if (g.asyncGen) {
        heap.decref(v);
        throw in.error("StopAsyncIteration", null);
      }
      throw stopIteration(v);
    }
    return v;
  }

  private static String kind(PyGenerator g) {
    return g.asyncGen ? "async generator" : g.coroutine ? "coroutine" : "generator";
  }

  /** gen_close_iter: closes a delegate (close() of a generator, or its close method if any). */
  private void closeIter(PyObject yf) {
    if (yf instanceof PyGenerator inner) {
      genClose(inner);
      return;
    }
    PyObject meth = yf.type.lookup("close");
    if (meth != null) {
      heap.decref(ops.call(meth, new PyObject[] {yf}, null));
    }
  }

  /**
   * gen_close: raises GeneratorExit at the yield (after closing a yield-from target); a generator that
   * yields again gets RuntimeError; GeneratorExit or StopIteration escaping means success. A generator that
   * never started gets GeneratorExit too, at its first instruction, so its frame (and the arguments it owns) is
   * cleared inside close(): 3.11's gen_close always calls gen_send_ex(gen, Py_None, 1, 1). (3.12 marks such a
   * generator completed without running it; found by lifeline fuzz, cases/generator/close-unstarted-*.)
   */
  public void genClose(PyGenerator g) {
    heap.decref(genCloseValue(g));
  }

  /**
   * gen_close, returning what close() returns (a new reference): None, or from 3.13 (gh-104770) the value the
   * generator returned after catching GeneratorExit. 3.13 also closes a generator suspended at a yield outside
   * any try/with block without raising anything (see {@link GeneratorClose.Shortcut#closesWithoutUnwinding}).
   */
  public PyObject genCloseValue(PyGenerator g) {
    if (g.state != PyGenerator.State.SUSPENDED && g.state != PyGenerator.State.CREATED) {
      return in.none();
    }
    if (g.state == PyGenerator.State.CREATED && closing.completesUnstarted()) {
      g.state = PyGenerator.State.COMPLETED;
      return in.none();
    }
    PyObject yf = delegate(g);
    PyException closeError = null;
    if (yf != null) {
      heap.incref(yf);
      g.state = PyGenerator.State.RUNNING;
      try {
        closeIter(yf);
      } catch (PyException e) {
        // gen_close: when closing the delegate fails, its error (not GeneratorExit) is thrown in at the
        // yield from / await.
        closeError = e;
      } finally {
        g.state = PyGenerator.State.SUSPENDED;
        heap.decref(yf);
      }
    }
    if (closeError == null && closing.closesWithoutUnwinding(g)) {
      g.state = PyGenerator.State.COMPLETED;
      g.frame.clearLocals(heap);
      return in.none();
    }
    PyBaseException ge = closeError != null ? closeError.value
        : in.newException(in.types.generatorExit, in.newTuple());
    PyObject v;
    try {
      v = resume(g, null, ge);
    } catch (PyException e) {
      if (closedBy(e.value)) {
        return in.none();
      }
      throw e;
    }
    if (v == null) {
      PyBaseException raised = vm.takeEscaped();
      if (closedBy(raised)) {
        return in.none();
      }
      throw new PyException(raised, false, false);
    }
    if (!resumeReturned) {
      heap.decref(v);
      throw in.error("RuntimeError", kind(g) + " ignored GeneratorExit");
    }
    return closing.closeResult(heap, v, in.none());
  }

  /** gen_close: GeneratorExit or StopIteration leaving the generator means it closed; then it is released. */
  private boolean closedBy(PyBaseException e) {
    if (e.type.isSubtypeOf(in.types.generatorExit)
        || e.type.isSubtypeOf(in.types.stopIteration)) {
      heap.decref(e);
      return true;
    }
    return false;
  }

  /** gi_yieldfrom / cr_await (borrowed), or null. */
  public PyObject yieldFrom(PyGenerator g) {
    return delegate(g);
  }

  /** _PyGen_yf: the iterator a suspended generator is delegating to (suspended after SEND), or null. */
  private PyObject delegate(PyGenerator g) {
    Frame fr = g.frame;
    if (fr == null || g.state != PyGenerator.State.SUSPENDED || fr.pc >= fr.code.ops.length) {
      return null;
    }
    if (fr.code.opAt(fr.pc) == Opcode.RESUME && fr.code.args[fr.pc] >= 2 && fr.sp > 0) {
      return fr.top();
    }
    return null;
  }

  /** _PyGen_Finalize: closes a suspended generator, warns of an unstarted coroutine; errors are unraisable. */
  void finalizeGenerator(PyGenerator g) {
    if (g.coroutine && g.state == PyGenerator.State.CREATED) {
      UnawaitedCoroutine.warn(in, g);
      return;
    }
    try {
      genClose(g);
    } catch (PyException e) {
      // _PyGen_Finalize: PyErr_WriteUnraisable(self); PyPy's err_msg names the finalizer
      boolean pypy = in.policies.reclaim() == Policies.Reclaim.TRACING;
      in.writeUnraisable(e, g, pypy ? "Exception ignored in: finalizer of " : null);
    }
  }

  private PyException stopIteration(PyObject value) {
    PyObject[] a = value instanceof PyNone ? new PyObject[0] : new PyObject[] {value};
    if (value instanceof PyNone) {
      heap.decref(value);
    }
    return new PyException(in.newException(in.types.stopIteration, in.newTuple(a)));
  }

  /**
   * SEND: resumes the delegate with the popped value, released after the send returns. Returns true when the
   * delegate finished (its value replaces it on the stack and the caller jumps past the SEND loop).
   */
  boolean send(Frame f) {
    PyObject v = f.pop();
    PyObject receiver = f.top();
    PyObject retval;
    boolean returned;
    try {
      if (receiver instanceof PyGenerator g) {
        retval = valueOrThrow(resume(g, v, null));
        returned = resumeReturned;
      } else {
        try {
          retval = sendTo(receiver, v);
          returned = retval == null;
          if (returned) {
            retval = in.none();
          }
        } catch (PyException e) {
          if (!e.value.type.isSubtypeOf(in.types.stopIteration)) {
            throw e;
          }
          PyBaseException s = e.value;
          retval = heap.incref(s.args != null && s.args.size() > 0 ? s.args.items[0] : in.none());
          heap.decref(s);
          returned = true;
        }
      }
    } finally {
      heap.decref(v);
    }
    if (returned) {
      heap.decref(f.pop());
    }
    f.push(retval);
    return returned;
  }

  /** SEND to an iterator that is not a generator: tp_iternext for None, else its send method (null: exhausted). */
  private PyObject sendTo(PyObject receiver, PyObject v) {
    if (v instanceof PyNone) {
      return ops.next(receiver);
    }
    PyObject m = receiver.type.lookup("send");
    if (m == null) {
      throw in.error("AttributeError", "'" + receiver.type.name + "' object has no attribute 'send'");
    }
    return ops.call(m, new PyObject[] {receiver, v}, null);
  }

  /**
   * GET_AWAITABLE: replaces the top of the stack (released) with its awaitable iterator; {@code where} 1 and 2 are
   * what async with's __aenter__ and __aexit__ returned (named in the TypeError).
   */
  void getAwaitable(Frame f, int where) {
    String prefix = where == 0 ? null
        : "'async with' received an object from " + (where == 1 ? "__aenter__" : "__aexit__")
            + " that does not implement __await__: ";
    replaceTop(f, o -> awaitableOf(o, prefix));
  }
}
