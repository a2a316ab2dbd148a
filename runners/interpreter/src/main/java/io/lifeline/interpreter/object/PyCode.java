package io.lifeline.interpreter.object;

import io.lifeline.interpreter.bytecode.ExceptionTableEntry;
import io.lifeline.interpreter.bytecode.Opcode;
import java.util.List;

/**
 * A code object: the compiler's output and the VM's input. Immortal, like everything it owns (its constants).
 *
 * <p>Frame layout (localsplus): {@link #varnames} (parameters, then locals in order of first appearance),
 * then {@link #cellvars} that are not parameters, then {@link #freevars}. A frame releases its slots in this
 * index order (_PyFrame_Clear).
 */
public final class PyCode extends PyObject {
  public static final int CO_OPTIMIZED = 0x1;
  public static final int CO_NEWLOCALS = 0x2;
  public static final int CO_VARARGS = 0x4;
  public static final int CO_VARKEYWORDS = 0x8;
  public static final int CO_GENERATOR = 0x20;
  public static final int CO_COROUTINE = 0x80;
  public static final int CO_ASYNC_GENERATOR = 0x200;
  private static final Opcode[] OPCODES = Opcode.values();

  public final String name;
  /** co_filename: the name compile() was given ({@code <string>} for exec and eval of text), else the program's. */
  public String filename = "program.py";
  public final String qualname;
  public final int argcount;
  public final int kwonlyargcount;
  /** co_posonlyargcount: the first parameters, which keywords cannot bind (set once, after assembly). */
  public int posonlyargcount;
  /** The index in {@link #consts} of the docstring a new function takes as {@code __doc__} (func_new), or -1. */
  public int docConst = -1;
  public final int flags;
  /**
   * PyPy's CO_YIELD_INSIDE_TRY (pypy/interpreter/astcompiler/symtable.py): a yield or yield from lexically
   * inside a try body or a with body of this function. Kept out of {@link #flags}, which are CPython's.
   */
  public boolean yieldInsideTry;
  public final String[] varnames;
  public final String[] cellvars;
  public final String[] freevars;
  /** For each cell variable, the index of the parameter it wraps, or -1. */
  public final int[] cell2arg;
  public final String[] names;
  /** The names as interned immortal str objects (dict keys for the NAME/GLOBAL instructions). */
  public final PyStr[] nameKeys;
  public final PyObject[] consts;
  public final int[] ops;
  /** {@link #ops} decoded once, for the dispatch loop's switch. */
  public final Opcode[] opcodes;
  public final int[] args;
  /**
   * The inline caches of the LOAD_GLOBAL, LOAD_NAME, STORE_NAME and STORE_GLOBAL instructions by instruction
   * index, made on first execution.
   */
  public final GlobalCache[] globalCaches;
  /** LOAD_ATTR and STORE_ATTR inline caches by instruction index, made on first execution. */
  public final AttrCache[] attrCaches;
  /**
   * Finished frames of this code that the VM may reuse for the next calls (the VM's {@link Frame}s), the last
   * finished one at {@code spareFrames[spareCount - 1]}: up to 8, so recursion also reuses frames.
   */
  public final Object[] spareFrames = new Object[8];
  public int spareCount;
  /** The keyword-names tuple of the last keyword call of this code, and each keyword's parameter index (-1: none). */
  public Object keywordNames;
  public int[] keywordSlots;
  /** Calls and loop iterations so far, towards the VM's compile threshold. */
  public int hotness;
  /** The vm.CompiledCode the dispatch loop runs this code's instructions with, once compiled; else null. */
  public Object compiled;
  public final int[] lines;
  public final int[] cols;
  /**
   * Where each instruction's source span ends (line, and column just past it), set by the compiler beside
   * {@link #lines} and {@link #cols}: co_positions(); a span whose end is unknown ends where it starts.
   */
  public int[] endLines;
  public int[] endCols;
  public final List<ExceptionTableEntry> exceptionTable;
  public final int stacksize;
  public final int firstLine;
  /** {@link #nlocalsplus()}, computed once (every new frame asks). */
  private final int nlocalsplus;

  public PyCode(PyType type, String name, String qualname, int argcount, int kwonlyargcount, int flags,
      String[] varnames, String[] cellvars, String[] freevars, int[] cell2arg, String[] names, PyObject[] consts,
      int[] ops, int[] args, int[] lines, int[] cols, List<ExceptionTableEntry> exceptionTable, int stacksize,
      int firstLine, PyStr[] nameKeys) {
    super(type);
    immortal = true;
    this.nameKeys = nameKeys;
    this.name = name;
    this.qualname = qualname;
    this.argcount = argcount;
    this.kwonlyargcount = kwonlyargcount;
    this.flags = flags;
    this.varnames = varnames;
    this.cellvars = cellvars;
    this.freevars = freevars;
    this.cell2arg = cell2arg;
    this.names = names;
    this.consts = consts;
    this.ops = ops;
    this.opcodes = new Opcode[ops.length];
    for (int i = 0; i < ops.length; i++) {
      opcodes[i] = OPCODES[ops[i]];
    }
    this.args = args;
    this.globalCaches = new GlobalCache[ops.length];
    this.attrCaches = new AttrCache[ops.length];
    this.lines = lines;
    this.cols = cols;
    this.exceptionTable = exceptionTable;
    this.stacksize = stacksize;
    this.firstLine = firstLine;
    this.nlocalsplus = varnames.length + ownCellCount() + freevars.length;
  }

  /** Number of cells that get a slot of their own (not parameters). */
  public int ownCellCount() {
    int n = 0;
    for (int a : cell2arg) {
      if (a < 0) {
        n++;
      }
    }
    return n;
  }

  /** Total localsplus slots. */
  public int nlocalsplus() {
    return nlocalsplus;
  }

  /** The name of localsplus slot {@code i}. */
  public String localName(int i) {
    if (i < varnames.length) {
      return varnames[i];
    }
    int k = i - varnames.length;
    for (int c = 0; c < cellvars.length; c++) {
      if (cell2arg[c] < 0) {
        if (k == 0) {
          return cellvars[c];
        }
        k--;
      }
    }
    return freevars[k];
  }

  public PyStr nameKey(int i) {
    return nameKeys[i];
  }

  public Opcode opAt(int pc) {
    return opcodes[pc];
  }

  public boolean isGenerator() {
    return (flags & (CO_GENERATOR | CO_COROUTINE | CO_ASYNC_GENERATOR)) != 0;
  }

  /** The handler for an exception raised at {@code pc}, or null. */
  public ExceptionTableEntry handlerFor(int pc) {
    // Indexed, not an iterator: unwinding (every generator close) runs this where the JIT did not always remove
    // the iterator's allocation (bench/micro's genclose).
    for (int i = 0; i < exceptionTable.size(); i++) {
      ExceptionTableEntry e = exceptionTable.get(i);
      if (pc >= e.start() && pc < e.end()) {
        return e;
      }
    }
    return null;
  }

  @Override
  public String toString() {
    return "<code object " + name + ", line " + firstLine + ">";
  }
}
