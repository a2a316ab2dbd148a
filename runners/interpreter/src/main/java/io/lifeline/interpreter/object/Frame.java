package io.lifeline.interpreter.object;

import io.lifeline.interpreter.memory.Finalization;
import io.lifeline.interpreter.memory.Heap;

/**
 * An interpreter frame (_PyInterpreterFrame): not itself a Python object. Owned by exactly one of: the
 * thread's frame chain while it runs, a generator, or a frame object that took ownership when the frame
 * exited while still referenced ({@link Owner}). It lives beside the objects that own it (PyGenerator,
 * PyFrameObject) rather than in the VM that runs it, so that the object layer names no VM class.
 *
 * <p>Every slot of {@link #localsplus} and of the value stack below {@link #sp} owns its reference.
 */
public final class Frame {
  /** Who owns this frame's storage (_PyInterpreterFrame.owner). */
  public enum Owner { THREAD, GENERATOR, FRAME_OBJECT }

  public final PyCode code;
  /** Owned (f_func); null for the module frame, and for a 3.10 frame ({@link #eager}), which has no f_func. */
  public PyFunction func;
  /** Borrowed from the function or the module; owned by a 3.10 frame ({@link #eager}). */
  public final PyDict globals;
  /** Module and class frames: the namespace dict (owned). Function frames: the f_locals snapshot, if made. */
  public PyDict locals;
  /**
   * A class body's namespace when the metaclass's {@code __prepare__} returned anything but an exact dict (owned;
   * {@link #locals} stays null): STORE_NAME, LOAD_NAME and DELETE_NAME go through its item protocol, as ceval
   * does where {@code PyDict_CheckExact(LOCALS())} fails.
   */
  public PyObject mappingLocals;
  public final PyObject[] localsplus;
  public final PyObject[] stack;
  public int sp;
  /**
   * Index of the next instruction. Up to date whenever the frame is not the one executing in VM.run (which
   * keeps it in a local and stores it when the frame calls, returns, yields or raises).
   */
  public int pc;
  /** Index of the instruction being executed, for tracebacks and f_lineno. */
  public int lasti;
  public Frame previous;
  /** The lazily created frame object; owned by this frame (frame_obj). */
  public PyFrameObject frameObj;
  public Owner owner = Owner.THREAD;
  /** Set on a generator's frame: the generator (borrowed back-pointer). */
  public PyObject generator;
  /** KW_NAMES' operand waiting for the next CALL. */
  public PyObject kwnames;
  /** Set once the frame's slots have been released. */
  public boolean cleared;
  /** Hold convention: the caller's stack index down to which it releases callable and arguments on return. */
  public int heldBase = -1;
  /**
   * A 3.10 frame (frames: eager, Objects/frameobject.c of v3.10.13): the free variables were copied from the
   * closure when the frame was made, the frame owns f_globals and holds no reference to the function, and it
   * releases its slots in frame_dealloc's order (locals, value stack, f_back, f_globals, f_locals).
   */
  public boolean eager;
  /** Set once the closure's cells have been copied in (at creation for an eager frame, else by COPY_FREE_VARS). */
  public boolean freeVarsCopied;
  /** The eager frame's own reference to {@link #globals}, until released. */
  private PyDict ownedGlobals;
  /**
   * 3.13 CALL_ALLOC_AND_ENTER_INIT: on an __init__ frame, the shim frame's reference to the new instance
   * (owned), returned to the caller when __init__ returns None and released when it fails.
   */
  public PyObject initSelf;

  public Frame(PyCode code, PyFunction func, PyDict globals, PyDict locals) {
    this.code = code;
    this.func = func;
    this.globals = globals;
    this.locals = locals;
    this.localsplus = new PyObject[code.nlocalsplus()];
    this.stack = new PyObject[code.stacksize + 1];
  }

  /** Makes a finished, cleared frame of {@code func.code} with the same globals new again for {@code func}. */
  public void reuse(PyFunction func) {
    this.func = func;
    locals = null;
    sp = 0;
    pc = 0;
    lasti = 0;
    previous = null;
    frameObj = null;
    owner = Owner.THREAD;
    generator = null;
    kwnames = null;
    cleared = false;
    heldBase = -1;
    eager = false;
    freeVarsCopied = false;
    ownedGlobals = null;
    initSelf = null;
  }

  public void push(PyObject o) {
    stack[sp++] = o;
  }

  public PyObject pop() {
    PyObject o = stack[--sp];
    stack[sp] = null;
    return o;
  }

  public PyObject top() {
    return stack[sp - 1];
  }

  public PyObject peek(int n) {
    return stack[sp - n];
  }

  public int line() {
    return code.lines[Math.max(0, Math.min(lasti, code.lines.length - 1))];
  }

  /** Visits every reference this frame owns. */
  public void traverse(PyObject.Visitor v) {
    v.visitIfSet(func);
    v.visitIfSet(ownedGlobals);
    v.visitIfSet(locals);
    v.visitIfSet(mappingLocals);
    for (PyObject o : localsplus) {
      v.visitIfSet(o);
    }
    for (int i = 0; i < sp; i++) {
      v.visitIfSet(stack[i]);
    }
    v.visitIfSet(frameObj);
    v.visitIfSet(initSelf);
  }

  /**
   * _PyFrame_Clear: the frame is leaving its owner. If its frame object is referenced elsewhere, the object
   * takes ownership and the slots live on; otherwise slots are released in index order (co_varnames, cells,
   * free variables, then the value stack bottom-up), then f_locals, then the function.
   */
  public void clear(Heap heap, Finalization in) {
    if (cleared) {
      return;
    }
    PyFrameObject f = frameObj;
    if (f != null) {
      frameObj = null;
      if (f.refcnt > 1) {
        in.takeOwnership(f, this);
        heap.decref(f);
        return;
      }
      heap.decref(f);
    }
    releaseSlots(heap);
  }

  /**
   * _PyFrame_ClearLocals (3.13 gen_close): releases the locals in index order, then the stack bottom-up, then
   * f_locals; the function and the frame object stay until the frame itself is cleared.
   */
  public void clearLocals(Heap heap) {
    clearLocalsAndStack(heap);
    releaseFLocals(heap);
  }

  /**
   * Releases locals in index order, then the stack bottom-up, then f_locals and the function; an eager (3.10)
   * frame releases f_globals before f_locals and has no function.
   */
  public void releaseSlots(Heap heap) {
    cleared = true;
    clearLocalsAndStack(heap);
    if (eager) {
      PyDict g = ownedGlobals;
      ownedGlobals = null;
      heap.xdecref(g);
    }
    releaseFLocals(heap);
    PyObject fn = func;
    func = null;
    heap.xdecref(fn);
  }

  private void releaseFLocals(Heap heap) {
    PyObject l = locals;
    locals = null;
    heap.xdecref(l);
    PyObject m = mappingLocals;
    mappingLocals = null;
    heap.xdecref(m);
  }

  /** frame_tp_clear: the locals in index order, then the value stack bottom-up (f_locals stays). */
  public void clearLocalsAndStack(Heap heap) {
    for (int i = 0; i < localsplus.length; i++) {
      PyObject o = localsplus[i];
      localsplus[i] = null;
      heap.xdecref(o);
    }
    for (int i = 0; i < sp; i++) {
      PyObject o = stack[i];
      stack[i] = null;
      heap.xdecref(o);
    }
    sp = 0;
  }

  /**
   * Makes this a 3.10 frame ({@link #eager}): takes a reference to f_globals and drops the function's, after
   * the caller has copied the free variables in.
   */
  public void makeEager(Heap heap) {
    eager = true;
    ownedGlobals = heap.incref(globals);
    PyObject fn = func;
    func = null;
    heap.xdecref(fn);
  }
}
