package io.lifeline.interpreter.compiler;

import io.lifeline.interpreter.bytecode.ExceptionTableEntry;
import io.lifeline.interpreter.bytecode.Opcode;
import io.lifeline.interpreter.object.PyCode;
import io.lifeline.interpreter.object.PyObject;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * The code object under construction for one scope (CPython's compiler_unit): instructions with their lines
 * and active exception handler, constant and name tables, the static stack depth (computed from the opcode
 * table as instructions are emitted), and the frame-block stack used to unwind on break/continue/return.
 */
final class CodeUnit {
  /** A jump target; {@code depth} is the stack depth on entry, once known. */
  static final class Label {
    int pos = -1;
    int depth = -1;
  }

  /** An exception handler region: exceptions unwind to {@code depth} and jump to {@code target}. */
  record Handler(Label target, int depth) {}

  /** Frame-block kinds (compiler_unwind_fblock). */
  enum FType { WHILE, FOR, TRY_EXCEPT, FINALLY_TRY, FINALLY_END, HANDLER_CLEANUP, WITH, ASYNC_WITH, POP_VALUE }

  record FBlock(FType type, Label start, Label exit, List<Stmt> finalbody, String name, int handlerCount) {}

  private record Instr(Opcode op, int arg, Label target, int line, int col, int endLine, int endCol,
      Handler handler) {}

  final Scope scope;
  /** Whose names are being compiled: {@link #scope}, or an inlined comprehension's while its body is. */
  Scope nameScope;
  final String name;
  final String qualname;
  final int argcount;
  final int kwonlyargcount;
  int flags;
  /** The constant index of the function's docstring (FunctionCompiler), or -1. */
  int docConst = -1;
  final List<String> varnames = new ArrayList<>();
  final List<String> cellvars;
  final List<String> freevars;
  final List<String> names = new ArrayList<>();
  final List<PyObject> consts = new ArrayList<>();
  private final List<Object> constKeys = new ArrayList<>();
  private final List<Instr> instrs = new ArrayList<>();
  /** SWAPs that flowgraph.c's apply_static_swaps may turn into a reordering of the stores after them. */
  private final java.util.Set<Integer> staticSwaps = new java.util.HashSet<>();
  /** Instruction indexes that are jump targets (each starts a basic block). */
  private final java.util.Set<Integer> blockStarts = new java.util.HashSet<>();
  final Deque<Handler> handlers = new ArrayDeque<>();
  final List<FBlock> fblocks = new ArrayList<>();
  int depth;
  int maxDepth;
  int line;
  int col;
  int endLine;
  int endCol;
  final int firstLine;

  CodeUnit(Scope scope, String name, String qualname, List<String> params, int argcount, int kwonlyargcount,
      int firstLine) {
    this.scope = scope;
    this.nameScope = scope;
    this.name = name;
    this.qualname = qualname;
    this.argcount = argcount;
    this.kwonlyargcount = kwonlyargcount;
    this.firstLine = firstLine;
    this.line = firstLine;
    this.endLine = firstLine;
    varnames.addAll(params);
    cellvars = new ArrayList<>(scope.cellvars);
    freevars = new ArrayList<>(scope.freevars);
  }

  // ---------------------------------------------------------------- Emission

  void emit(Opcode op, int arg) {
    emitWithTarget(op, arg, null);
  }

  void emit(Opcode op) {
    emit(op, 0);
  }

  void emitJump(Opcode op, Label target) {
    emitWithTarget(op, 0, target);
  }

  private void emitWithTarget(Opcode op, int arg, Label target) {
    if (depth < 0) {
      depth = 0; // unreachable code after a terminal instruction; keep counting from zero
    }
    instrs.add(new Instr(op, arg, target, line, col, endLine, endCol, handlers.peek()));
    if (target != null && target.depth < 0) {
      target.depth = depth + op.stackEffectOnJump(arg);
    }
    depth += op.stackEffect(arg);
    maxDepth = Math.max(maxDepth, depth);
    if (op.isTerminal()) {
      depth = -1;
    }
  }

  /** A SWAP that {@link #applyStaticSwaps} may apply statically, by reordering the stores that follow it. */
  void emitStaticSwap(int n) {
    staticSwaps.add(instrs.size());
    emit(Opcode.SWAP, n);
  }

  void bind(Label l) {
    l.pos = instrs.size();
    blockStarts.add(l.pos);
    if (l.depth >= 0) {
      depth = l.depth;
    } else {
      l.depth = depth;
    }
  }

  /** Starts an exception handler region whose handler finds {@code depth} items plus the exception. */
  void pushHandler(Label target, int unwindDepth) {
    target.depth = unwindDepth + 1;
    handlers.push(new Handler(target, unwindDepth));
  }

  void popHandler() {
    handlers.pop();
  }

  int constIndex(Object key, PyObject value) {
    for (int i = 0; i < constKeys.size(); i++) {
      Object k = constKeys.get(i);
      if (k != null && k.equals(key) && k.getClass() == key.getClass()) {
        return i;
      }
    }
    constKeys.add(key);
    consts.add(value);
    return consts.size() - 1;
  }

  int nameIndex(String n) {
    return indexOrAdd(names, n);
  }

  int varIndex(String n) {
    return indexOrAdd(varnames, n);
  }

  /** The index of {@code n} in {@code table}, appended first if absent. */
  private static int indexOrAdd(List<String> table, String n) {
    int i = table.indexOf(n);
    if (i < 0) {
      table.add(n);
      i = table.size() - 1;
    }
    return i;
  }

  /** Index into cellvars followed by freevars; remapped to a localsplus slot at assembly. */
  int derefIndex(String n) {
    int i = cellvars.indexOf(n);
    if (i >= 0) {
      return i;
    }
    i = freevars.indexOf(n);
    if (i < 0) {
      throw new IllegalStateException("no cell or free variable " + n + " in " + qualname);
    }
    return cellvars.size() + i;
  }

  // ---------------------------------------------------------------- Assembly

  PyCode assemble(Constants k) {
    applyStaticSwaps();
    String[] vn = varnames.toArray(new String[0]);
    int[] cell2arg = new int[cellvars.size()];
    int[] derefSlot = new int[cellvars.size() + freevars.size()];
    int next = vn.length;
    for (int c = 0; c < cellvars.size(); c++) {
      // compute_localsplus_info: a cell that is also a local (a parameter, or since PEP 709 a name an inlined
      // comprehension isolates) shares the local's slot.
      int p = varnames.indexOf(cellvars.get(c));
      cell2arg[c] = p;
      derefSlot[c] = p >= 0 ? p : next++;
    }
    for (int f = 0; f < freevars.size(); f++) {
      derefSlot[cellvars.size() + f] = next++;
    }
    int n = instrs.size();
    int[] ops = new int[n];
    int[] args = new int[n];
    int[] lines = new int[n];
    int[] cols = new int[n];
    int[] endLines = new int[n];
    int[] endCols = new int[n];
    for (int i = 0; i < n; i++) {
      Instr in = instrs.get(i);
      ops[i] = in.op().ordinal();
      int a = in.target() != null ? in.target().pos : in.arg();
      if (in.op().operand() == io.lifeline.interpreter.bytecode.Operand.DEREF) {
        a = derefSlot[a];
      }
      args[i] = a;
      lines[i] = in.line();
      cols[i] = in.col();
      endLines[i] = in.endLine();
      endCols[i] = in.endCol();
    }
    List<ExceptionTableEntry> table = new ArrayList<>();
    int start = 0;
    while (start < n) {
      Handler h = instrs.get(start).handler();
      int end = start + 1;
      while (end < n && instrs.get(end).handler() == h) {
        end++;
      }
      if (h != null) {
        table.add(new ExceptionTableEntry(start, end, h.target().pos, h.depth()));
      }
      start = end;
    }
    PyCode code = new PyCode(k.codeType(), name, qualname, argcount, kwonlyargcount, flags, vn,
        cellvars.toArray(new String[0]), freevars.toArray(new String[0]), cell2arg, names.toArray(new String[0]),
        consts.toArray(new PyObject[0]), ops, args, lines, cols, table, Math.max(maxDepth, 1) + 2, firstLine,
        names.stream().map(nm -> (io.lifeline.interpreter.object.PyStr) k.constant(nm))
            .toArray(io.lifeline.interpreter.object.PyStr[]::new));
    code.yieldInsideTry = scope.yieldInsideTry;
    code.endLines = endLines;
    code.endCols = endCols;
    return code;
  }

  /**
   * flowgraph.c apply_static_swaps for the SWAPs marked by {@link #emitStaticSwap}: {@code SWAP n} followed,
   * in one basic block, by n stores to distinct locals on one line becomes a NOP with the first and the n-th
   * store exchanged. After an inlined comprehension, {@code a = [x for x in y]} so stores {@code a} before
   * restoring {@code x}. (An expression statement's POP_TOP has no location, so it is never exchanged.)
   */
  private void applyStaticSwaps() {
    for (int i : new java.util.TreeSet<>(staticSwaps)) {
      Instr swap = instrs.get(i);
      int j = i + 1;
      int k = j;
      boolean ok = isStore(j);
      for (int count = swap.arg() - 1; ok && count > 0; count--) {
        k++;
        ok = isStore(k) && instrs.get(k).line() == instrs.get(j).line();
      }
      if (!ok || instrs.get(j).arg() == instrs.get(k).arg()) {
        continue;
      }
      for (int m = j + 1; m < k; m++) {
        if (instrs.get(m).arg() == instrs.get(j).arg() || instrs.get(m).arg() == instrs.get(k).arg()) {
          ok = false;
        }
      }
      for (int m = j; m <= k; m++) {
        ok &= !blockStarts.contains(m);
      }
      if (ok) {
        instrs.set(i, new Instr(Opcode.NOP, 0, null, swap.line(), swap.col(), swap.endLine(), swap.endCol(),
            swap.handler()));
        Instr t = instrs.get(j);
        instrs.set(j, instrs.get(k));
        instrs.set(k, t);
      }
    }
  }

  private boolean isStore(int i) {
    return i < instrs.size()
        && (instrs.get(i).op() == Opcode.STORE_FAST || instrs.get(i).op() == Opcode.STORE_FAST_MAYBE_NULL);
  }

  Deque<Handler> handlerSnapshot() {
    return new ArrayDeque<>(handlers);
  }
}
