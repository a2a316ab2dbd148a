package io.lifeline.interpreter.compiler;

import io.lifeline.interpreter.bytecode.Opcode;
import io.lifeline.interpreter.compiler.CodeUnit.Label;
import io.lifeline.interpreter.object.PyObject;
import java.util.List;

/**
 * The state one compilation shares and the primitives every part of the compiler emits with: the code unit being
 * built, source positions, constants, and name access by scope (compiler_nameop). The compiler is written as
 * layers, one file each, every layer extending the one below: this class, {@link ExpressionCompiler},
 * {@link FunctionCompiler} (code objects for def, lambda, class and comprehensions), {@link BlockCompiler} (try,
 * with, and the frame blocks that break, continue and return unwind) and {@link Compiler} (statements, the entry
 * point). A layer reaches the layers above it only through the abstract methods declared below it.
 */
abstract class CodeGenerator {
  final Constants k;
  /** The code object being built; replaced while a nested function, class body or comprehension is compiled. */
  CodeUnit u;
  /** 3.12+: subscripts with a two-part slice compile to BINARY_SLICE/STORE_SLICE (no slice object on the stack). */
  final boolean sliceOps;

  CodeGenerator(Constants k, boolean sliceOps) {
    this.k = k;
    this.sliceOps = sliceOps;
  }

  /** Emits the code of {@code e}, leaving its value on the stack, at its own source position. */
  abstract void expr(Expr e);

  /** Emits the code of the statements of a body, in order. */
  abstract void stmts(List<Stmt> body);

  /** Makes {@code __annotations__} at the start of a module or class body that has annotated assignments. */
  abstract void setupAnnotations(List<Stmt> body);

  /**
   * Whose instruction locations to follow where CPython's compilers differ (the minor version: 11, 12, 13): which
   * span an assert's RAISE_VARARGS, a for loop's GET_ITER and a with's BEFORE_WITH carry.
   */
  int locations = 11;

  /** Where the parsed nodes end (an empty table when the compiler was given no parse's). */
  NodeEnds ends = new NodeEnds();

  /** The source position the next instructions are attributed to: a start without a known end. */
  final void at(int line, int col) {
    at(line, col, line, col);
  }

  /** The source span (start and end) the next instructions are attributed to, as compile.c's SET_LOC. */
  final void at(int line, int col, int endLine, int endCol) {
    u.line = line;
    u.col = col;
    u.endLine = endLine;
    u.endCol = endCol;
  }

  /** The span of {@code e}: where it starts and where the parser saw it end. */
  final void at(Expr e) {
    at(e.line(), e.col(), ends.endLine(e, e.line()), ends.endCol(e, e.col()));
  }

  /** The span of {@code s}: where it starts and where the parser saw it end. */
  final void at(Stmt s) {
    at(s.line(), s.col(), ends.endLine(s, s.line()), ends.endCol(s, s.col()));
  }

  /** The prologue of every code object: MAKE_CELL for each cell, COPY_FREE_VARS, RESUME. */
  final void prologue() {
    for (String c : u.cellvars) {
      u.emit(Opcode.MAKE_CELL, u.derefIndex(c));
    }
    if (!u.freevars.isEmpty()) {
      u.emit(Opcode.COPY_FREE_VARS, u.freevars.size());
    }
    u.emit(Opcode.RESUME, 0);
  }

  /** The epilogue of a body that falls off its end: {@code return None}. */
  final void returnNone() {
    loadConst(null);
    u.emit(Opcode.RETURN_VALUE);
  }

  /**
   * compiler_if and compiler_ifexp: {@code test}, then {@code body} or, when the test is false, {@code orelse}
   * (null: none, and no jump over it).
   */
  final void ifElse(Expr test, Runnable body, Runnable orelse) {
    Label otherwise = new Label();
    Label end = new Label();
    expr(test);
    u.emitJump(Opcode.POP_JUMP_IF_FALSE, otherwise);
    body.run();
    if (orelse != null) {
      u.emitJump(Opcode.JUMP_FORWARD, end);
      u.bind(otherwise);
      orelse.run();
      u.bind(end);
    } else {
      u.bind(otherwise);
    }
  }

  final void loadName(String n) {
    nameOp(n, Opcode.LOAD_FAST, Opcode.LOAD_DEREF, Opcode.LOAD_GLOBAL, Opcode.LOAD_NAME);
  }

  final void storeName(String n) {
    nameOp(n, Opcode.STORE_FAST, Opcode.STORE_DEREF, Opcode.STORE_GLOBAL, Opcode.STORE_NAME);
  }

  final void deleteName(String n) {
    nameOp(n, Opcode.DELETE_FAST, Opcode.DELETE_DEREF, Opcode.DELETE_GLOBAL, Opcode.DELETE_NAME);
  }

  private void nameOp(String n, Opcode fast, Opcode deref, Opcode global, Opcode name) {
    Scope.Access a = u.nameScope.access(n);
    switch (a) {
      case LOCAL -> u.emit(fast, u.varIndex(n));
      case CELL, FREE -> {
        if (u.nameScope.kind == Scope.Kind.CLASS && deref != Opcode.LOAD_DEREF) {
          throw PySyntaxError.unsupported("class body binding an enclosing function's variable", u.line, u.col);
        }
        u.emit(u.nameScope.kind == Scope.Kind.CLASS ? Opcode.LOAD_CLASSDEREF : deref, u.derefIndex(n));
      }
      case GLOBAL_EXPLICIT, GLOBAL_IMPLICIT -> u.emit(global, u.nameIndex(n));
      case NAME -> u.emit(name, u.nameIndex(n));
    }
  }

  final void loadConst(Object v) {
    Object key = v == null ? NoneKey.NONE : v;
    u.emit(Opcode.LOAD_CONST, u.constIndex(key, k.constant(v)));
  }

  /** KW_NAMES with the tuple of keyword names a KW_NAMES instruction refers to. */
  final void kwNames(List<String> names) {
    PyObject[] items = names.stream().map(k::constant).toArray(PyObject[]::new);
    u.emit(Opcode.KW_NAMES, u.constIndex(new KwNames(names), k.tuple(items)));
  }

  /** The constants table key of None (a null key would be ambiguous). */
  enum NoneKey { NONE }

  /** The constants table key of a KW_NAMES tuple: equal names share one constant. */
  record KwNames(List<String> names) {}
}
