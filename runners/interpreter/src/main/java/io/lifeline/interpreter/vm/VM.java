package io.lifeline.interpreter.vm;

import io.lifeline.interpreter.object.ExcState;
import io.lifeline.interpreter.object.Frame;
import static io.lifeline.interpreter.bytecode.Op.*;

import io.lifeline.interpreter.object.AttrCache;
import io.lifeline.interpreter.bytecode.BinaryOp;
import io.lifeline.interpreter.bytecode.CompareOp;
import io.lifeline.interpreter.bytecode.Opcode;
import io.lifeline.interpreter.object.PyCode;
import io.lifeline.interpreter.object.PyBaseException;
import io.lifeline.interpreter.object.PyCell;
import io.lifeline.interpreter.object.PyDict;
import io.lifeline.interpreter.object.PyFrameObject;
import io.lifeline.interpreter.object.PyFunction;
import io.lifeline.interpreter.object.PyGenerator;
import io.lifeline.interpreter.object.PyList;
import io.lifeline.interpreter.object.PyNone;
import io.lifeline.interpreter.object.PyObject;
import io.lifeline.interpreter.object.PyTuple;
import io.lifeline.interpreter.object.PyType;
import java.util.ArrayList;

/**
 * The bytecode interpreter (Python/ceval.c). {@link #execute} is the dispatch loop: Python-to-Python calls
 * and returns switch frames inside it without growing the Java stack; only calls made by native code
 * (type calls, __del__, callbacks, generator resumption as in 3.11) re-enter it, bounded by
 * {@link #MAX_NATIVE_DEPTH}.
 *
 * <p>This file holds the loop and the instructions that compiled code shares with it ({@code op*}, see
 * {@link Jit}); each concept the instructions need is a class of its own: {@link Calls} (with the backend's
 * {@link CallingConvention} and {@link StarCallConvention}), {@link FrameSetup} and {@link ArgumentBinder},
 * {@link Generators}, {@link Unwinder} (with {@link ExcInfoConvention}), {@link Names}, {@link Containers},
 * {@link FrameObjects}. The backend's conventions are chosen once, here, from its {@link Policies}.
 */
public final class VM extends Instructions {
  /** Re-entries of the loop from native code before RecursionError (CPython's C recursion guard). */
  static final int MAX_NATIVE_DEPTH = 5000;
  private static final BinaryOp[] BINARY_OPS = BinaryOp.values();
  private static final CompareOp[] COMPARE_OPS = CompareOp.values();

  private final Names names;
  private final Containers containers;
  private final FrameSetup frames;
  private final Generators generators;
  private final AsyncGenerators asyncGens;
  private final Calls calls;
  private final CallingConvention calling;
  private final ExcInfoConvention excInfo;
  private final Unwinder unwinder;
  private final FrameObjects frameObjects;
  /** How frame objects are made ({@link Interp#frameObject}). */
  final FrameConvention frameConvention;
  /** Re-entries of the loop from native code now running (counted with Python frames by the recursion limit). */
  int nativeDepth;
  /** Set by {@link #executeOrEscape} when it returns null; read at once by {@link #takeEscaped}. */
  PyBaseException escaped;
  /**
   * The exception RAISE_VARARGS or RERAISE raised: {@link #run} returns null and {@link #executeOrEscape}
   * unwinds it as if it had been thrown, without the cost of a Java throw.
   */
  private PyException raised;

  VM(Interp in) {
    super(in);
    Policies policies = in.policies;
    this.names = new Names(in);
    this.containers = new Containers(in);
    this.frameConvention = FrameConvention.of(policies.frames());
    this.frames = new FrameSetup(this, in, frameConvention, policies.genClose().finishesLinked());
    this.generators = new Generators(this, in, GeneratorClose.of(policies.genClose()));
    this.asyncGens = new AsyncGenerators(in, generators, policies.genClose().throwStartsAwaitable());
    this.calls = new Calls(this, in, frames, generators, frameConvention,
        StarCallConvention.of(policies.starCalls(), in, frames, generators));
    this.calling = CallingConvention.of(policies, in, frames, generators, calls);
    this.excInfo = ExcInfoConvention.of(policies.excInfo(), in);
    this.unwinder = new Unwinder(in, frames, calls, excInfo);
    this.frameObjects = new FrameObjects(in, LocalsConvention.of(policies.flocals()));
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
  PyObject executeOrEscape(Frame entry, PyBaseException throwIn) {
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
        Frame handlerFrame = unwinder.unwind(f, pending, entry);
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
  PyBaseException takeEscaped() {
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
    final Names names = this.names;
    final Containers containers = this.containers;
    final Calls calls = this.calls;
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
      OwnershipCheck owned = checkStackEffects ? new OwnershipCheck(in, f, opcodes[pc], arg,
          op == CALL ? calling.ownership(f, arg) : Opcode.Calling.MOVING) : null;
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
        case LOAD_CLASSDEREF -> opLoadClassderef(f, pc, arg);
        case STORE_DEREF -> opStoreDeref(f, pc, arg);
        case DELETE_DEREF -> names.deleteDeref(f, arg);
        case LOAD_NAME -> opLoadName(f, pc, arg);
        case STORE_NAME -> opStoreName(f, pc, arg);
        case DELETE_NAME -> names.deleteName(f, code.nameKey(arg));
        case LOAD_GLOBAL -> opLoadGlobal(f, pc, arg);
        case STORE_GLOBAL -> opStoreGlobal(f, pc, arg);
        case DELETE_GLOBAL -> names.deleteIn(f.globals, code.nameKey(arg));
        case LOAD_ATTR -> opLoadAttr(f, pc, arg);
        case STORE_ATTR -> opStoreAttr(f, pc, arg);
        case DELETE_ATTR -> deleteAttr(f, code.names[arg]);
        case LOAD_METHOD -> opLoadMethod(f, pc, arg);
        case BINARY_SUBSCR -> opBinarySubscr(f, pc, arg);
        case STORE_SUBSCR -> opStoreSubscr(f, pc, arg);
        case BINARY_SLICE -> containers.binarySlice(f);
        case STORE_SLICE -> containers.storeSlice(f);
        case DELETE_SUBSCR -> containers.deleteSubscr(f);
        case BINARY_OP -> opBinaryOp(f, pc, arg);
        case COMPARE_OP -> opCompareOp(f, pc, arg);
        case IS_OP -> opIsOp(f, pc, arg);
        case CONTAINS_OP -> opContainsOp(f, pc, arg);
        case UNARY_NOT -> opUnaryNot(f, pc, arg);
        case UNARY_NEGATIVE, UNARY_POSITIVE, UNARY_INVERT -> unary(f, op);
        case BUILD_TUPLE -> opBuildTuple(f, pc, arg);
        case BUILD_LIST -> opBuildList(f, pc, arg);
        case BUILD_MAP -> opBuildMap(f, pc, arg);
        case BUILD_SET -> containers.buildSet(f, arg);
        case SET_ADD -> containers.setAdd(f, arg);
        case SET_UPDATE -> containers.setUpdate(f, arg);
        case BUILD_SLICE -> containers.buildSlice(f, arg);
        case BUILD_STRING -> containers.buildString(f, arg);
        case FORMAT_VALUE -> containers.formatValue(f, arg);
        case LIST_APPEND -> opListAppend(f, pc, arg);
        case MAP_ADD -> opMapAdd(f, pc, arg);
        case LIST_EXTEND -> containers.listExtend(f, arg);
        case LIST_TO_TUPLE -> containers.listToTuple(f);
        case DICT_MERGE -> containers.dictMerge(f, arg);
        case UNPACK_SEQUENCE -> opUnpackSequence(f, pc, arg);
        case UNPACK_EX -> containers.unpackEx(f, arg & 0xFF, arg >> 8);
        case GET_ITER -> opGetIter(f, pc, arg);
        case FOR_ITER -> next = opForIter(f, pc, arg) ? arg : next;
        case JUMP_FORWARD -> {
          opJumpForward(f, pc, arg);
          next = arg;
        }
        case JUMP_BACKWARD -> {
          opJumpBackward(f, pc, arg);
          next = arg;
        }
        case POP_JUMP_IF_FALSE -> next = opPopJumpIfFalse(f, pc, arg) ? arg : next;
        case POP_JUMP_IF_TRUE -> next = opPopJumpIfTrue(f, pc, arg) ? arg : next;
        case POP_JUMP_IF_NONE -> next = opPopJumpIfNone(f, pc, arg) ? arg : next;
        case POP_JUMP_IF_NOT_NONE -> next = opPopJumpIfNotNone(f, pc, arg) ? arg : next;
        case JUMP_IF_FALSE_OR_POP -> next = opJumpIfFalseOrPop(f, pc, arg) ? arg : next;
        case JUMP_IF_TRUE_OR_POP -> next = opJumpIfTrueOrPop(f, pc, arg) ? arg : next;
        case KW_NAMES -> opKwNames(f, pc, arg);
        case CALL -> {
          f.pc = next;
          Frame callee = calling.call(f, arg);
          if (callee != null) {
            if (owned != null) {
              owned.enteredCallee(f);
            }
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
          Frame callee = calls.callFunctionEx(f, arg);
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
            frames.finishFrame(f);
            return rv;
          }
          f = calls.returnToCaller(f, rv);
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
        case SEND -> next = opSend(f, pc, arg) ? arg : next;
        case GET_AWAITABLE -> generators.getAwaitable(f, arg);
        case ASYNC_GEN_WRAP -> asyncGens.wrap(f);
        case GET_AITER -> asyncGens.getAiter(f);
        case GET_ANEXT -> asyncGens.getAnext(f);
        case END_ASYNC_FOR -> {
          raised = asyncGens.endAsyncFor(f);
          if (raised != null) {
            f.pc = next;
            return null;
          }
        }
        case BEFORE_ASYNC_WITH -> calls.beforeAsyncWith(f);
        case LOAD_BUILD_CLASS -> opLoadBuildClass(f, pc, arg);
        case LOAD_ASSERTION_ERROR -> f.push(in.types.exception("AssertionError"));
        case RAISE_VARARGS -> {
          f.pc = next;
          raised = unwinder.raise(f, arg);
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
        case BEFORE_WITH -> calls.beforeWith(f);
        case WITH_EXCEPT_START -> excInfo.withExceptStart(f);
        case IMPORT_NAME -> names.importName(f, code.names[arg]);
        case IMPORT_FROM -> names.importFrom(f, code.names[arg]);
      }
      if (checkStackEffects && !opcodes[pc].isTerminal() && next == pc + 1) {
        if (!opcodes[pc].isJump()) {
          checkStackEffect(opcodes[pc], arg, f.sp - spBefore);
        }
        owned.fellThrough(f);
      }
    }
  }

  /** The checked mode's test after an instruction that fell through: its stack effect is the opcode table's. */
  private static void checkStackEffect(Opcode opcode, int arg, int actual) {
    int expected = opcode.stackEffect(arg);
    if (actual != expected) {
      throw new IllegalStateException(opcode + " changed the stack by " + actual + ", the opcode table says "
          + expected);
    }
  }

  /** DELETE_ATTR: the owner is released whether or not the delete fails. */
  private void deleteAttr(Frame f, String name) {
    PyObject owner = f.pop();
    try {
      ops.delattr(owner, name);
    } finally {
      heap.decref(owner);
    }
  }

  /** UNARY_NEGATIVE, UNARY_POSITIVE, UNARY_INVERT: the operand is released before the result is pushed. */
  private void unary(Frame f, int op) {
    replaceTop(f, op == UNARY_NEGATIVE ? ops::negate : op == UNARY_POSITIVE ? ops::positive : ops::invert);
  }


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
      throw names.unboundLocal(f, arg);
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
    PyObject old = names.loadFast(f, arg);
    f.localsplus[arg] = null;
    heap.decref(old);
  }

  /** MAKE_CELL. */
  void opMakeCell(Frame f, int pc, int arg) {
    f.localsplus[arg] = in.newCell(f.localsplus[arg]);
  }

  /** COPY_FREE_VARS. */
  void opCopyFreeVars(Frame f, int pc, int arg) {
    frames.copyFreeVars(f, arg);
  }

  /** LOAD_CLOSURE. */
  void opLoadClosure(Frame f, int pc, int arg) {
    f.push(heap.incref(f.localsplus[arg]));
  }

  /** LOAD_DEREF. */
  void opLoadDeref(Frame f, int pc, int arg) {
    f.push(heap.incref(names.loadDeref(f, arg)));
  }

  /**
   * LOAD_CLASSDEREF (3.10/3.11; 3.12+ LOAD_LOCALS + LOAD_FROM_DICT_OR_DEREF): a class body reading a variable of
   * an enclosing function finds the class namespace's binding of the name first.
   */
  void opLoadClassderef(Frame f, int pc, int arg) {
    PyObject v = f.locals.getStr(f.code.localName(arg));
    f.push(heap.incref(v != null ? v : names.loadDeref(f, arg)));
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
    if (f.mappingLocals != null) {
      f.push(names.loadNameFromMapping(f, f.code.nameKey(arg)));
      return;
    }
    f.push(heap.incref(f.locals == f.globals ? names.loadGlobalCached(f, pc, arg, true)
        : names.loadName(f, f.code.nameKey(arg))));
  }

  /** STORE_NAME. */
  void opStoreName(Frame f, int pc, int arg) {
    if (f.locals == f.globals) {
      names.storeGlobalCached(f, pc, arg, f.pop());
    } else {
      names.storeName(f, f.code.nameKey(arg), f.pop());
    }
  }

  /** LOAD_GLOBAL. */
  void opLoadGlobal(Frame f, int pc, int arg) {
    f.push(heap.incref(names.loadGlobalCached(f, pc, arg, false)));
  }

  /** STORE_GLOBAL. */
  void opStoreGlobal(Frame f, int pc, int arg) {
    names.storeGlobalCached(f, pc, arg, f.pop());
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
    calls.loadMethod(f, f.code.nameKey(arg));
  }

  /** BINARY_SUBSCR. */
  void opBinarySubscr(Frame f, int pc, int arg) {
    twoOperands(f, BINARY_SUBSCR, arg);
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
    twoOperands(f, BINARY_OP, arg);
  }

  /** COMPARE_OP. */
  void opCompareOp(Frame f, int pc, int arg) {
    twoOperands(f, COMPARE_OP, arg);
  }

  /** IS_OP. */
  void opIsOp(Frame f, int pc, int arg) {
    twoOperands(f, IS_OP, arg);
  }

  /** CONTAINS_OP. */
  void opContainsOp(Frame f, int pc, int arg) {
    twoOperands(f, CONTAINS_OP, arg);
  }

  /**
   * The shape of the instructions whose result replaces their two operands, {@code (lhs rhs -- res)} with both
   * borrowed: pops them, computes, releases lhs then rhs (also when the computation raises; CPython's
   * DECREF_INPUTS order), then pushes the result. {@code op} is a constant at each call site, so once this is
   * inlined there only its own case is left (no lambda: a capturing one cost the loop benchmark).
   */
  private void twoOperands(Frame f, int op, int arg) {
    PyObject rhs = f.pop();
    PyObject lhs = f.pop();
    PyObject res;
    try {
      res = switch (op) {
        case BINARY_SUBSCR -> ops.getitem(lhs, rhs);
        case BINARY_OP -> ops.binaryOp(BINARY_OPS[arg], lhs, rhs);
        case COMPARE_OP -> ops.compare(COMPARE_OPS[arg], lhs, rhs);
        case IS_OP -> in.types.bool((lhs == rhs) ^ (arg == 1));
        case CONTAINS_OP -> in.types.bool(ops.contains(rhs, lhs) ^ (arg == 1));
        default -> throw new IllegalStateException("not a two-operand instruction: " + op);
      };
    } finally {
      heap.decref(lhs);
      heap.decref(rhs);
    }
    f.push(res);
  }

  /** UNARY_NOT. */
  void opUnaryNot(Frame f, int pc, int arg) {
    replaceTop(f, v -> in.types.bool(!ops.truthy(v)));
  }

  /** BUILD_TUPLE. */
  void opBuildTuple(Frame f, int pc, int arg) {
    f.push(in.newTuple(Containers.popN(f, arg)));
  }

  /** BUILD_LIST. */
  void opBuildList(Frame f, int pc, int arg) {
    ArrayList<PyObject> items = new ArrayList<>(java.util.Arrays.asList(Containers.popN(f, arg)));
    f.push(in.newList(items));
  }

  /** BUILD_MAP. */
  void opBuildMap(Frame f, int pc, int arg) {
    containers.buildMap(f, arg);
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
    containers.unpack(f, arg);
  }

  /** GET_ITER. */
  void opGetIter(Frame f, int pc, int arg) {
    replaceTop(f, ops::iter);
  }

  /** KW_NAMES. */
  void opKwNames(Frame f, int pc, int arg) {
    f.kwnames = f.code.consts[arg];
  }

  /** MAKE_FUNCTION. */
  void opMakeFunction(Frame f, int pc, int arg) {
    calls.makeFunction(f, arg);
  }

  /** GET_YIELD_FROM_ITER. */
  void opGetYieldFromIter(Frame f, int pc, int arg) {
    if (!(f.top() instanceof PyGenerator)) {
      opGetIter(f, pc, arg);
    }
  }

  /** PUSH_EXC_INFO: the saved handled-exception state goes under the exception, which becomes the handled one. */
  void opPushExcInfo(Frame f, int pc, int arg) {
    PyObject value = f.pop();
    excInfo.push(f, value);
    f.push(value);
  }

  /** POP_EXCEPT: the saved state on the stack becomes the handled one again. */
  void opPopExcept(Frame f, int pc, int arg) {
    excInfo.pop(f.pop());
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
    PyObject item = iter instanceof PyGenerator gen ? generators.genIterNext(gen) : ops.next(iter);
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
    if (generators.send(f)) {
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

  /** The inline cache of the LOAD_ATTR or STORE_ATTR at {@code pc}, made on its first execution. */
  private static AttrCache attrCache(PyCode code, int pc) {
    AttrCache c = code.attrCaches[pc];
    if (c == null) {
      c = new AttrCache();
      code.attrCaches[pc] = c;
    }
    return c;
  }

  // ---------------------------------------------------------------- The VM's interface to the object model

  // What native code (Ops, the built-ins, the heap's finalization) asks of the VM; each is its concept's method.

  /** {@link FrameSetup#newFrame}: a frame for {@code fn} that takes the argument references. */
  Frame newFrame(PyFunction fn, PyObject[] argv, PyTuple kwnames) {
    return frames.newFrame(fn, argv, kwnames);
  }

  /** {@link Calls#callFunction}: a call of a Python function made by native code. */
  public PyObject callFunction(PyFunction fn, PyObject[] args, PyTuple kwnames) {
    return calls.callFunction(fn, args, kwnames);
  }

  /** {@link Calls#callType}: type.__call__. */
  public PyObject callType(PyType t, PyObject[] args, PyTuple kwnames) {
    return calls.callType(t, args, kwnames);
  }

  /** {@link Calls#runClassBody}. */
  public void runClassBody(PyFunction body, PyObject ns) {
    calls.runClassBody(body, ns);
  }

  /** {@link Calls#evalCode}. */
  public PyObject evalCode(PyCode code, PyDict globals, PyDict locals) {
    return calls.evalCode(code, globals, locals);
  }

  /** {@link Calls#runModule}. */
  public PyObject runModule(PyCode code, PyDict globals) {
    return calls.runModule(code, globals);
  }

  /** {@link Unwinder#topHandled}. */
  public PyObject topHandled() {
    return unwinder.topHandled();
  }

  /** {@link Unwinder#topHandledState}. */
  public ExcState topHandledState() {
    return unwinder.topHandledState();
  }

  /** {@link Generators#genNext}: next(g). */
  public PyObject genNext(PyGenerator g) {
    return generators.genNext(g);
  }

  /** {@link Generators#genIterNext}: tp_iternext. */
  public PyObject genIterNext(PyGenerator g) {
    return generators.genIterNext(g);
  }

  /** {@link Generators#genSend}: gen.send(v). */
  public PyObject genSend(PyGenerator g, PyObject v) {
    return generators.genSend(g, v);
  }

  /** {@link Generators#genThrow}: gen.throw(exc), stealing {@code exc}. */
  public PyObject genThrow(PyGenerator g, PyBaseException exc) {
    return generators.genThrow(g, exc);
  }

  /** {@link Generators#genClose}: gen.close() with its result released. */
  public void genClose(PyGenerator g) {
    generators.genClose(g);
  }

  /** {@link Generators#genCloseValue}: what gen.close() returns (a new reference). */
  public PyObject genCloseValue(PyGenerator g) {
    return generators.genCloseValue(g);
  }

  /** {@link Generators#yieldFrom}: gi_yieldfrom / cr_await (borrowed), or null. */
  public PyObject yieldFrom(PyGenerator g) {
    return generators.yieldFrom(g);
  }

  /** {@link Generators#finalizeGenerator}, or an async generator's finalizer hook. */
  void finalizeGenerator(PyGenerator g) {
    if (!asyncGens.finalizeByHook(g)) {
      generators.finalizeGenerator(g);
    }
  }

  /** Async generators and their awaitables. */
  public AsyncGenerators asyncGens() {
    return asyncGens;
  }

  /** {@link FrameObjects#frameAttr}. */
  public PyObject frameAttr(PyFrameObject fo, String name) {
    return frameObjects.frameAttr(fo, name);
  }

  /** {@link FrameObjects#fastToLocals}. */
  public PyDict fastToLocals(Frame fr) {
    return frameObjects.fastToLocals(fr);
  }
}
