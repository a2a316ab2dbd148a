package io.lifeline.interpreter.vm;

import static io.lifeline.interpreter.bytecode.Op.*;

import io.lifeline.interpreter.Policies;
import io.lifeline.interpreter.bytecode.AttrCache;
import io.lifeline.interpreter.bytecode.BinaryOp;
import io.lifeline.interpreter.bytecode.CompareOp;
import io.lifeline.interpreter.bytecode.ExceptionTableEntry;
import io.lifeline.interpreter.bytecode.GlobalCache;
import io.lifeline.interpreter.bytecode.Opcode;
import io.lifeline.interpreter.bytecode.PyCode;
import io.lifeline.interpreter.memory.Heap;
import io.lifeline.interpreter.object.PyBaseException;
import io.lifeline.interpreter.object.PyBoundMethod;
import io.lifeline.interpreter.object.PyCell;
import io.lifeline.interpreter.object.PyDict;
import io.lifeline.interpreter.object.PyFrameObject;
import io.lifeline.interpreter.object.PyFunction;
import io.lifeline.interpreter.object.PyGenerator;
import io.lifeline.interpreter.object.PyInstance;
import io.lifeline.interpreter.object.PyList;
import io.lifeline.interpreter.object.PyNativeFunction;
import io.lifeline.interpreter.object.PyNone;
import io.lifeline.interpreter.object.PyObject;
import io.lifeline.interpreter.object.PyStr;
import io.lifeline.interpreter.object.PyTuple;
import io.lifeline.interpreter.object.PyType;
import java.util.ArrayList;

/**
 * The bytecode interpreter (Python/ceval.c). {@link #execute} is the dispatch loop: Python-to-Python calls
 * and returns switch frames inside it without growing the Java stack; only calls made by native code
 * (type calls, __del__, callbacks, generator resumption as in 3.11) re-enter it, bounded by
 * {@link #MAX_NATIVE_DEPTH}.
 */
public final class VM {
  /** Re-entries of the loop from native code before RecursionError (CPython's C recursion guard). */
  static final int MAX_NATIVE_DEPTH = 5000;
  private static final BinaryOp[] BINARY_OPS = BinaryOp.values();
  private static final CompareOp[] COMPARE_OPS = CompareOp.values();

  private final Interp in;
  private final Heap heap;
  private final Ops ops;
  private final CallSiteWarmup warmup;
  private int nativeDepth;
  /** Set by {@link #executeOrEscape} when it returns null; read at once by {@link #takeEscaped}. */
  private PyBaseException escaped;
  /**
   * The exception RAISE_VARARGS or RERAISE raised: {@link #run} returns null and {@link #executeOrEscape}
   * unwinds it as if it had been thrown, without the cost of a Java throw.
   */
  private PyException raised;
  /** Set by {@link #resume} when it returns a value: true if the generator returned it, false if it yielded it. */
  private boolean resumeReturned;

  VM(Interp in) {
    this.in = in;
    this.heap = in.heap;
    this.ops = in.ops;
    this.warmup = new CallSiteWarmup(in);
  }

  // ---------------------------------------------------------------- The dispatch loop

  /**
   * Runs {@code entry} (already linked to its caller) until it returns or yields, or an exception escapes
   * it. If {@code throwIn} is non-null it is raised at the frame's current instruction first (gen.throw).
   * Returns the new reference that was returned or yielded.
   */
  PyObject execute(Frame entry, PyBaseException throwIn) {
    PyObject result = executeOrEscape(entry, throwIn);
    if (result == null) {
      throw new PyException(takeEscaped(), false, false);
    }
    return result;
  }

  /**
   * {@link #execute}, except that a guest exception leaving {@code entry} is not thrown: it returns null and
   * {@link #takeEscaped} hands over the exception (its reference included), which has the frames it left in
   * its traceback. Errors raised before the frame runs (RecursionError at native depth) are still thrown.
   */
  private PyObject executeOrEscape(Frame entry, PyBaseException throwIn) {
    if (++nativeDepth > MAX_NATIVE_DEPTH) {
      nativeDepth--;
      if (throwIn != null) {
        heap.decref(throwIn);
      }
      throw in.error("RecursionError", "maximum recursion depth exceeded");
    }
    Frame saved = in.current;
    Frame f = entry;
    in.current = f;
    in.runUserDelAction();
    // The exception being unwound in f, one frame per step: one passed on to a caller frame is neither
    // fresh nor re-raised there (it gets that frame's traceback entry).
    PyException pending = throwIn != null ? new PyException(throwIn, false, true) : null;
    try {
      while (true) {
        if (pending == null) {
          try {
            PyObject result = run(f, entry);
            if (result != null) {
              return result;
            }
            f = in.current;
            pending = raised;
            raised = null;
            if (pending == null) {
              continue;
            }
          } catch (PyException e) {
            f = in.current;
            pending = e;
          }
        }
        Frame handlerFrame = unwind(f, pending, entry);
        if (handlerFrame == null) {
          escaped = pending.value;
          return null;
        }
        if (handlerFrame == f) {
          pending = null;
        } else {
          pending = new PyException(pending.value, false, false);
          in.current = handlerFrame;
        }
        f = handlerFrame;
      }
    } finally {
      in.current = saved;
      nativeDepth--;
    }
  }

  /** The exception that left the last {@link #executeOrEscape} returning null (a reference the caller owns). */
  private PyBaseException takeEscaped() {
    PyBaseException e = escaped;
    escaped = null;
    return e;
  }

  /**
   * Executes instructions of {@code f} and the frames it calls: CALL of a Python function and RETURN_VALUE to
   * a caller switch frames here (in.current follows). Returns the value that finishes {@code entry} (returned
   * or yielded), or null after CALL_FUNCTION_EX switched to a new frame (in.current holds it) or after a raise
   * instruction (its exception in {@link #raised}, in.current unchanged). The switch is on {@link PyCode#ops}
   * with {@link io.lifeline.interpreter.bytecode.Op}'s constants.
   *
   * <p>The running frame's next instruction index is the local {@code next}, not {@link Frame#pc}: it is
   * stored into the frame when the frame calls, returns, yields or raises, and read back when a frame is
   * (re)entered. While an instruction runs, {@link Frame#lasti} says which one it is (tracebacks, f_lineno,
   * the exception table), as CPython 3.11 keeps next_instr in a register and frame->prev_instr in the frame.
   *
   * <p>Once the running code is compiled ({@link PyCode#compiled}, see {@link Jit}), each turn of the loop first
   * lets the compiled form run from {@code next} up to the next instruction it leaves to the switch.
   */
  private PyObject run(Frame f, Frame entry) {
    // Locals, so the JIT need not reload them after every call (final instance fields are not trusted).
    final Interp in = this.in;
    final Heap heap = this.heap;
    final Ops ops = this.ops;
    final boolean checkStackEffects = in.checkStackEffects;
    PyCode code = f.code;
    Opcode[] opcodes = code.opcodes;
    int[] codes = code.ops;
    int[] args = code.args;
    int next = f.pc;
    while (true) {
      if (code.compiled != null) {
        next = ((CompiledCode) code.compiled).run(this, f, next);
      }
      int pc = next++;
      tick(f, pc);
      int arg = args[pc];
      int op = codes[pc];
      int spBefore = f.sp;
      switch (op) {
        case NOP -> opNop(f, pc, arg);
        case RESUME -> opResume(f, pc, arg);
        case POP_TOP -> opPopTop(f, pc, arg);
        case PUSH_NULL -> opPushNull(f, pc, arg);
        case COPY -> opCopy(f, pc, arg);
        case SWAP -> opSwap(f, pc, arg);
        case LOAD_CONST -> opLoadConst(f, pc, arg);
        case LOAD_FAST -> opLoadFast(f, pc, arg);
        case STORE_FAST -> opStoreFast(f, pc, arg);
        case LOAD_FAST_AND_CLEAR -> opLoadFastAndClear(f, pc, arg);
        case STORE_FAST_MAYBE_NULL -> opStoreFastMaybeNull(f, pc, arg);
        case DELETE_FAST -> opDeleteFast(f, pc, arg);
        case MAKE_CELL -> opMakeCell(f, pc, arg);
        case COPY_FREE_VARS -> opCopyFreeVars(f, pc, arg);
        case LOAD_CLOSURE -> opLoadClosure(f, pc, arg);
        case LOAD_DEREF -> opLoadDeref(f, pc, arg);
        case STORE_DEREF -> opStoreDeref(f, pc, arg);
        case DELETE_DEREF -> {
          PyCell cell = (PyCell) f.localsplus[arg];
          PyObject old = loadDeref(f, arg);
          cell.ref = null;
          heap.decref(old);
        }
        case LOAD_NAME -> opLoadName(f, pc, arg);
        case STORE_NAME -> opStoreName(f, pc, arg);
        case DELETE_NAME -> deleteIn(f.locals, code.nameKey(arg));
        case LOAD_GLOBAL -> opLoadGlobal(f, pc, arg);
        case STORE_GLOBAL -> opStoreGlobal(f, pc, arg);
        case DELETE_GLOBAL -> deleteIn(f.globals, code.nameKey(arg));
        case LOAD_ATTR -> opLoadAttr(f, pc, arg);
        case STORE_ATTR -> opStoreAttr(f, pc, arg);
        case DELETE_ATTR -> {
          PyObject owner = f.pop();
          try {
            ops.delattr(owner, code.names[arg]);
          } finally {
            heap.decref(owner);
          }
        }
        case LOAD_METHOD -> opLoadMethod(f, pc, arg);
        case BINARY_SUBSCR -> opBinarySubscr(f, pc, arg);
        case STORE_SUBSCR -> opStoreSubscr(f, pc, arg);
        case BINARY_SLICE -> {
          PyObject slice = popSlice(f);
          PyObject container = f.pop();
          PyObject res;
          try {
            res = ops.getitem(container, slice);
          } finally {
            heap.decref(slice);
            heap.decref(container);
          }
          f.push(res);
        }
        case STORE_SLICE -> {
          PyObject slice = popSlice(f);
          PyObject container = f.pop();
          PyObject v = f.pop();
          try {
            ops.setitem(container, slice, v);
          } finally {
            heap.decref(slice);
            heap.decref(v);
            heap.decref(container);
          }
        }
        case DELETE_SUBSCR -> {
          PyObject sub = f.pop();
          PyObject container = f.pop();
          try {
            ops.delitem(container, sub);
          } finally {
            heap.decref(container);
            heap.decref(sub);
          }
        }
        case BINARY_OP -> opBinaryOp(f, pc, arg);
        case COMPARE_OP -> opCompareOp(f, pc, arg);
        case IS_OP -> opIsOp(f, pc, arg);
        case CONTAINS_OP -> opContainsOp(f, pc, arg);
        case UNARY_NOT -> opUnaryNot(f, pc, arg);
        case UNARY_NEGATIVE, UNARY_POSITIVE, UNARY_INVERT -> {
          PyObject v = f.pop();
          PyObject res;
          try {
            res = op == UNARY_NEGATIVE ? ops.negate(v) : op == UNARY_POSITIVE ? ops.positive(v)
                : ops.invert(v);
          } finally {
            heap.decref(v);
          }
          f.push(res);
        }
        case BUILD_TUPLE -> opBuildTuple(f, pc, arg);
        case BUILD_LIST -> opBuildList(f, pc, arg);
        case BUILD_MAP -> opBuildMap(f, pc, arg);
        case BUILD_SET -> {
          io.lifeline.interpreter.object.PySet set = in.newSet();
          PyException failed = null;
          for (int i = arg; i >= 1; i--) {
            PyObject item = f.peek(i);
            if (failed == null) {
              try {
                ops.checkHashable(item);
                set.add(heap, item);
              } catch (PyException e) {
                failed = e;
              }
            }
          }
          PyObject[] items = popN(f, arg);
          for (PyObject item : items) {
            heap.decref(item);
          }
          if (failed != null) {
            heap.decref(set);
            throw failed;
          }
          f.push(set);
        }
        case SET_ADD -> {
          PyObject v = f.pop();
          try {
            ops.checkHashable(v);
            ((io.lifeline.interpreter.object.PySet) f.peek(arg)).add(heap, v);
          } finally {
            heap.decref(v);
          }
        }
        case SET_UPDATE -> {
          PyObject iterable = f.pop();
          try {
            ops.updateSet((io.lifeline.interpreter.object.PySet) f.peek(arg), iterable);
          } finally {
            heap.decref(iterable);
          }
        }
        case BUILD_SLICE -> {
          PyObject step = arg == 3 ? f.pop() : heap.incref(in.none());
          PyObject stop = f.pop();
          PyObject start = f.pop();
          f.push(heap.register(new io.lifeline.interpreter.object.PySlice(in.types.slice, start, stop, step)));
        }
        case BUILD_STRING -> {
          StringBuilder sb = new StringBuilder();
          for (int i = arg; i >= 1; i--) {
            sb.append(((PyStr) f.peek(i)).value);
          }
          for (int i = 0; i < arg; i++) {
            heap.decref(f.pop());
          }
          f.push(in.newStr(sb.toString()));
        }
        case FORMAT_VALUE -> {
          PyObject spec = (arg & 4) != 0 ? f.pop() : null;
          PyObject v = f.pop();
          PyObject res;
          try {
            res = formatValue(v, arg & 3, spec == null ? "" : ((PyStr) spec).value);
          } finally {
            heap.decref(v);
            heap.xdecref(spec);
          }
          f.push(res);
        }
        case LIST_APPEND -> opListAppend(f, pc, arg);
        case MAP_ADD -> opMapAdd(f, pc, arg);
        case LIST_EXTEND -> {
          PyObject iterable = f.pop();
          try {
            ops.extendList((PyList) f.peek(arg), iterable);
          } finally {
            heap.decref(iterable);
          }
        }
        case LIST_TO_TUPLE -> {
          PyList l = (PyList) f.pop();
          PyObject[] items = new PyObject[l.items.size()];
          for (int i = 0; i < items.length; i++) {
            items[i] = heap.incref(l.items.get(i));
          }
          PyObject t = in.newTuple(items);
          heap.decref(l);
          f.push(t);
        }
        case DICT_MERGE -> {
          PyObject other = f.pop();
          try {
            mergeDict((PyDict) f.peek(arg), other);
          } finally {
            heap.decref(other);
          }
        }
        case UNPACK_SEQUENCE -> opUnpackSequence(f, pc, arg);
        case UNPACK_EX -> unpackEx(f, arg & 0xFF, arg >> 8);
        case GET_ITER -> opGetIter(f, pc, arg);
        case FOR_ITER -> {
          if (opForIter(f, pc, arg)) {
            next = arg;
          }
        }
        case JUMP_FORWARD -> {
          opJumpForward(f, pc, arg);
          next = arg;
        }
        case JUMP_BACKWARD -> {
          opJumpBackward(f, pc, arg);
          next = arg;
        }
        case POP_JUMP_IF_FALSE -> {
          if (opPopJumpIfFalse(f, pc, arg)) {
            next = arg;
          }
        }
        case POP_JUMP_IF_TRUE -> {
          if (opPopJumpIfTrue(f, pc, arg)) {
            next = arg;
          }
        }
        case POP_JUMP_IF_NONE -> {
          if (opPopJumpIfNone(f, pc, arg)) {
            next = arg;
          }
        }
        case POP_JUMP_IF_NOT_NONE -> {
          if (opPopJumpIfNotNone(f, pc, arg)) {
            next = arg;
          }
        }
        case JUMP_IF_FALSE_OR_POP -> {
          if (opJumpIfFalseOrPop(f, pc, arg)) {
            next = arg;
          }
        }
        case JUMP_IF_TRUE_OR_POP -> {
          if (opJumpIfTrueOrPop(f, pc, arg)) {
            next = arg;
          }
        }
        case KW_NAMES -> opKwNames(f, pc, arg);
        case CALL -> {
          f.pc = next;
          Frame callee = call(f, arg);
          if (callee != null) {
            in.current = callee;
            f = callee;
            next = f.pc;
            code = f.code;
            opcodes = code.opcodes;
            codes = code.ops;
            args = code.args;
            continue;
          }
        }
        case CALL_FUNCTION_EX -> {
          f.pc = next;
          Frame callee = callFunctionEx(f, arg);
          if (callee != null) {
            in.current = callee;
            return null;
          }
        }
        case MAKE_FUNCTION -> opMakeFunction(f, pc, arg);
        case RETURN_VALUE -> {
          f.pc = next;
          PyObject rv = f.pop();
          if (f == entry) {
            finishFrame(f);
            return rv;
          }
          Frame caller = f.previous;
          int held = f.heldBase;
          // A frame that never had a frame object is referenced by nothing once finished (a frame object,
          // even a dead one awaiting the tracing collector, would still point at it): the next call of the
          // same code may reuse it instead of allocating (CPython's frames live on a data stack).
          boolean spare = f.frameObj == null && f.owner == Frame.Owner.THREAD && !f.eager;
          finishFrame(f);
          if (held >= 0) {
            popHeld(caller, held);
          }
          in.current = caller;
          caller.push(f.initSelf == null ? rv : exitInit(f, rv));
          PyCode finished = f.code;
          if (spare && finished.spareCount < finished.spareFrames.length) {
            finished.spareFrames[finished.spareCount++] = f;
          }
          f = caller;
          next = f.pc;
          code = f.code;
          opcodes = code.opcodes;
          codes = code.ops;
          args = code.args;
          continue;
        }
        case RETURN_GENERATOR -> throw new IllegalStateException("RETURN_GENERATOR is done at call time");
        case YIELD_VALUE -> {
          f.pc = next;
          PyObject v = f.pop();
          ((PyGenerator) f.generator).state = PyGenerator.State.SUSPENDED;
          return v;
        }
        case GET_YIELD_FROM_ITER -> opGetYieldFromIter(f, pc, arg);
        case SEND -> {
          if (opSend(f, pc, arg)) {
            next = arg;
          }
        }
        case GET_AWAITABLE -> {
          PyObject iterable = f.pop();
          PyObject it;
          try {
            it = awaitable(iterable);
          } finally {
            heap.decref(iterable);
          }
          f.push(it);
        }
        case LOAD_BUILD_CLASS -> opLoadBuildClass(f, pc, arg);
        case LOAD_ASSERTION_ERROR -> f.push(in.types.exception("AssertionError"));
        case RAISE_VARARGS -> {
          f.pc = next;
          raised = raise(f, arg);
          return null;
        }
        case RERAISE -> {
          f.pc = next;
          raised = new PyException((PyBaseException) f.pop(), true, false);
          return null;
        }
        case PUSH_EXC_INFO -> opPushExcInfo(f, pc, arg);
        case POP_EXCEPT -> opPopExcept(f, pc, arg);
        case CHECK_EXC_MATCH -> opCheckExcMatch(f, pc, arg);
        case BEFORE_WITH -> beforeWith(f);
        case WITH_EXCEPT_START -> {
          PyObject exit = f.peek(3);
          PyBaseException exc = (PyBaseException) f.peek(1);
          PyObject tb = exc.traceback != null ? exc.traceback : in.none();
          f.push(ops.call(exit, new PyObject[] {exc.type, exc, tb}, null));
        }
        case IMPORT_NAME -> {
          PyObject fromlist = f.pop();
          PyObject level = f.pop();
          heap.decref(fromlist);
          heap.decref(level);
          f.push(importModule(code.names[arg]));
        }
        case IMPORT_FROM -> {
          PyObject v = ops.getattrOrNull(f.top(), code.names[arg]);
          if (v == null) {
            throw in.error("ImportError", "cannot import name '" + code.names[arg] + "'");
          }
          f.push(v);
        }
      }
      if (checkStackEffects && !opcodes[pc].isJump() && !opcodes[pc].isTerminal() && next == pc + 1) {
        int expected = opcodes[pc].stackEffect(arg);
        if (f.sp - spBefore != expected) {
          throw new IllegalStateException(opcodes[pc] + " changed the stack by " + (f.sp - spBefore)
              + ", the opcode table says " + expected);
        }
      }
    }
  }

  // ---------------------------------------------------------------- Instructions shared with compiled code

  // The instructions that the dispatch loop and Jit-compiled code both run: one method each, taking the frame,
  // the instruction index and its argument. A jump instruction returns true when it jumps to its argument.

  /** What every instruction does first: it becomes the frame's last instruction and is counted. */
  void tick(Frame f, int pc) {
    f.lasti = pc;
    in.instructionsRun++;
  }

  /**
   * Counts a call or loop iteration of {@code code}; at the interpreter's threshold its instructions are compiled
   * ({@link Jit}; the dispatch loop switches to the compiled form at its next instruction).
   */
  private void countHot(PyCode code) {
    if (++code.hotness == in.jitThreshold && code.compiled == null) {
      code.compiled = Jit.compile(code);
    }
  }

  /** NOP. */
  void opNop(Frame f, int pc, int arg) {}

  /** JUMP_FORWARD. */
  void opJumpForward(Frame f, int pc, int arg) {}

  /** RESUME. */
  void opResume(Frame f, int pc, int arg) {
    countHot(f.code);
    in.checkBudget();
    if (arg < 2) {
      heap.runScheduledCollection();
    }
  }

  /** POP_TOP. */
  void opPopTop(Frame f, int pc, int arg) {
    heap.decref(f.pop());
  }

  /** PUSH_NULL. */
  void opPushNull(Frame f, int pc, int arg) {
    f.push(null);
  }

  /** COPY. */
  void opCopy(Frame f, int pc, int arg) {
    f.push(heap.incref(f.peek(arg)));
  }

  /** SWAP. */
  void opSwap(Frame f, int pc, int arg) {
    PyObject t = f.stack[f.sp - 1];
    f.stack[f.sp - 1] = f.stack[f.sp - arg];
    f.stack[f.sp - arg] = t;
  }

  /** LOAD_CONST. */
  void opLoadConst(Frame f, int pc, int arg) {
    PyObject v = heap.incref(f.code.consts[arg]);
    f.stack[f.sp++] = v;
  }

  /** LOAD_FAST. */
  void opLoadFast(Frame f, int pc, int arg) {
    PyObject v = f.localsplus[arg];
    if (v == null) {
      throw unboundLocal(f, arg);
    }
    f.stack[f.sp++] = heap.incref(v);
  }

  /** STORE_FAST. */
  void opStoreFast(Frame f, int pc, int arg) {
    PyObject old = f.localsplus[arg];
    PyObject v = f.stack[--f.sp];
    f.stack[f.sp] = null;
    f.localsplus[arg] = v;
    heap.xdecref(old);
  }

  /** LOAD_FAST_AND_CLEAR. */
  void opLoadFastAndClear(Frame f, int pc, int arg) {
    f.push(f.localsplus[arg]);
    f.localsplus[arg] = null;
  }

  /** STORE_FAST_MAYBE_NULL. */
  void opStoreFastMaybeNull(Frame f, int pc, int arg) {
    PyObject old = f.localsplus[arg];
    f.localsplus[arg] = f.pop();
    heap.xdecref(old);
  }

  /** DELETE_FAST. */
  void opDeleteFast(Frame f, int pc, int arg) {
    PyObject old = loadFast(f, arg);
    f.localsplus[arg] = null;
    heap.decref(old);
  }

  /** MAKE_CELL. */
  void opMakeCell(Frame f, int pc, int arg) {
    f.localsplus[arg] = in.newCell(f.localsplus[arg]);
  }

  /** COPY_FREE_VARS. */
  void opCopyFreeVars(Frame f, int pc, int arg) {
    copyFreeVars(f, arg);
  }

  /** LOAD_CLOSURE. */
  void opLoadClosure(Frame f, int pc, int arg) {
    f.push(heap.incref(f.localsplus[arg]));
  }

  /** LOAD_DEREF. */
  void opLoadDeref(Frame f, int pc, int arg) {
    f.push(heap.incref(loadDeref(f, arg)));
  }

  /** STORE_DEREF. */
  void opStoreDeref(Frame f, int pc, int arg) {
    PyCell cell = (PyCell) f.localsplus[arg];
    PyObject old = cell.ref;
    cell.ref = f.pop();
    heap.xdecref(old);
  }

  /** LOAD_NAME. */
  void opLoadName(Frame f, int pc, int arg) {
    f.push(heap.incref(f.locals == f.globals ? loadGlobalCached(f, pc, arg, true)
        : loadName(f, f.code.nameKey(arg))));
  }

  /** STORE_NAME. */
  void opStoreName(Frame f, int pc, int arg) {
    if (f.locals == f.globals) {
      storeGlobalCached(f, pc, arg, f.pop());
    } else {
      storeIn(f.locals, f.code.nameKey(arg), f.pop());
    }
  }

  /** LOAD_GLOBAL. */
  void opLoadGlobal(Frame f, int pc, int arg) {
    f.push(heap.incref(loadGlobalCached(f, pc, arg, false)));
  }

  /** STORE_GLOBAL. */
  void opStoreGlobal(Frame f, int pc, int arg) {
    storeGlobalCached(f, pc, arg, f.pop());
  }

  /** LOAD_ATTR. */
  void opLoadAttr(Frame f, int pc, int arg) {
    PyObject owner = f.pop();
    PyObject res;
    try {
      res = ops.getattr(owner, f.code.nameKey(arg), attrCache(f.code, pc));
    } finally {
      heap.decref(owner);
    }
    f.push(res);
  }

  /** STORE_ATTR. */
  void opStoreAttr(Frame f, int pc, int arg) {
    PyObject owner = f.pop();
    PyObject v = f.pop();
    try {
      ops.setattr(owner, f.code.nameKey(arg), v, attrCache(f.code, pc));
    } finally {
      heap.decref(v);
      heap.decref(owner);
    }
  }

  /** LOAD_METHOD. */
  void opLoadMethod(Frame f, int pc, int arg) {
    loadMethod(f, f.code.nameKey(arg));
  }

  /** BINARY_SUBSCR. */
  void opBinarySubscr(Frame f, int pc, int arg) {
    PyObject sub = f.pop();
    PyObject container = f.pop();
    PyObject res;
    try {
      res = ops.getitem(container, sub);
    } finally {
      heap.decref(container);
      heap.decref(sub);
    }
    f.push(res);
  }

  /** STORE_SUBSCR. */
  void opStoreSubscr(Frame f, int pc, int arg) {
    PyObject sub = f.pop();
    PyObject container = f.pop();
    PyObject v = f.pop();
    try {
      ops.setitem(container, sub, v);
    } finally {
      heap.decref(v);
      heap.decref(container);
      heap.decref(sub);
    }
  }

  /** BINARY_OP. */
  void opBinaryOp(Frame f, int pc, int arg) {
    PyObject rhs = f.pop();
    PyObject lhs = f.pop();
    PyObject res;
    try {
      res = ops.binaryOp(BINARY_OPS[arg], lhs, rhs);
    } finally {
      heap.decref(lhs);
      heap.decref(rhs);
    }
    f.push(res);
  }

  /** COMPARE_OP. */
  void opCompareOp(Frame f, int pc, int arg) {
    PyObject rhs = f.pop();
    PyObject lhs = f.pop();
    PyObject res;
    try {
      res = ops.compare(COMPARE_OPS[arg], lhs, rhs);
    } finally {
      heap.decref(lhs);
      heap.decref(rhs);
    }
    f.push(res);
  }

  /** IS_OP. */
  void opIsOp(Frame f, int pc, int arg) {
    PyObject rhs = f.pop();
    PyObject lhs = f.pop();
    boolean res = (lhs == rhs) ^ (arg == 1);
    heap.decref(lhs);
    heap.decref(rhs);
    f.push(in.types.bool(res));
  }

  /** CONTAINS_OP. */
  void opContainsOp(Frame f, int pc, int arg) {
    PyObject container = f.pop();
    PyObject item = f.pop();
    boolean res;
    try {
      res = ops.contains(container, item) ^ (arg == 1);
    } finally {
      heap.decref(item);
      heap.decref(container);
    }
    f.push(in.types.bool(res));
  }

  /** UNARY_NOT. */
  void opUnaryNot(Frame f, int pc, int arg) {
    PyObject v = f.pop();
    boolean t;
    try {
      t = ops.truthy(v);
    } finally {
      heap.decref(v);
    }
    f.push(in.types.bool(!t));
  }

  /** BUILD_TUPLE. */
  void opBuildTuple(Frame f, int pc, int arg) {
    f.push(in.newTuple(popN(f, arg)));
  }

  /** BUILD_LIST. */
  void opBuildList(Frame f, int pc, int arg) {
    ArrayList<PyObject> items = new ArrayList<>(java.util.Arrays.asList(popN(f, arg)));
    f.push(in.newList(items));
  }

  /** BUILD_MAP. */
  void opBuildMap(Frame f, int pc, int arg) {
    buildMap(f, arg);
  }

  /** LIST_APPEND. */
  void opListAppend(Frame f, int pc, int arg) {
    PyObject v = f.pop();
    ((PyList) f.peek(arg)).items.add(v);
  }

  /** MAP_ADD. */
  void opMapAdd(Frame f, int pc, int arg) {
    PyObject v = f.pop();
    PyObject k = f.pop();
    ops.checkHashable(k);
    ((PyDict) f.peek(arg)).put(heap, k, v);
  }

  /** UNPACK_SEQUENCE. */
  void opUnpackSequence(Frame f, int pc, int arg) {
    unpack(f, arg);
  }

  /** GET_ITER. */
  void opGetIter(Frame f, int pc, int arg) {
    PyObject iterable = f.pop();
    PyObject it;
    try {
      it = ops.iter(iterable);
    } finally {
      heap.decref(iterable);
    }
    f.push(it);
  }

  /** KW_NAMES. */
  void opKwNames(Frame f, int pc, int arg) {
    f.kwnames = f.code.consts[arg];
  }

  /** MAKE_FUNCTION. */
  void opMakeFunction(Frame f, int pc, int arg) {
    makeFunction(f, arg);
  }

  /** GET_YIELD_FROM_ITER. */
  void opGetYieldFromIter(Frame f, int pc, int arg) {
    if (!(f.top() instanceof PyGenerator)) {
      PyObject iterable = f.pop();
      PyObject it;
      try {
        it = ops.iter(iterable);
      } finally {
        heap.decref(iterable);
      }
      f.push(it);
    }
  }

  /** PUSH_EXC_INFO. */
  void opPushExcInfo(Frame f, int pc, int arg) {
    PyObject value = f.pop();
    if (in.policies.excInfo() == Policies.ExcInfo.TRIPLE) {
      pushExcInfoTriple(f, (PyBaseException) value);
      f.push(value);
      return;
    }
    PyObject prev = in.excInfo.value;
    f.push(prev == null ? in.none() : prev);
    in.excInfo.value = heap.incref(value);
    f.push(value);
  }

  /** POP_EXCEPT. */
  void opPopExcept(Frame f, int pc, int arg) {
    PyObject prev = f.pop();
    if (in.policies.excInfo() == Policies.ExcInfo.TRIPLE) {
      popExcInfoTriple(prev);
      return;
    }
    PyObject old = in.excInfo.value;
    in.excInfo.value = prev instanceof PyNone ? null : prev;
    heap.xdecref(old);
  }

  /** CHECK_EXC_MATCH. */
  void opCheckExcMatch(Frame f, int pc, int arg) {
    PyObject type = f.pop();
    boolean match;
    try {
      match = ops.isinstance(f.top(), type);
    } finally {
      heap.decref(type);
    }
    f.push(in.types.bool(match));
  }

  /** LOAD_BUILD_CLASS. */
  void opLoadBuildClass(Frame f, int pc, int arg) {
    f.push(heap.incref(in.builtins.getStr("__build_class__")));
  }

  /** JUMP_BACKWARD. */
  void opJumpBackward(Frame f, int pc, int arg) {
    countHot(f.code);
    in.checkBudget();
    heap.minorCollectionPoint();
    heap.runScheduledCollection();
  }

  /** FOR_ITER. */
  boolean opForIter(Frame f, int pc, int arg) {
    PyObject iter = f.top();
    PyObject item = iter instanceof PyGenerator gen ? genIterNext(gen) : ops.next(iter);
    if (item != null) {
      f.push(item);
    } else {
      heap.decref(f.pop());
      return true;
    }
    return false;
  }

  /** SEND. */
  boolean opSend(Frame f, int pc, int arg) {
    if (send(f)) {
      return true;
    }
    return false;
  }

  /** POP_JUMP_IF_FALSE. */
  boolean opPopJumpIfFalse(Frame f, int pc, int arg) {
    return !popTruth(f);
  }

  /** POP_JUMP_IF_TRUE. */
  boolean opPopJumpIfTrue(Frame f, int pc, int arg) {
    return popTruth(f);
  }

  /** Pops the condition of a conditional jump and releases it; its truth. */
  private boolean popTruth(Frame f) {
    PyObject cond = f.pop();
    try {
      return ops.truthy(cond);
    } finally {
      heap.decref(cond);
    }
  }

  /** POP_JUMP_IF_NONE. */
  boolean opPopJumpIfNone(Frame f, int pc, int arg) {
    PyObject v = f.pop();
    heap.decref(v);
    return v instanceof PyNone;
  }

  /** POP_JUMP_IF_NOT_NONE. */
  boolean opPopJumpIfNotNone(Frame f, int pc, int arg) {
    PyObject v = f.pop();
    heap.decref(v);
    return !(v instanceof PyNone);
  }

  /** JUMP_IF_FALSE_OR_POP: jumps keeping the value when it is false, else pops it. */
  boolean opJumpIfFalseOrPop(Frame f, int pc, int arg) {
    if (!ops.truthy(f.top())) {
      return true;
    }
    heap.decref(f.pop());
    return false;
  }

  /** JUMP_IF_TRUE_OR_POP: jumps keeping the value when it is true, else pops it. */
  boolean opJumpIfTrueOrPop(Frame f, int pc, int arg) {
    if (ops.truthy(f.top())) {
      return true;
    }
    heap.decref(f.pop());
    return false;
  }

  // ---------------------------------------------------------------- Exception unwinding

  /**
   * Finds the handler for {@code e}: in {@code f} (stack popped to the handler's depth, exception pushed)
   * or, after clearing {@code f}, in its callers up to {@code entry}. Returns the frame to continue in, or
   * null if the exception leaves {@code entry}. The first frame gets a traceback entry unless re-raised.
   */
  private Frame unwind(Frame f, PyException e, Frame entry) {
    PyBaseException exc = e.value;
    if (e.fresh) {
      chainContext(exc);
    }
    if (!e.reraise) {
      in.addTraceback(exc, f);
    }
    ExceptionTableEntry h = f.code.handlerFor(f.lasti);
    if (h != null) {
      while (f.sp > h.depth()) {
        heap.xdecref(f.pop());
      }
      f.push(exc);
      f.pc = h.target();
      return f;
    }
    if (!raisingFrameKeepsItsStack()) {
      while (f.sp > 0) {
        heap.xdecref(f.pop());
      }
    }
    Frame caller = f.previous;
    finishFrame(f);
    releaseInitShim(f);
    if (f == entry) {
      return null;
    }
    in.current = caller;
    return caller;
  }

  /**
   * PyPy: a frame left by an exception keeps its value stack in the frame object that the traceback holds
   * (a probe: the operand of a failing {@code 1 + A()} in a comprehension lives until the traceback dies);
   * CPython pops it first. Under tracing the frame's clear releases the stack or its frame object keeps it.
   */
  private boolean raisingFrameKeepsItsStack() {
    return heap.tracer() != null;
  }

  /**
   * 3.10 handler entry (exception_unwind): the handled triple moves onto the stack (None if empty) and
   * exc_info becomes (type, value, traceback) of the caught exception, the traceback as it is now.
   */
  private void pushExcInfoTriple(Frame f, PyBaseException value) {
    ExcState s = in.excInfo;
    if (s.type == null && s.value == null && s.traceback == null) {
      f.push(in.none());
    } else {
      f.push(heap.register(new SavedExcInfo(in.types.object, s.type, s.value, s.traceback)));
      s.type = null;
      s.value = null;
      s.traceback = null;
    }
    s.type = heap.incref(value.type);
    s.value = heap.incref(value);
    s.traceback = heap.xincref(value.traceback);
  }

  /** 3.10 POP_EXCEPT: exc_info gets the saved triple back; the old type, value and traceback are released. */
  private void popExcInfoTriple(PyObject saved) {
    ExcState s = in.excInfo;
    PyObject type = s.type;
    PyObject value = s.value;
    PyObject tb = s.traceback;
    if (saved instanceof SavedExcInfo t) {
      s.type = heap.xincref(t.type);
      s.value = heap.xincref(t.value);
      s.traceback = heap.xincref(t.traceback);
    } else {
      s.type = null;
      s.value = null;
      s.traceback = null;
    }
    heap.xdecref(type);
    heap.xdecref(value);
    heap.xdecref(tb);
    heap.decref(saved);
  }

  /** _PyErr_SetObject: a newly raised exception's __context__ is the exception being handled. */
  private void chainContext(PyBaseException exc) {
    PyObject handled = topHandled();
    if (handled == null || handled == exc) {
      return;
    }
    PyObject o = handled;
    while (o instanceof PyBaseException b && b.context != null) {
      if (b.context == exc) {
        PyObject ctx = b.context;
        b.context = null;
        heap.decref(ctx);
        break;
      }
      o = b.context;
    }
    PyObject old = exc.context;
    exc.context = heap.incref(handled);
    heap.xdecref(old);
  }

  /** _PyErr_GetTopmostException: the innermost handled exception across generator states. */
  public PyObject topHandled() {
    ExcState s = topHandledState();
    return s == null ? null : s.value;
  }

  /** The state holding the innermost handled exception, or null. */
  public ExcState topHandledState() {
    for (ExcState s = in.excInfo; s != null; s = s.previous) {
      if (s.value != null && !(s.value instanceof PyNone)) {
        return s;
      }
    }
    return null;
  }

  private PyException raise(Frame f, int argc) {
    if (argc == 0) {
      ExcState state = topHandledState();
      if (state == null) {
        throw in.error("RuntimeError", "No active exception to reraise");
      }
      PyBaseException handled = (PyBaseException) heap.incref(state.value);
      if (in.policies.excInfo() == Policies.ExcInfo.TRIPLE && handled.traceback != state.traceback) {
        // 3.10 do_raise restores the saved triple: the exception goes on with the traceback it was caught with.
        PyObject old = handled.traceback;
        handled.traceback = heap.xincref(state.traceback);
        heap.xdecref(old);
      }
      return new PyException(handled, true, false);
    }
    PyObject cause = argc == 2 ? f.pop() : null;
    PyObject exc = f.pop();
    PyBaseException value;
    try {
      value = instantiateException(exc);
    } finally {
      heap.decref(exc);
    }
    if (cause != null) {
      PyObject c;
      if (cause instanceof PyNone) {
        c = null;
      } else {
        try {
          c = instantiateException(cause);
        } finally {
          heap.decref(cause);
        }
      }
      PyObject old = value.cause;
      value.cause = c;
      value.suppressContext = true;
      heap.xdecref(old);
    }
    return new PyException(value);
  }

  private PyBaseException instantiateException(PyObject exc) {
    if (exc instanceof PyType t && t.isSubtypeOf(in.types.exception("BaseException"))) {
      PyObject v = ops.call(t, new PyObject[0], null);
      return (PyBaseException) v;
    }
    if (exc instanceof PyBaseException b) {
      return heap.incref(b);
    }
    throw in.error("TypeError", "exceptions must derive from BaseException");
  }

  // ---------------------------------------------------------------- Names

  private PyObject loadFast(Frame f, int i) {
    PyObject v = f.localsplus[i];
    if (v == null) {
      throw unboundLocal(f, i);
    }
    return v;
  }

  private PyException unboundLocal(Frame f, int i) {
    return in.error("UnboundLocalError", "cannot access local variable '" + f.code.localName(i)
        + "' where it is not associated with a value");
  }

  private PyObject loadDeref(Frame f, int i) {
    PyObject v = ((PyCell) f.localsplus[i]).ref;
    if (v == null) {
      String n = f.code.localName(i);
      if (i >= f.code.nlocalsplus() - f.code.freevars.length) {
        throw in.error("NameError", "cannot access free variable '" + n
            + "' where it is not associated with a value in enclosing scope");
      }
      throw in.error("UnboundLocalError", "cannot access local variable '" + n
          + "' where it is not associated with a value");
    }
    return v;
  }

  /** COPY_FREE_VARS; an eager (3.10) frame got its free variables when it was made. */
  private void copyFreeVars(Frame f, int n) {
    if (f.freeVarsCopied) {
      return;
    }
    f.freeVarsCopied = true;
    PyTuple closure = f.func.closure;
    int offset = f.code.nlocalsplus() - n;
    for (int i = 0; i < n; i++) {
      f.localsplus[offset + i] = heap.incref(closure.items[i]);
    }
  }

  private PyObject loadName(Frame f, PyStr name) {
    PyObject v = f.locals.get(name);
    if (v == null) {
      v = f.globals.get(name);
    }
    if (v == null) {
      v = in.builtins.get(name);
    }
    if (v == null) {
      throw nameError(name);
    }
    return v;
  }

  /**
   * LOAD_GLOBAL, or LOAD_NAME in a frame whose locals are its globals ({@code viaLocals}), through the
   * instruction's inline cache ({@link GlobalCache}); on a miss {@link #loadGlobal} or {@link #loadName} (which
   * looks in the same dict twice, as ceval does), refilling the cache. Returns a borrowed reference.
   */
  private PyObject loadGlobalCached(Frame f, int pc, int arg, boolean viaLocals) {
    PyObject v = cachedGlobal(f.code.globalCaches[pc], f.globals, in.builtins);
    if (v != null) {
      return v;
    }
    PyStr name = f.code.nameKey(arg);
    v = viaLocals ? loadName(f, name) : loadGlobal(f, name);
    fillGlobalCache(f.code, pc, f.globals, in.builtins, name);
    return v;
  }

  /**
   * The borrowed value a globals-then-builtins lookup would find, if {@code c} still describes where the name
   * is in these dicts (same dicts, same keys versions); else null.
   */
  private static PyObject cachedGlobal(GlobalCache c, PyDict globals, PyDict builtins) {
    if (c == null || c.globals != globals || c.globalsKeys != globals.keysVersion()) {
      return null;
    }
    if (c.globalsAt >= 0) {
      return globals.valueAt(c.globalsAt);
    }
    if (c.builtins != builtins || c.builtinsKeys != builtins.keysVersion()) {
      return null;
    }
    return builtins.valueAt(c.builtinsAt);
  }

  /**
   * Records where {@code name} is now found in globals, else builtins; leaves the cache alone (stale by its
   * keys versions) if it is in neither or a dict to search has a key that is not a str.
   */
  private static void fillGlobalCache(PyCode code, int pc, PyDict globals, PyDict builtins, PyStr name) {
    int g = globals.strPosition(name);
    if (g == -2) {
      return;
    }
    int b = -1;
    if (g == -1) {
      b = builtins.strPosition(name);
      if (b < 0) {
        return;
      }
    }
    GlobalCache c = code.globalCaches[pc];
    if (c == null) {
      c = new GlobalCache();
      code.globalCaches[pc] = c;
    }
    c.globals = globals;
    c.globalsKeys = globals.keysVersion();
    c.globalsAt = g;
    c.builtins = builtins;
    c.builtinsKeys = builtins.keysVersion();
    c.builtinsAt = b;
  }

  /**
   * STORE_GLOBAL, or STORE_NAME in a frame whose locals are its globals: {@link #storeIn} the globals, replacing
   * the value at the cached entry position while the name is still there.
   */
  private void storeGlobalCached(Frame f, int pc, int arg, PyObject v) {
    PyDict globals = f.globals;
    PyStr name = f.code.nameKey(arg);
    GlobalCache c = f.code.globalCaches[pc];
    if (c != null && c.globals == globals && c.globalsKeys == globals.keysVersion() && c.globalsAt >= 0) {
      globals.replaceAt(heap, c.globalsAt, name, heap.incref(v));
      heap.decref(v);
      return;
    }
    storeIn(globals, name, v);
    int g = globals.strPosition(name);
    if (g >= 0) {
      if (c == null) {
        c = new GlobalCache();
        f.code.globalCaches[pc] = c;
      }
      c.globals = globals;
      c.globalsKeys = globals.keysVersion();
      c.globalsAt = g;
    }
  }

  private PyObject loadGlobal(Frame f, PyStr name) {
    PyObject v = f.globals.get(name);
    if (v == null) {
      v = in.builtins.get(name);
    }
    if (v == null) {
      throw nameError(name);
    }
    return v;
  }

  /** A NameError, or a NotImplementedError if CPython 3.11 has a built-in of that name the model lacks. */
  private PyException nameError(PyStr name) {
    if (Unmodelled.isBuiltin(name.value)) {
      return in.unsupported("the built-in name " + name.value);
    }
    return in.error("NameError", "name '" + name.value + "' is not defined");
  }

  /** STORE_NAME/STORE_GLOBAL: PyDict_SetItem (new reference, old value released inside), then DECREF(v). */
  private void storeIn(PyDict d, PyStr name, PyObject v) {
    d.put(heap, name, heap.incref(v));
    heap.decref(v);
  }

  private void deleteIn(PyDict d, PyStr name) {
    if (!d.remove(heap, name)) {
      throw in.error("NameError", "name '" + name.value + "' is not defined");
    }
  }

  // ---------------------------------------------------------------- Containers

  private PyObject[] popN(Frame f, int n) {
    PyObject[] items = new PyObject[n];
    for (int i = n - 1; i >= 0; i--) {
      items[i] = f.pop();
    }
    return items;
  }

  private void buildMap(Frame f, int n) {
    PyDict d = in.newDict();
    try {
      for (int i = n; i >= 1; i--) {
        PyObject k = f.peek(2 * i);
        ops.checkHashable(k);
        d.put(heap, heap.incref(k), heap.incref(f.peek(2 * i - 1)));
      }
    } catch (PyException e) {
      heap.decref(d);
      throw e;
    }
    for (int i = 0; i < 2 * n; i++) {
      heap.decref(f.pop());
    }
    f.push(d);
  }

  private void mergeDict(PyDict target, PyObject other) {
    if (!(other instanceof PyDict src)) {
      throw in.error("TypeError", "argument after ** must be a mapping, not " + other.type.name);
    }
    for (PyDict.Entry e : src.entries()) {
      target.put(heap, heap.incref(e.key), heap.incref(e.value));
    }
  }

  private void unpack(Frame f, int n) {
    PyObject seq = f.pop();
    ArrayList<PyObject> items;
    try {
      items = ops.toList(seq);
    } finally {
      heap.decref(seq);
    }
    if (items.size() != n) {
      items.forEach(heap::decref);
      if (items.size() < n) {
        throw in.error("ValueError", "not enough values to unpack (expected " + n + ", got " + items.size() + ")");
      }
      throw in.error("ValueError", "too many values to unpack (expected " + n + ")");
    }
    for (int i = n - 1; i >= 0; i--) {
      f.push(items.get(i));
    }
  }

  /** UNPACK_EX: the items before and after the star, and a new list of the rest for the starred target. */
  private void unpackEx(Frame f, int before, int after) {
    PyObject seq = f.pop();
    ArrayList<PyObject> items;
    try {
      items = ops.toList(seq);
    } finally {
      heap.decref(seq);
    }
    if (items.size() < before + after) {
      items.forEach(heap::decref);
      throw in.error("ValueError", "not enough values to unpack (expected at least " + (before + after)
          + ", got " + items.size() + ")");
    }
    int restEnd = items.size() - after;
    for (int i = items.size() - 1; i >= restEnd; i--) {
      f.push(items.get(i));
    }
    f.push(in.newList(new ArrayList<>(items.subList(before, restEnd))));
    for (int i = before - 1; i >= 0; i--) {
      f.push(items.get(i));
    }
  }

  /** _PyBuildSlice_ConsumeRefs: a slice that takes the popped start and stop (step None). */
  private PyObject popSlice(Frame f) {
    PyObject stop = f.pop();
    PyObject start = f.pop();
    return heap.register(new io.lifeline.interpreter.object.PySlice(in.types.slice, start, stop,
        heap.incref(in.none())));
  }

  /** FORMAT_VALUE: the conversion (str, repr, ascii), then PyObject_Format with the spec. */
  private PyObject formatValue(PyObject v, int conversion, String spec) {
    if (conversion == 0 && spec.isEmpty() && v instanceof PyStr) {
      return heap.incref(v);
    }
    PyObject converted = conversion == 0 ? heap.incref(v)
        : in.newStr(conversion == 1 ? ops.strOf(v) : ops.reprOf(v));
    try {
      return ops.format(converted, spec);
    } finally {
      heap.decref(converted);
    }
  }

  // ---------------------------------------------------------------- Calls

  /**
   * LOAD_METHOD (_PyObject_GetMethod): for a function found on the type and not shadowed by an instance
   * attribute, pushes the function and the owner (no bound method is created); else NULL and the attribute.
   */
  private void loadMethod(Frame f, PyStr key) {
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

  /** The inline cache of the LOAD_ATTR or STORE_ATTR at {@code pc}, made on its first execution. */
  private static AttrCache attrCache(PyCode code, int pc) {
    AttrCache c = code.attrCaches[pc];
    if (c == null) {
      c = new AttrCache();
      code.attrCaches[pc] = c;
    }
    return c;
  }

  /**
   * CALL (3.11): a Python function gets a new frame that steals the callable and the arguments from the
   * stack (returned for the loop to switch to); any other callable is called with the arguments borrowed
   * from the stack, after which the callable and then the arguments, in index order, are released, and (3.12+)
   * the eval breaker runs a scheduled collection.
   */
  private Frame call(Frame f, int argc) {
    if (in.policies.pycall() == io.lifeline.interpreter.Policies.CallConvention.HOLD
        || in.policies.pycall() == io.lifeline.interpreter.Policies.CallConvention.HOLD_POSITIONAL && f.kwnames == null) {
      return callHold(f, argc);
    }
    PyTuple kwnames = (PyTuple) f.kwnames;
    f.kwnames = null;
    int base = f.sp - argc - 2;
    boolean isMeth = f.stack[base] != null;
    if (kwnames == null && !isMeth
        && in.policies.initCalls() == io.lifeline.interpreter.Policies.InitCalls.SPECIALIZED_AFTER_WARMUP) {
      PyFunction init = warmup.initToEnter(f.code, f.lasti, f.stack[base + 1], argc);
      if (init != null) {
        return allocAndEnterInit(f, base, init);
      }
    }
    if (!isMeth && f.stack[base + 1] instanceof PyBoundMethod bm) {
      f.stack[base] = heap.incref(bm.func);
      f.stack[base + 1] = heap.incref(bm.self);
      heap.decref(bm);
      isMeth = true;
    }
    PyObject callable = isMeth ? f.stack[base] : f.stack[base + 1];
    int argStart = isMeth ? base + 1 : base + 2;
    int total = f.sp - argStart;
    if (callable instanceof PyFunction fn) {
      Frame callee = kwnames == null ? positionalFrame(fn, f.stack, argStart, total)
          : keywordFrame(fn, f.stack, argStart, total, kwnames);
      int top = f.sp;
      // The callable and arguments leave the stack before binding (a collection meanwhile must not see
      // them there); binding moves the arguments out of the slots above the new top, then they are cleared.
      f.sp = base;
      if (callee == null) {
        try {
          callee = newFrame(fn, f.stack, argStart, total, kwnames);
        } finally {
          for (int i = base; i < top; i++) {
            f.stack[i] = null;
          }
        }
      } else {
        for (int i = base; i < top; i++) {
          f.stack[i] = null;
        }
      }
      if (fn.code.isGenerator()) {
        f.push(makeGenerator(callee, fn));
        return null;
      }
      enterFrame(callee, f);
      return callee;
    }
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
      for (PyObject a : argv) {
        heap.decref(a);
      }
    }
    f.push(res);
    heap.runScheduledCollection();
    return null;
  }

  /**
   * The hold convention (3.10 call_function): the callee's frame gets new references while the caller's
   * stack keeps the callable and the arguments; when the call returns they are popped from the top (last
   * argument first, callable last). Native calls release the same way.
   */
  private Frame callHold(Frame f, int argc) {
    PyTuple kwnames = (PyTuple) f.kwnames;
    f.kwnames = null;
    int base = f.sp - argc - 2;
    boolean isMeth = f.stack[base] != null;
    PyObject callable = isMeth ? f.stack[base] : f.stack[base + 1];
    int argStart = isMeth ? base + 1 : base + 2;
    PyObject[] argv = new PyObject[f.sp - argStart];
    System.arraycopy(f.stack, argStart, argv, 0, argv.length);
    PyFunction fn = callable instanceof PyFunction pf ? pf : null;
    PyObject[] frameArgs = argv;
    if (fn == null && callable instanceof PyBoundMethod bm && bm.func instanceof PyFunction bf) {
      fn = bf;
      frameArgs = new PyObject[argv.length + 1];
      frameArgs[0] = bm.self;
      System.arraycopy(argv, 0, frameArgs, 1, argv.length);
    }
    if (fn != null) {
      PyObject[] owned = new PyObject[frameArgs.length];
      for (int i = 0; i < owned.length; i++) {
        owned[i] = heap.incref(frameArgs[i]);
      }
      heap.incref(fn);
      Frame callee;
      try {
        callee = newFrame(fn, owned, kwnames);
      } catch (PyException e) {
        popHeld(f, base);
        throw e;
      }
      if (fn.code.isGenerator()) {
        PyGenerator g = makeGenerator(callee, fn);
        popHeld(f, base);
        f.push(g);
        return null;
      }
      callee.heldBase = base;
      enterFrame(callee, f);
      return callee;
    }
    PyObject res;
    try {
      res = ops.call(callable, argv, kwnames);
    } finally {
      popHeld(f, base);
    }
    f.push(res);
    return null;
  }

  /**
   * CALL_ALLOC_AND_ENTER_INIT (3.13, after the call site's warm-up): the instance is allocated here and the
   * class on the stack released; __init__'s frame takes the instance and steals the arguments (so they can
   * die inside __init__, unlike through type_call); a shim frame (_Py_InitCleanup, one more level of
   * recursion, no traceback entry) keeps its own reference to the instance until __init__ is done.
   */
  private Frame allocAndEnterInit(Frame f, int base, PyFunction init) {
    PyObject self = in.newInstance((PyType) f.stack[base + 1]);
    PyObject[] argv = new PyObject[f.sp - base - 1];
    argv[0] = self;
    System.arraycopy(f.stack, base + 2, argv, 1, argv.length - 1);
    heap.decref(f.stack[base + 1]);
    for (int i = base; i < f.sp; i++) {
      f.stack[i] = null;
    }
    f.sp = base;
    Frame callee = newFrame(heap.incref(init), argv, null);
    callee.initSelf = heap.incref(self);
    in.pyDepth++;
    try {
      enterFrame(callee, f);
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
  private void releaseInitShim(Frame init) {
    PyObject self = init.initSelf;
    if (self != null) {
      init.initSelf = null;
      in.pyDepth--;
      heap.decref(self);
    }
  }

  /** Pops and releases the caller's stack down to {@code base}, top first. */
  private void popHeld(Frame f, int base) {
    while (f.sp > base) {
      heap.xdecref(f.pop());
    }
  }

  /** Links a new Python frame under {@code caller}, enforcing the recursion limit (_Py_EnterRecursivePy). */
  private void enterFrame(Frame callee, Frame caller) {
    if (in.pyDepth + nativeDepth >= in.recursionLimit) {
      callee.clear(heap, in);
      throw in.error("RecursionError", "maximum recursion depth exceeded");
    }
    in.pyDepth++;
    callee.previous = caller;
  }

  /** _PyEvalFrameClearAndPop: a finished frame releases its slots (or a generator's is marked complete). */
  private void finishFrame(Frame f) {
    if (f.owner == Frame.Owner.GENERATOR) {
      PyGenerator g = (PyGenerator) f.generator;
      g.state = PyGenerator.State.COMPLETED;
      g.frame = null;
      f.previous = null;
      f.clear(heap, in);
      return;
    }
    in.pyDepth--;
    f.clear(heap, in);
  }

  /**
   * _PyEvalFramePushAndInit + initialize_locals: builds a frame for {@code fn} that takes ownership of the
   * references in {@code argv} (positional, then the values named by {@code kwnames}) and of the function.
   * On a binding error everything taken is released before raising.
   */
  Frame newFrame(PyFunction fn, PyObject[] argv, PyTuple kwnames) {
    return newFrame(fn, argv, 0, argv.length, kwnames);
  }

  /** {@link #newFrame} taking the {@code n} references at {@code argv[off]} (and clearing those slots). */
  private Frame newFrame(PyFunction fn, PyObject[] argv, int off, int n, PyTuple kwnames) {
    Frame fr = frameFor(fn);
    int nkw = kwnames == null ? 0 : kwnames.size();
    int npos = n - nkw;
    try {
      bindArguments(fr, fn, argv, off, n, npos, kwnames);
    } catch (PyException e) {
      fr.releaseSlots(heap);
      throw e;
    }
    if (in.policies.frames() == Policies.Frames.EAGER) {
      makeEager(fr);
    }
    return fr;
  }

  /**
   * A frame for a call of {@code fn} that owns {@code fn} and nothing else: the code's last spare frame (see
   * RETURN_VALUE) when it has the same globals, else a new one. Reusing it is invisible to the guest: a
   * spare frame was released completely, and no frame object, generator or traceback refers to it.
   */
  private Frame frameFor(PyFunction fn) {
    PyCode code = fn.code;
    if (code.spareCount > 0 && code.spareFrames[code.spareCount - 1] instanceof Frame spare
        && spare.globals == fn.globals) {
      code.spareFrames[--code.spareCount] = null;
      spare.reuse(fn);
      return spare;
    }
    return new Frame(code, fn, fn.globals, null);
  }

  /**
   * {@link #newFrame} for an exact positional call (no keywords, as many arguments as parameters, no *args,
   * **kwargs or keyword-only parameters, lazy frames): the frame takes the {@code n} references at
   * {@code stack[start]} as initialize_locals would bind them, with no argument array. The caller clears those
   * slots. Returns null when the call needs the general binding.
   */
  private Frame positionalFrame(PyFunction fn, PyObject[] stack, int start, int n) {
    PyCode code = fn.code;
    if (n != code.argcount || !bindsSimply(code)) {
      return null;
    }
    Frame fr = frameFor(fn);
    PyObject[] local = fr.localsplus;
    for (int i = 0; i < n; i++) {
      local[i] = stack[start + i];
    }
    return fr;
  }

  /**
   * {@link #positionalFrame} for a call with keywords that cannot fail to bind: no *args, **kwargs or keyword-only
   * parameters, lazy frames, no more positional arguments than parameters, every keyword a parameter after the
   * positional ones, every parameter left out one with a default. The frame takes the references at
   * {@code stack[start]} in initialize_locals' order (positional, keywords, then new references to defaults); the
   * caller clears those slots. Returns null when the call needs the general binding (and its errors).
   */
  private Frame keywordFrame(PyFunction fn, PyObject[] stack, int start, int n, PyTuple kwnames) {
    PyCode code = fn.code;
    int argcount = code.argcount;
    int nkw = kwnames.items.length;
    int npos = n - nkw;
    if (npos > argcount || !bindsSimply(code)) {
      return null;
    }
    int[] slots = keywordSlots(code, kwnames);
    int ndefaults = fn.defaults == null ? 0 : fn.defaults.items.length;
    for (int slot : slots) {
      if (slot < npos) {
        return null;
      }
    }
    // Parameters from argcount - ndefaults on have defaults; every one before must be given.
    for (int i = npos; i < argcount - ndefaults; i++) {
      if (!contains(slots, i)) {
        return null;
      }
    }
    Frame fr = frameFor(fn);
    PyObject[] local = fr.localsplus;
    for (int i = 0; i < npos; i++) {
      local[i] = stack[start + i];
    }
    for (int k = 0; k < nkw; k++) {
      local[slots[k]] = stack[start + npos + k];
    }
    for (int i = npos; i < argcount; i++) {
      if (local[i] == null) {
        local[i] = heap.incref(fn.defaults.items[i - (argcount - ndefaults)]);
      }
    }
    return fr;
  }

  /**
   * Whether calls of {@code code} may bind without the general binder: no *args, **kwargs or keyword-only
   * parameters, and lazy frames (an eager frame is made by makeEager after binding).
   */
  private boolean bindsSimply(PyCode code) {
    return code.kwonlyargcount == 0 && (code.flags & (PyCode.CO_VARARGS | PyCode.CO_VARKEYWORDS)) == 0
        && in.policies.frames() != Policies.Frames.EAGER;
  }

  /**
   * The parameter index of each keyword of {@code kwnames} in {@code code} (-1 for none), cached on the code for
   * the last keyword tuple seen (a call site's KW_NAMES constant).
   */
  private static int[] keywordSlots(PyCode code, PyTuple kwnames) {
    if (code.keywordNames == kwnames) {
      return code.keywordSlots;
    }
    int[] slots = new int[kwnames.items.length];
    for (int k = 0; k < slots.length; k++) {
      String name = ((PyStr) kwnames.items[k]).value;
      slots[k] = -1;
      for (int p = 0; p < code.argcount; p++) {
        if (code.varnames[p].equals(name)) {
          slots[k] = p;
          break;
        }
      }
    }
    code.keywordSlots = slots;
    code.keywordNames = kwnames;
    return slots;
  }

  private static boolean contains(int[] a, int v) {
    for (int x : a) {
      if (x == v) {
        return true;
      }
    }
    return false;
  }

  /**
   * _PyEval_MakeFrameVector (3.10): the frame gets the closure's cells at creation and keeps f_globals, not
   * the function. The caller must hold the function for the call: the hold convention and native callers do
   * (a moving convention would have to keep the callable it moved).
   */
  private void makeEager(Frame fr) {
    if (fr.code.freevars.length > 0) {
      copyFreeVars(fr, fr.code.freevars.length);
    }
    fr.makeEager(heap);
  }

  private void bindArguments(Frame fr, PyFunction fn, PyObject[] argv, int off, int n, int npos, PyTuple kwnames) {
    PyCode code = fn.code;
    PyObject[] local = fr.localsplus;
    int argcount = code.argcount;
    boolean varargs = (code.flags & PyCode.CO_VARARGS) != 0;
    boolean varkw = (code.flags & PyCode.CO_VARKEYWORDS) != 0;
    int total = argcount + code.kwonlyargcount;
    PyDict kwdict = null;
    if (varkw) {
      kwdict = in.newDict();
      local[total + (varargs ? 1 : 0)] = kwdict;
    }
    int bound = Math.min(npos, argcount);
    for (int i = 0; i < bound; i++) {
      local[i] = argv[off + i];
      argv[off + i] = null;
    }
    if (varargs) {
      PyObject[] extra = new PyObject[Math.max(0, npos - argcount)];
      for (int i = argcount; i < npos; i++) {
        extra[i - argcount] = argv[off + i];
        argv[off + i] = null;
      }
      local[total] = in.newTuple(extra);
    } else if (npos > argcount) {
      releaseRest(argv, off, n);
      throw in.error("TypeError", fn.qualname + "() takes " + argcount + " positional argument"
          + (argcount == 1 ? "" : "s") + " but " + npos + (npos == 1 ? " was" : " were") + " given");
    }
    for (int k = 0; kwnames != null && k < kwnames.size(); k++) {
      String name = ((PyStr) kwnames.items[k]).value;
      PyObject value = argv[off + npos + k];
      argv[off + npos + k] = null;
      int j = -1;
      for (int p = 0; p < total; p++) {
        if (code.varnames[p].equals(name)) {
          j = p;
          break;
        }
      }
      if (j < 0) {
        if (kwdict == null) {
          heap.decref(value);
          releaseRest(argv, off, n);
          throw in.error("TypeError", fn.qualname + "() got an unexpected keyword argument '" + name + "'");
        }
        kwdict.put(heap, heap.incref(kwnames.items[k]), heap.incref(value));
        heap.decref(value);
        continue;
      }
      if (local[j] != null) {
        heap.decref(value);
        releaseRest(argv, off, n);
        throw in.error("TypeError", fn.qualname + "() got multiple values for argument '" + name + "'");
      }
      local[j] = value;
    }
    int ndefaults = fn.defaults == null ? 0 : fn.defaults.size();
    java.util.List<String> missing = java.util.List.of();
    for (int i = 0; i < argcount; i++) {
      if (local[i] == null) {
        int d = i - (argcount - ndefaults);
        if (d < 0) {
          missing = missing.isEmpty() ? new ArrayList<>() : missing;
          missing.add(code.varnames[i]);
        } else {
          local[i] = heap.incref(fn.defaults.items[d]);
        }
      }
    }
    if (!missing.isEmpty()) {
      throw missingArguments(fn, missing, "positional");
    }
    for (int i = argcount; i < total; i++) {
      if (local[i] == null) {
        PyObject d = fn.kwdefaults == null ? null : fn.kwdefaults.getStr(code.varnames[i]);
        if (d == null) {
          missing = missing.isEmpty() ? new ArrayList<>() : missing;
          missing.add(code.varnames[i]);
        } else {
          local[i] = heap.incref(d);
        }
      }
    }
    if (!missing.isEmpty()) {
      throw missingArguments(fn, missing, "keyword-only");
    }
  }

  /** missing_arguments (ceval.c): "f() missing 2 required positional arguments: 'a' and 'b'". */
  private PyException missingArguments(PyFunction fn, java.util.List<String> names, String kind) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < names.size(); i++) {
      if (i > 0) {
        sb.append(names.size() == 2 ? " and " : i == names.size() - 1 ? ", and " : ", ");
      }
      sb.append('\'').append(names.get(i)).append('\'');
    }
    return in.error("TypeError", fn.qualname + "() missing " + names.size() + " required " + kind + " argument"
        + (names.size() == 1 ? "" : "s") + ": " + sb);
  }

  /** Releases, in index order, the references still in {@code argv[off..off+n)} and clears those slots. */
  private void releaseRest(PyObject[] argv, int off, int n) {
    for (int i = off; i < off + n; i++) {
      if (argv[i] != null) {
        heap.decref(argv[i]);
        argv[i] = null;
      }
    }
  }

  /**
   * A call made by native code (_PyFunction_Vectorcall): the frame takes new references to the borrowed
   * arguments and to the function, and runs in a nested dispatch loop.
   */
  public PyObject callFunction(PyFunction fn, PyObject[] args, PyTuple kwnames) {
    PyObject[] argv = new PyObject[args.length];
    for (int i = 0; i < args.length; i++) {
      argv[i] = heap.incref(args[i]);
    }
    heap.incref(fn);
    Frame fr = newFrame(fn, argv, kwnames);
    if (fn.code.isGenerator()) {
      return makeGenerator(fr, fn);
    }
    enterFrame(fr, in.current);
    return execute(fr, null);
  }

  /** Runs a class body with {@code ns} as its locals (the body function of __build_class__). */
  public void runClassBody(PyFunction body, PyDict ns) {
    heap.incref(body);
    Frame fr = new Frame(body.code, body, body.globals, heap.incref(ns));
    if (in.policies.frames() == Policies.Frames.EAGER) {
      makeEager(fr);
    }
    enterFrame(fr, in.current);
    heap.decref(execute(fr, null));
  }

  /** Runs module code with {@code globals} as globals and locals. */
  public PyObject runModule(PyCode code, PyDict globals) {
    Frame fr = new Frame(code, null, globals, heap.incref(globals));
    if (in.policies.frames() == Policies.Frames.EAGER) {
      fr.makeEager(heap);
    }
    enterFrame(fr, in.current);
    return execute(fr, null);
  }

  /**
   * CALL_FUNCTION_EX: f(*args, **kw). Up to 3.11 the call goes through PyObject_Call, the tuple and dict staying
   * on the caller's stack until it returns; with inlined star calls a Python function gets its frame at once
   * (returned for the loop to switch to, see {@link #pushFrameEx}).
   */
  private Frame callFunctionEx(Frame f, int flags) {
    PyObject kwargs = (flags & 1) != 0 ? f.pop() : null;
    PyObject callargs = f.pop();
    PyObject func = f.pop();
    f.pop(); // the NULL pushed before the callable
    if (func instanceof PyFunction fn && in.policies.starCalls() == io.lifeline.interpreter.Policies.StarCalls.INLINED) {
      return pushFrameEx(f, fn, (PyTuple) callargs, (PyDict) kwargs);
    }
    PyObject res;
    try {
      PyObject[] pos = ((PyTuple) callargs).items;
      PyTuple kwnames = null;
      PyObject[] argv = pos;
      if (kwargs != null && ((PyDict) kwargs).size() > 0) {
        java.util.List<PyDict.Entry> entries = ((PyDict) kwargs).entries();
        PyObject[] names = new PyObject[entries.size()];
        argv = new PyObject[pos.length + entries.size()];
        System.arraycopy(pos, 0, argv, 0, pos.length);
        for (int i = 0; i < entries.size(); i++) {
          names[i] = in.key(((PyStr) entries.get(i).key).value);
          argv[pos.length + i] = entries.get(i).value;
        }
        kwnames = in.newTuple(names);
      }
      if (packedArgumentsNotHeld(func)) {
        heap.decref(callargs);
        heap.xdecref(kwargs);
        callargs = null;
        kwargs = null;
      }
      try {
        res = ops.call(func, argv, kwnames);
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
    return null;
  }

  /**
   * _PyEvalFramePushAndInit_Ex (3.12, gh-98003): the new frame steals the function and takes new references to
   * the tuple's items and the dict's values; the tuple, then the dict, are released before the callee runs, so
   * the callee's parameters are the only references the call adds. Returns the frame to switch to, or null
   * after pushing the generator a generator function returns.
   */
  private Frame pushFrameEx(Frame f, PyFunction fn, PyTuple callargs, PyDict kwargs) {
    PyObject[] pos = callargs.items;
    java.util.List<PyDict.Entry> entries = kwargs == null ? java.util.List.of() : kwargs.entries();
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
      callee = newFrame(fn, argv, kwnames);
    } finally {
      heap.xdecref(kwnames);
      heap.decref(callargs);
      heap.xdecref(kwargs);
    }
    if (fn.code.isGenerator()) {
      f.push(makeGenerator(callee, fn));
      return null;
    }
    enterFrame(callee, f);
    return callee;
  }

  /**
   * PyPy (StarCalls.INLINED under reclaim=TRACING): the caller keeps no reference to f(*args)'s tuple or
   * f(**kw)'s dict during the call (a probe: the element dies in the callee). Releasing them early is safe only
   * under tracing, where a count reaching zero frees nothing, and only into a Python function, whose frame
   * owns its own references (native code reads the borrowed arguments while it may collect).
   */
  private boolean packedArgumentsNotHeld(PyObject func) {
    boolean python = func instanceof PyFunction
        || func instanceof PyBoundMethod bm && bm.func instanceof PyFunction;
    return python && in.policies.starCalls() == io.lifeline.interpreter.Policies.StarCalls.INLINED
        && heap.tracer() != null;
  }

  private void makeFunction(Frame f, int flags) {
    PyCode code = (PyCode) f.pop();
    PyTuple closure = (flags & 8) != 0 ? (PyTuple) f.pop() : null;
    PyDict kwdefaults = (flags & 2) != 0 ? (PyDict) f.pop() : null;
    PyTuple defaults = (flags & 1) != 0 ? (PyTuple) f.pop() : null;
    f.push(heap.register(new PyFunction(in.types.function, code, heap.incref(f.globals), defaults, kwdefaults,
        closure)));
  }

  /** type.__call__: builds the instance, then calls __init__ with borrowed arguments (the caller holds them). */
  public PyObject callType(PyType t, PyObject[] args, PyTuple kwnames) {
    if (t == in.types.type && args.length == 1) {
      return heap.incref(args[0].type);
    }
    if (t.isSubtypeOf(in.types.type)) {
      throw in.unsupported("creating a class by calling " + t.name + "()");
    }
    if (!t.heapType && t.layout != PyType.Layout.EXCEPTION && t != in.types.object) {
      PyObject ctor = t.dict.getStr("__new__");
      if (ctor == null) {
        throw in.error("TypeError", "cannot create '" + t.name + "' instances");
      }
      return ops.call(ctor, args, kwnames);
    }
    PyObject self;
    if (t.isSubtypeOf(in.types.exception("BaseException"))) {
      int npos = args.length - (kwnames == null ? 0 : kwnames.size());
      PyObject[] a = new PyObject[npos];
      for (int i = 0; i < npos; i++) {
        a[i] = heap.incref(args[i]);
      }
      self = in.newException(t, in.newTuple(a));
    } else {
      self = in.newInstance(t);
    }
    PyObject init = t.lookup("__init__");
    if (init instanceof PyFunction) {
      PyObject[] full = new PyObject[args.length + 1];
      full[0] = self;
      System.arraycopy(args, 0, full, 1, args.length);
      try {
        PyObject r = ops.call(init, full, kwnames);
        boolean isNone = r instanceof PyNone;
        heap.decref(r);
        if (!isNone) {
          throw in.error("TypeError", "__init__() should return None, not '" + r.type.name + "'");
        }
      } catch (PyException e) {
        heap.decref(self);
        throw e;
      }
    } else if (args.length > 0 && !(self instanceof PyBaseException)) {
      heap.decref(self);
      throw in.error("TypeError", t.name + "() takes no arguments");
    }
    return self;
  }

  private void beforeWith(Frame f) {
    PyObject mgr = f.pop();
    PyObject enter = mgr.type.lookup("__enter__");
    PyObject exit = mgr.type.lookup("__exit__");
    if (enter == null || exit == null) {
      heap.decref(mgr);
      throw in.error("TypeError", "'" + mgr.type.name + "' object does not support the context manager protocol");
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

  private PyObject importModule(String name) {
    io.lifeline.interpreter.object.PyModule m = in.modules.get(name);
    if (m == null) {
      m = io.lifeline.interpreter.builtins.Modules.importSource(in, name);
    }
    if (m == null && Unmodelled.missingModule(name) != null) {
      throw in.unsupported(Unmodelled.missingModule(name));
    }
    if (m == null) {
      throw in.error("ModuleNotFoundError", "No module named '" + name + "'");
    }
    return heap.incref(m);
  }

  // ---------------------------------------------------------------- Generators

  private PyGenerator makeGenerator(Frame fr, PyFunction fn) {
    boolean coro = (fr.code.flags & PyCode.CO_COROUTINE) != 0;
    PyGenerator g = heap.register(new PyGenerator(coro ? in.types.coroutine : in.types.generator, fr,
        fr.code.name, coro));
    g.iterableCoroutine = fn.iterableCoroutine;
    g.finalizesUnstarted = !coro && in.policies.genClose() == Policies.GenClose.THROW;
    fr.owner = Frame.Owner.GENERATOR;
    fr.generator = g;
    return g;
  }

  /** _PyCoro_GetAwaitableIter: a coroutine, a types.coroutine generator, or what __await__() returns. */
  private PyObject awaitable(PyObject o) {
    if (o instanceof PyGenerator g && (g.coroutine || g.iterableCoroutine)) {
      if (g.coroutine && delegate(g) != null) {
        throw in.error("RuntimeError", "coroutine is being awaited already");
      }
      return heap.incref(o);
    }
    PyObject it = o instanceof PyInstance ? ops.callSpecial(o, "__await__") : null;
    if (it == null) {
      throw in.error("TypeError", "object " + o.type.name + " can't be used in 'await' expression");
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
   * null when a guest exception left the frame ({@link #takeEscaped} hands it over; gen.close() expects
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
      PyObject v = executeOrEscape(fr, exc);
      if (v == null) {
        PyBaseException raised = takeEscaped();
        throwIfStopIteration(raised);
        escaped = raised;
        return null;
      }
      boolean returned = g.state == PyGenerator.State.COMPLETED;
      if (!returned) {
        fr.previous = null;
      }
      resumeReturned = returned;
      return v;
    } catch (PyException e) {
      throwIfStopIteration(e.value);
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
  private void throwIfStopIteration(PyBaseException e) {
    if (e.type.isSubtypeOf(in.types.exception("StopIteration"))) {
      PyException re = in.error("RuntimeError", "generator raised StopIteration");
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
      throw new PyException(takeEscaped(), false, false);
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
    return finishSend(resume(g, v, null));
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
        if (exc.type.isSubtypeOf(in.types.exception("GeneratorExit"))) {
          g.state = PyGenerator.State.RUNNING;
          try {
            closeIter(yf);
          } catch (PyException e) {
            heap.decref(exc);
            g.state = PyGenerator.State.SUSPENDED;
            return finishSend(resume(g, null, e.value));
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
                return finishSend(resume(g, null, exc));
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
    return finishSend(resume(g, null, exc));
  }

  /** The delegate ended with {@code e}: pop it, jump past the SEND loop, resume with its value or exception. */
  private PyObject leaveSendLoop(PyGenerator g, PyException e) {
    Frame fr = g.frame;
    heap.decref(fr.pop());
    int send = fr.pc - 2;
    fr.pc = fr.code.args[send];
    fr.lasti = fr.pc - 1;
    if (e.value.type.isSubtypeOf(in.types.exception("StopIteration"))) {
      PyBaseException s = e.value;
      PyObject v = heap.incref(s.args != null && s.args.size() > 0 ? s.args.items[0] : in.none());
      heap.decref(s);
      try {
        return finishSend(resume(g, v, null));
      } finally {
        heap.decref(v);
      }
    }
    return finishSend(resume(g, null, e.value));
  }

  /** The rest of gen.send() after {@link #resume}: the yielded value, else StopIteration(value) or the escaped exception. */
  private PyObject finishSend(PyObject result) {
    PyObject v = valueOrThrow(result);
    if (resumeReturned) {
      throw stopIteration(v);
    }
    return v;
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
   * any try/with block without raising anything (see {@link #closesWithoutUnwinding}).
   */
  public PyObject genCloseValue(PyGenerator g) {
    if (g.state != PyGenerator.State.SUSPENDED && g.state != PyGenerator.State.CREATED) {
      return in.none();
    }
    if (g.state == PyGenerator.State.CREATED && completesUnstarted()) {
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
    if (closeError == null && closesWithoutUnwinding(g)) {
      g.state = PyGenerator.State.COMPLETED;
      g.frame.clearLocals(heap);
      return in.none();
    }
    PyBaseException ge = closeError != null ? closeError.value
        : in.newException(in.types.exception("GeneratorExit"), in.newTuple());
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
      PyBaseException raised = takeEscaped();
      if (closedBy(raised)) {
        return in.none();
      }
      throw new PyException(raised, false, false);
    }
    if (!resumeReturned) {
      heap.decref(v);
      throw in.error("RuntimeError", "generator ignored GeneratorExit");
    }
    if (in.policies.genClose() == io.lifeline.interpreter.Policies.GenClose.SHORTCUT) {
      return v;
    }
    heap.decref(v);
    return in.none();
  }

  /** gen_close: GeneratorExit or StopIteration leaving the generator means it closed; then it is released. */
  private boolean closedBy(PyBaseException e) {
    if (e.type.isSubtypeOf(in.types.exception("GeneratorExit"))
        || e.type.isSubtypeOf(in.types.exception("StopIteration"))) {
      heap.decref(e);
      return true;
    }
    return false;
  }

  /**
   * 3.13 gen_close's shortcut: the generator is suspended at a plain yield whose RESUME carries
   * RESUME_OPARG_DEPTH1_MASK (no handler but the implicit StopIteration one covers the yield: no try, with or
   * except block, and not a yield from or await). Then no GeneratorExit is raised: the generator is marked
   * completed and _PyFrame_ClearLocals releases the locals in index order, then the value stack bottom-up.
   */
  private boolean closesWithoutUnwinding(PyGenerator g) {
    Frame fr = g.frame;
    return in.policies.genClose() == io.lifeline.interpreter.Policies.GenClose.SHORTCUT
        && g.state == PyGenerator.State.SUSPENDED && fr != null && fr.pc > 0 && fr.pc < fr.code.ops.length
        && fr.code.opAt(fr.pc) == Opcode.RESUME && fr.code.args[fr.pc] == 1
        && fr.code.opAt(fr.pc - 1) == Opcode.YIELD_VALUE && fr.code.handlerFor(fr.pc - 1) == null;
  }

  /**
   * 3.12+ gen_close: a never-started generator is only marked completed; its frame (and the arguments it owns)
   * stays with the generator until gen_dealloc clears it.
   */
  private boolean completesUnstarted() {
    return in.policies.genClose() != io.lifeline.interpreter.Policies.GenClose.THROW;
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

  /** _PyGen_Finalize: closes a suspended generator; errors are unraisable. */
  void finalizeGenerator(PyGenerator g) {
    try {
      genClose(g);
    } catch (PyException e) {
      in.writeUnraisable(e, "generator " + g.name);
    }
  }

  private PyException stopIteration(PyObject value) {
    PyObject[] a = value instanceof PyNone ? new PyObject[0] : new PyObject[] {value};
    if (value instanceof PyNone) {
      heap.decref(value);
    }
    return new PyException(in.newException(in.types.exception("StopIteration"), in.newTuple(a)));
  }

  /**
   * SEND: resumes the delegate with the popped value, released after the send returns. Returns true when the
   * delegate finished (its value replaces it on the stack and the caller jumps past the SEND loop).
   */
  private boolean send(Frame f) {
    PyObject v = f.pop();
    PyObject receiver = f.top();
    PyObject retval;
    boolean returned;
    try {
      if (receiver instanceof PyGenerator g) {
        retval = valueOrThrow(resume(g, v, null));
        returned = resumeReturned;
      } else if (v instanceof PyNone) {
        retval = ops.next(receiver);
        returned = retval == null;
        if (returned) {
          retval = in.none();
        }
      } else {
        PyObject m = receiver.type.lookup("send");
        if (m == null) {
          throw in.error("AttributeError", "'" + receiver.type.name + "' object has no attribute 'send'");
        }
        try {
          retval = ops.call(m, new PyObject[] {receiver, v}, null);
          returned = false;
        } catch (PyException e) {
          if (!e.value.type.isSubtypeOf(in.types.exception("StopIteration"))) {
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

  // ---------------------------------------------------------------- Frame objects

  /** Attributes of frame objects: f_locals (3.11 snapshot cached on the frame), f_back, f_lineno, f_code. */
  PyObject frameAttr(PyFrameObject fo, String name) {
    Frame fr = fo.frame;
    switch (name) {
      case "f_lineno":
        return in.newInt(fr.line());
      case "f_locals":
        if (in.policies.flocals() == io.lifeline.interpreter.Policies.FLocals.PROXY && FrameLocals.isProxied(fr)) {
          return FrameLocals.proxy(in, fo);
        }
        return heap.incref(fastToLocals(fr));
      case "f_back": {
        if (fo.back != null) {
          return heap.incref(fo.back);
        }
        Frame prev = fo.ownsFrame() ? null : fr.previous;
        return prev == null ? in.none() : heap.incref(in.frameObject(prev));
      }
      case "f_globals":
        return heap.incref(fr.globals);
      case "f_code":
        return fr.code;
      default:
        return null;
    }
  }

  /**
   * PyFrame_FastToLocalsWithError (3.11): fills the dict cached on the frame with the current values of
   * the locals and cells; the dict holds strong references until the next call or the frame's end.
   */
  public PyDict fastToLocals(Frame fr) {
    if ((fr.code.flags & PyCode.CO_OPTIMIZED) == 0) {
      return fr.locals;
    }
    if (in.policies.flocals() == io.lifeline.interpreter.Policies.FLocals.PROXY) {
      throw new IllegalStateException("PEP 667 frames keep no f_locals snapshot");
    }
    if (fr.locals == null) {
      fr.locals = in.newDict();
    }
    PyDict d = fr.locals;
    for (int i = 0; i < fr.code.nlocalsplus(); i++) {
      String n = fr.code.localName(i);
      PyObject v = fr.localsplus[i];
      if (v instanceof PyCell c && isCellSlot(fr.code, i)) {
        v = c.ref;
      }
      if (v == null) {
        d.remove(heap, in.key(n));
      } else {
        d.put(heap, in.key(n), heap.incref(v));
      }
    }
    return d;
  }

  static boolean isCellSlot(PyCode code, int i) {
    if (i >= code.varnames.length) {
      return true;
    }
    for (int a : code.cell2arg) {
      if (a == i) {
        return true;
      }
    }
    return false;
  }
}
