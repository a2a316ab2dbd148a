package io.lifeline.interpreter.vm;

import io.lifeline.interpreter.bytecode.Opcode;
import java.util.function.BiFunction;

import io.lifeline.interpreter.object.ExcState;
import io.lifeline.interpreter.object.Frame;
import io.lifeline.interpreter.object.PyCode;
import io.lifeline.interpreter.memory.Finalization;
import io.lifeline.interpreter.memory.Heap;
import io.lifeline.interpreter.object.PyBaseException;
import io.lifeline.interpreter.object.PyBoundMethod;
import io.lifeline.interpreter.object.PyCell;
import io.lifeline.interpreter.object.PyDict;
import io.lifeline.interpreter.object.PyFloat;
import io.lifeline.interpreter.object.PyFrameObject;
import io.lifeline.interpreter.object.PyGenerator;
import io.lifeline.interpreter.object.PyInstance;
import io.lifeline.interpreter.object.PyInt;
import io.lifeline.interpreter.object.PyList;
import io.lifeline.interpreter.object.PyModule;
import io.lifeline.interpreter.object.PyObject;
import io.lifeline.interpreter.object.PyStr;
import io.lifeline.interpreter.object.PyTraceback;
import io.lifeline.interpreter.object.PyTuple;
import io.lifeline.interpreter.object.PyType;
import io.lifeline.interpreter.object.PyWeakref;
import io.lifeline.scenario.EventLimits;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One interpreter instance (PyInterpreterState plus its single thread state): the heap, the built-in types
 * and modules, the frame chain, the handled-exception stack, the event log and the budget. A run creates a
 * fresh one; nothing is shared between runs.
 */
public final class Interp implements Finalization {
  public final Types types = new Types();
  public final Heap heap;
  public final Policies policies;
  public final Ops ops;
  public final VM vm;
  public final PyDict builtins;
  public final Map<String, PyModule> modules = new LinkedHashMap<>();
  public PyModule main;
  /** The program's text (what linecache reads as program.py). */
  public String mainSource;

  public final List<String> events = new ArrayList<>();
  public final List<String> shutdownEvents = new ArrayList<>();
  /** With --trace-refs: for each event, why it happened where it did (parallel to events + shutdown events). */
  public final List<String> traces = new ArrayList<>();
  public final OutputTail stdout = new OutputTail();
  public final OutputTail stderr = new OutputTail();
  public boolean inShutdown;
  /** Bytes of UTF-8 in {@link #events} and {@link #shutdownEvents}, checked against {@link EventLimits}. */
  private long eventBytes;
  /**
   * The exception values {@link #unsupported} made, by identity: one escaping the script body means the model
   * could not run the program (an UNSUPPORTED outcome), not that the program raised.
   */
  private final Set<PyObject> unsupportedValues = Collections.newSetFromMap(new IdentityHashMap<>());

  /** The running frame (top of the chain), or null. */
  public Frame current;
  /** The handled-exception stack (tstate->exc_info). */
  public ExcState excInfo = new ExcState();
  public int pyDepth;
  public int recursionLimit = 1000;
  /**
   * sys.set_asyncgen_hooks's [firstiter, finalizer] (the thread state's async_gen_firstiter/_finalizer): a list the
   * sys module's dict owns, or null before sys is imported (no hooks then).
   */
  public io.lifeline.interpreter.object.PyList asyncGenHooks;
  /** sys's UnraisableHookArgs type, set when sys is first imported (modules/SysUnraisableHook). */
  public PyType unraisableHookArgs;
  /** Instructions run so far: a statistic (compiled and interpreted code count alike), never a limit. */
  public long instructionsRun;
  /**
   * Calls plus loop iterations of a code object after which its instructions run compiled ({@link Jit}); 0
   * never compiles, 1 compiles every code object on first entry. System property {@code lifeline.jit}.
   */
  public int jitThreshold = Integer.getInteger("lifeline.jit", 100);
  /**
   * Set by another thread when the run's wall-clock budget is spent ({@link io.lifeline.interpreter.ModelBackend});
   * read at every eval-breaker check, so a running program stops at its next call or backward jump.
   */
  public volatile boolean cancelled;
  /**
   * Set by tests: verify each instruction's stack effect and its inputs' ownership against the opcode table
   * ({@link OwnershipCheck}). Only on an interpreter made with {@code keepLiveSet}, whose heap is the checked one.
   */
  public boolean checkStackEffects;
  /**
   * The ownership the checked mode holds each instruction's inputs to: the opcode table's. A test substitutes a
   * wrong declaration to see it caught.
   */
  public BiFunction<Opcode, Opcode.Calling, List<Opcode.Slot>> declaredInputs = Opcode::inputs;
  /** Finds the modules IMPORT_NAME does not find in {@link #modules}; set by the backend wiring. */
  public Importer importer = Importer.NONE;
  /**
   * The special method {@code name} a built-in type defines as a slot wrapper the model does not keep in the type's
   * dict ({@code int.__add__}, {@code object.__eq__}), or null; set by the builtins. Asked only where a lookup found
   * the name on no class of an MRO, so it changes no lookup that succeeds.
   */
  public BiFunction<PyType, String, PyObject> slotWrappers = (t, name) -> null;
  /** Objects the interpreter itself keeps alive (sys.last_value). Roots for the heap verifier. */
  public final List<PyObject> extraRoots = new ArrayList<>();

  public Interp(Policies policies, boolean keepLiveSet) {
    this.policies = policies;
    this.heap = Heap.create(this, policies.gcThresholds(), keepLiveSet);
    if (policies.reclaim() == Policies.Reclaim.TRACING) {
      heap.useTracing();
    }
    this.heap.setDeferredCollections(policies.gcScheduling() != Policies.GcScheduling.IN_ALLOCATION,
        policies.gcScheduling() == Policies.GcScheduling.EVAL_BREAKER_IF_ENABLED);
    this.ops = new Ops(this);
    io.lifeline.interpreter.object.UserHashing.CURRENT.set(ops);
    this.vm = new VM(this);
    this.builtins = new PyDict(types.dict);
    this.builtins.immortal = true;
  }

  // ---------------------------------------------------------------- Allocation (every object goes through the heap)

  public PyObject none() {
    return types.none;
  }

  /** Small ints (-5..256) are shared immortal objects, like CPython's small-int cache. */
  public PyInt newInt(long v) {
    if (v >= -5 && v <= 256) {
      return types.smallInt((int) v);
    }
    return heap.register(new PyInt(types.intType, v));
  }

  public PyInt newInt(BigInteger v) {
    if (v.bitLength() < 16 && v.longValue() >= -5 && v.longValue() <= 256) {
      return newInt(v.longValue());
    }
    return heap.register(new PyInt(types.intType, v));
  }

  public PyFloat newFloat(double v) {
    return heap.register(new PyFloat(types.floatType, v));
  }

  /** The empty string and one-character Latin-1 strings are shared immortal objects, as in CPython. */
  public PyStr newStr(String s) {
    if (s.length() > 1L << 28) {
      throw memoryError();
    }
    if (s.isEmpty() || (s.length() == 1 && s.charAt(0) < 256)) {
      return (PyStr) types.latin1Str(s);
    }
    return heap.register(new PyStr(types.str, s));
  }

  /**
   * The length of a new sequence of {@code count} items of {@code itemBytes} each after a {@code headerBytes}
   * header (CPython's sizes), checked before it is built: a count beyond a Py_ssize_t is an OverflowError as in
   * PyNumber_AsSsize_t, a size beyond the memory budget (or the JVM's reach) a MemoryError. Negative counts are 0.
   */
  public int allocationLength(PyInt count, long itemBytes, long headerBytes) {
    if (!count.isSmall()) {
      throw error("OverflowError", "cannot fit 'int' into an index-sized integer");
    }
    long n = Math.max(0, count.small);
    if (itemBytes == 0) {
      return (int) Math.min(n, Integer.MAX_VALUE);
    }
    if (n > (Long.MAX_VALUE - headerBytes) / itemBytes) {
      throw memoryError();
    }
    heap.reserve(headerBytes + n * itemBytes);
    if (n > Integer.MAX_VALUE - 8) {
      throw memoryError();
    }
    return (int) n;
  }

  public io.lifeline.interpreter.object.PyBytes newBytes(byte[] value) {
    return heap.register(new io.lifeline.interpreter.object.PyBytes(types.bytes, value));
  }

  /** Takes ownership of the item references. */
  public PyTuple newTuple(PyObject... items) {
    if (items.length == 0) {
      return (PyTuple) types.constant(java.util.List.of());
    }
    return heap.register(new PyTuple(types.tuple, items));
  }

  /** Takes ownership of the item references. */
  public PyList newList(ArrayList<PyObject> items) {
    return heap.register(new PyList(types.list, items));
  }

  public io.lifeline.interpreter.object.PySet newSet() {
    return heap.register(new io.lifeline.interpreter.object.PySet(types.set));
  }

  /**
   * A new dict, untracked until it holds a container (PyDict_New and dict_new leave it untracked;
   * MAINTAIN_TRACKING tracks it on insertion), but counted as a GC allocation.
   */
  public PyDict newDict() {
    PyDict d = new PyDict(types.dict);
    d.lazyTracking = true;
    return heap.registerUntracked(d);
  }

  /** A new instance of a class; a heap type gains a reference from it. */
  public PyInstance newInstance(PyType t) {
    if (t.heapType) {
      heap.incref(t);
    }
    PyInstance inst = heap.register(new PyInstance(t,
        t.dictAtOffset || policies.gcCounting() == Policies.GcCounting.WITH_INSTANCE_DICTS));
    PyType b = t.builtinBase;
    if (b == types.dict || b == types.list || b == types.set) {
      // dict_new / PyType_GenericAlloc of a mutable built-in base: the instance starts empty (its __new__ made
      // the storage; __init__ fills it); an immutable base's storage comes from its __new__
      inst.builtin = b == types.dict ? newDict() : b == types.list ? newList(new java.util.ArrayList<>()) : newSet();
    }
    return inst;
  }

  /**
   * The instance's attribute dict, made on first use if it is an object of its own (_PyObjectDict_SetItem:
   * a new dict, counted as a GC allocation but tracked only once it holds a container).
   */
  public PyDict instanceDict(PyInstance inst) {
    if (inst.attrs == null && inst.dictObject && inst.type.instancesHaveDict) {
      PyDict d = new PyDict(types.dict);
      d.lazyTracking = true;
      heap.registerUntracked(d);
      if (inst.attrs == null) {
        inst.attrs = d;
      } else {
        heap.decref(d);
      }
    }
    return inst.attrs;
  }

  /**
   * The instance's {@code __dict__} as an object (borrowed): inline attributes move, in their order, into a new
   * dict that the instance owns from then on (make_dict_from_instance_attributes); null without a dict.
   */
  public PyDict dictObjectOf(PyInstance inst) {
    if (!inst.dictObject && inst.attrs != null) {
      PyDict inline = inst.attrs;
      PyDict d = newDict();
      d.sharedKeys = inline.sharedKeys;
      for (PyDict.Entry e : inline.entries()) {
        d.put(heap, heap.incref(e.key), heap.incref(e.value));
      }
      inline.clear(heap);
      inst.attrs = d;
      inst.dictObject = true;
      return d;
    }
    return inst.dictObject ? instanceDict(inst) : null;
  }

  /** A new exception instance; takes ownership of {@code args}. */
  public PyBaseException newException(PyType t, PyTuple args) {
    if (t.heapType) {
      heap.incref(t);
    }
    return heap.register(new PyBaseException(t, args));
  }

  public PyBoundMethod newMethod(PyObject func, PyObject self) {
    return heap.register(new PyBoundMethod(types.method, heap.incref(func), heap.incref(self)));
  }

  /**
   * PyCell_New: the cell is allocated empty and takes {@code contents} (the caller's reference, moved) after the
   * allocation, so a collection the allocation starts (3.11) sees the contents where the caller still holds them.
   */
  public PyCell newCell(PyObject contents) {
    PyCell c = heap.register(new PyCell(types.cell, null));
    c.ref = contents;
    return c;
  }

  public PyModule newModule(String name) {
    PyDict d = newDict();
    PyModule m = heap.register(new PyModule(types.module, name, d));
    d.put(heap, key("__name__"), newStr(name));
    return m;
  }

  /** An immortal interned str for names and attribute keys. */
  public PyStr key(String name) {
    return (PyStr) types.constant(name);
  }

  // ---------------------------------------------------------------- Errors

  /** A new guest exception of the named built-in type with a message, ready to throw. */
  public PyException error(String typeName, String message) {
    return error(types.exception(typeName), message);
  }

  public PyException error(PyType type, String message) {
    PyTuple args = message == null ? newTuple() : newTuple(newStr(message));
    return new PyException(newException(type, args));
  }

  /**
   * A NotImplementedError for a construct outside the model's subset, located at the instruction being
   * executed: "CONSTRUCT is not supported by the model (line L, column C)".
   */
  public PyException unsupported(String construct) {
    String where = "";
    if (current != null) {
      int i = Math.max(0, Math.min(current.lasti, current.code.lines.length - 1));
      where = " (line " + current.code.lines[i] + ", column " + current.code.cols[i] + ")";
    }
    PyException e = error("NotImplementedError", construct + " is not supported by the model" + where);
    unsupportedValues.add(e.value);
    return e;
  }

  /** Whether {@code e} is the error of a construct outside the model's subset (made by {@link #unsupported}). */
  public boolean isUnsupported(PyException e) {
    return unsupportedValues.contains(e.value);
  }

  public boolean isInstance(PyObject o, String typeName) {
    return o.type.isSubtypeOf(types.exception(typeName));
  }

  /** {@link #writeUnraisable(PyException, PyObject, String)} with no object and {@code where} in the message. */
  public void writeUnraisable(PyException e, String where) {
    writeUnraisable(e, null, "Exception ignored in " + where);
  }

  /**
   * _PyErr_WriteUnraisableMsg: calls sys.unraisablehook (once the program imported sys) with an UnraisableHookArgs
   * holding exc_type, exc_value, exc_traceback, err_msg ({@code errMsg}, None if null) and object ({@code obj},
   * None if null); the default hook (sys.__unraisablehook__, or no sys) writes the report to stderr. The arguments
   * die after the hook returns, then the exception (errors.c releases the hook's args before exc_type/value/tb).
   */
  public void writeUnraisable(PyException e, PyObject obj, String errMsg) {
    PyModule sys = modules.get("sys");
    PyObject hook = sys == null ? null : sys.dict().getStr("unraisablehook");
    PyInstance args = newInstance(unraisableHookArgs != null ? unraisableHookArgs : types.object);
    PyDict attrs = instanceDict(args);
    attrs.put(heap, key("exc_type"), heap.incref(e.value.type));
    attrs.put(heap, key("exc_value"), heap.incref(e.value));
    attrs.put(heap, key("exc_traceback"), heap.incref(e.value.traceback != null ? e.value.traceback : none()));
    attrs.put(heap, key("err_msg"), errMsg == null ? none() : newStr(errMsg));
    attrs.put(heap, key("object"), heap.incref(obj == null ? none() : obj));
    try {
      if (hook == null || hook == sys.dict().getStr("__unraisablehook__")) {
        reportUnraisable(args);
      } else {
        heap.decref(ops.call(hook, new PyObject[] {args}, null));
      }
    } catch (PyException again) {
      heap.decref(again.value);
    } finally {
      heap.decref(args);
      heap.decref(e.value);
    }
  }

  /**
   * The default unraisable hook (write_unraisable_exc_file): "Exception ignored in: REPR" (or "ERR_MSG: REPR", or
   * "ERR_MSG:" without an object), then "TYPE: MESSAGE", to stderr.
   */
  public void reportUnraisable(PyObject args) {
    PyDict attrs = instanceDict((PyInstance) args);
    PyObject obj = attrs.getStr("object");
    PyObject msg = attrs.getStr("err_msg");
    PyObject value = attrs.getStr("exc_value");
    boolean hasMsg = msg != null && msg != none();
    if (obj != null && obj != none()) {
      stderr.append(hasMsg ? ops.strOf(msg) + ": " : "Exception ignored in: ").append(ops.reprOf(obj)).append("\n");
    } else if (hasMsg) {
      stderr.append(ops.strOf(msg)).append(":\n");
    }
    if (value != null && value != none()) {
      stderr.append(value.type.name).append(": ").append(ops.strOf(value)).append('\n');
    }
  }

  // ---------------------------------------------------------------- Events

  /**
   * Records an event; one beyond the {@link EventLimits} stops the run (an {@link EventLimitException}, which no
   * handler can catch) before anything is recorded.
   */
  public void event(String line) {
    long bytes = EventLimits.utf8Length(line);
    checkEvent(bytes);
    eventBytes += bytes;
    (inShutdown ? shutdownEvents : events).add(line);
    String origin = heap.deathOrigin();
    if (origin != null) {
      traces.add((inShutdown ? "shutdown event " : "event ") + PyStr.repr(line) + " <- " + origin);
    }
  }

  /** Throws {@link EventLimitException} if one more event of {@code bytes} bytes goes beyond a limit. */
  public void checkEvent(long bytes) {
    EventLimits.check(bytes, events.size() + shutdownEvents.size(), eventBytes).ifPresent(why -> {
      throw new EventLimitException(why);
    });
  }

  @Override
  public RuntimeException memoryError() {
    return error("MemoryError", null);
  }

  @Override
  public String location() {
    Frame f = current;
    if (f == null) {
      return inShutdown ? "interpreter shutdown" : "no frame";
    }
    int i = Math.max(0, Math.min(f.lasti, f.code.ops.length - 1));
    return f.code.opAt(i).name() + " at line " + f.code.lines[i] + " in " + f.code.qualname;
  }

  // ---------------------------------------------------------------- Frames

  /** _PyFrame_GetFrameObject: the frame's frame object, created on first use (borrowed). */
  /**
   * The frame's frame object, made on first use. 3.11+ (_PyFrame_MakeAndSetFrameObject) makes it untracked
   * (_PyFrame_New_NoTrack): the collector sees it only once take_ownership tracks it.
   */
  public PyFrameObject frameObject(Frame f) {
    if (f.frameObj == null) {
      PyFrameObject fo = new PyFrameObject(types.frame, f);
      f.frameObj = vm.frameConvention.register(heap, fo);
    }
    return f.frameObj;
  }

  /**
   * take_ownership: an exiting frame whose frame object is still referenced moves into it; the object's
   * f_back becomes the caller's frame object (created if needed), and the frame unlinks from the chain.
   */
  @Override
  public void takeOwnership(PyFrameObject f, Frame frame) {
    frame.owner = Frame.Owner.FRAME_OBJECT;
    f.frame = frame;
    heap.track(f);
    Frame prev = frame.previous;
    if (prev != null) {
      f.back = heap.incref(frameObject(prev));
      frame.previous = null;
    }
  }

  /**
   * PyTraceBack_Here: prepends a traceback entry for {@code f} to the exception's traceback. An exception is
   * pending meanwhile, so allocations here never start an automatic collection (_PyObject_GC_Link checks
   * PyErr_Occurred).
   */
  public void addTraceback(PyBaseException exc, Frame f) {
    boolean was = heap.setErrorPending(true);
    try {
      PyFrameObject fo = heap.incref(frameObject(f));
      PyObject old = exc.traceback;
      exc.traceback = null;
      exc.traceback = heap.register(new PyTraceback(types.traceback, old, fo, f.line(), f.lasti));
    } finally {
      heap.setErrorPending(was);
    }
  }

  // ---------------------------------------------------------------- Finalization hooks for the heap

  @Override
  public void finalize(PyObject o) {
    if (o instanceof PyGenerator g) {
      vm.finalizeGenerator(g);
      return;
    }
    PyObject del = o.type.lookup("__del__");
    if (del == null) {
      return;
    }
    try {
      PyObject r = ops.call(del, new PyObject[] {o}, null);
      heap.decref(r);
    } catch (PyException e) {
      // slot_tp_finalize: PyErr_WriteUnraisable(del), the __del__ function; PyPy's err_msg is ''
      writeUnraisable(e, del, policies.reclaim() == Policies.Reclaim.TRACING ? "" : null);
    }
  }

  /** PyPy's fired UserDelAction (reclaim=TRACING): runs before the next Python code executes. */
  private Runnable userDelAction;

  @Override
  public void fireUserDelAction(Runnable action) {
    userDelAction = action;
  }

  /** The action's check at a bytecode: Python code is about to run, so a fired action runs first, once. */
  void runUserDelAction() {
    Runnable a = userDelAction;
    if (a != null) {
      userDelAction = null;
      a.run();
    }
  }

  @Override
  public boolean yieldsInsideTry(PyGenerator g) {
    return g.frame != null && g.frame.code.yieldInsideTry;
  }

  @Override
  public boolean suspendedInsideTry(PyGenerator g) {
    return g.state == PyGenerator.State.SUSPENDED && g.frame != null && g.frame.code.handlerFor(g.frame.lasti) != null;
  }

  @Override
  public void callWeakrefCallback(PyObject callback, PyWeakref ref) {
    try {
      PyObject r = ops.call(callback, new PyObject[] {ref}, null);
      heap.decref(r);
    } catch (PyException e) {
      // handle_callback: PyErr_WriteUnraisable(callback); PyPy names the callback in err_msg
      writeUnraisable(e, callback,
          policies.reclaim() == Policies.Reclaim.TRACING ? "Exception ignored in: weakref callback " : null);
    }
  }

  @Override
  public void clearGeneratorFrame(PyGenerator g) {
    g.releaseFinalizer(heap);
    Frame f = g.frame;
    g.frame = null;
    g.state = PyGenerator.State.COMPLETED;
    if (f != null && !f.cleared) {
      f.previous = null;
      f.clear(heap, this);
    }
    g.releaseExcState(heap);
  }

  /** Every reference held outside objects: frames on the chain, handled exceptions, interpreter state. */
  public void visitRoots(PyObject.Visitor v) {
    v.visit(builtins);
    modules.values().forEach(v::visit);
    if (main != null && !modules.containsValue(main)) {
      v.visit(main);
    }
    for (PyObject t : types.exceptions.values()) {
      v.visit(t);
    }
    for (Frame f = current; f != null; f = f.previous) {
      if (f.owner == Frame.Owner.THREAD) {
        f.traverse(v);
      }
    }
    for (ExcState s = excInfo; s != null; s = s.previous) {
      s.traverse(v);
    }
    extraRoots.forEach(v::visit);
  }

  // ---------------------------------------------------------------- Budget

  /**
   * The eval breaker: called at RESUME and backward jumps. Only the wall clock ends a run as a hang; the check is
   * one volatile read, so it costs the dispatch loop next to nothing.
   */
  public void checkBudget() {
    if (cancelled) {
      throw new HangException("wall clock budget exhausted");
    }
  }

  public PyCode compile(String source) {
    return io.lifeline.interpreter.compiler.Compiler.compileModule(source, types,
        policies.comprehensions() == Policies.Comprehensions.INLINED,
        policies.slices() == Policies.Slices.BINARY_SLICE, locations());
  }

  /** Which CPython 3.x's instruction locations (co_positions) the compiler gives where versions differ. */
  private int locations() {
    return policies.wording() == Policies.Wording.CPYTHON_313 ? 13
        : policies.wording() == Policies.Wording.CPYTHON_312 ? 12 : 11;
  }

  /**
   * compile() of text: {@code eval} an expression, else a module; every code object named {@code filename}. Throws
   * {@link io.lifeline.interpreter.compiler.PySyntaxError} for invalid or unsupported source.
   */
  public PyCode compile(String source, String filename, boolean eval) {
    boolean inline = policies.comprehensions() == Policies.Comprehensions.INLINED;
    boolean slices = policies.slices() == Policies.Slices.BINARY_SLICE;
    PyCode code = eval
        ? io.lifeline.interpreter.compiler.Compiler.compileExpression(source, types, inline, slices, locations())
        : io.lifeline.interpreter.compiler.Compiler.compileModule(source, types, inline, slices, locations());
    return io.lifeline.interpreter.compiler.Compiler.located(code, filename);
  }
}
