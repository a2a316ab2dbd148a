package io.lifeline.interpreter.compiler;

import io.lifeline.interpreter.bytecode.BinaryOp;
import io.lifeline.interpreter.bytecode.Opcode;
import io.lifeline.interpreter.object.PyCode;
import io.lifeline.interpreter.compiler.CodeUnit.FType;
import io.lifeline.interpreter.compiler.CodeUnit.Label;
import io.lifeline.interpreter.object.PyObject;
import java.util.List;

/**
 * AST to code objects, following CPython 3.11's compile.c instruction choices wherever they decide when a
 * reference is dropped: LOAD_METHOD/CALL for method calls, PUSH_NULL before plain callables, comprehensions
 * as nested functions called with their first iterator, {@code except E as e} ending in {@code e = None;
 * del e}, and break/return unwinding (an iterator is popped before returning from inside a for loop). This class
 * is the entry point and compiles statements; the layers below it ({@link CodeGenerator}) the rest.
 */
public final class Compiler extends BlockCompiler {
  private Compiler(Constants k, boolean sliceOps) {
    super(k, sliceOps);
  }

  /** Compiles a module. Throws {@link PySyntaxError} for invalid or unsupported source. */
  public static PyCode compileModule(String source, Constants k) {
    return compileModule(source, k, false, false);
  }

  /**
   * Compiles a module; with {@code inlineComprehensions} list, set and dict comprehensions are inlined into the
   * code that contains them (PEP 709, 3.12+); with {@code sliceOps} {@code x[a:b]} uses BINARY_SLICE and
   * STORE_SLICE (3.12+).
   */
  public static PyCode compileModule(String source, Constants k, boolean inlineComprehensions,
      boolean sliceOps) {
    return compileModule(source, k, inlineComprehensions, sliceOps, 11);
  }

  /** Compiles a module with CPython 3.{@code locations}'s instruction locations where they differ. */
  public static PyCode compileModule(String source, Constants k, boolean inlineComprehensions,
      boolean sliceOps, int locations) {
    Parser parser = new Parser(new Scanner(source).scan());
    List<Stmt> body = parser.module();
    Scope root = Symtable.build(body, inlineComprehensions);
    Compiler c = new Compiler(k, sliceOps);
    c.ends = parser.ends;
    c.locations = locations;
    c.u = new CodeUnit(root, "<module>", "<module>", List.of(), 0, 0, 1);
    c.prologue();
    c.setupAnnotations(body);
    c.stmts(body);
    c.returnNone();
    return c.u.assemble(k);
  }

  /**
   * Compiles the expression of eval mode ({@code compile(source, filename, 'eval')}): a module code object that
   * returns the expression's value, with CPython 3.{@code locations}'s instruction locations.
   */
  public static PyCode compileExpression(String source, Constants k, boolean inlineComprehensions,
      boolean sliceOps, int locations) {
    Parser parser = new Parser(new Scanner(source).scan());
    Stmt.ExprStmt e = parser.evalInput();
    Scope root = Symtable.build(List.of(e), inlineComprehensions);
    Compiler c = new Compiler(k, sliceOps);
    c.ends = parser.ends;
    c.locations = locations;
    c.u = new CodeUnit(root, "<module>", "<module>", List.of(), 0, 0, 1);
    c.prologue();
    c.at(e.line(), e.col());
    c.expr(e.value());
    c.u.emit(Opcode.RETURN_VALUE);
    return c.u.assemble(k);
  }

  /** Names {@code filename} as the file of {@code code} and of every code object nested in it (co_filename). */
  public static PyCode located(PyCode code, String filename) {
    code.filename = filename;
    for (PyObject c : code.consts) {
      if (c instanceof PyCode nested) {
        located(nested, filename);
      }
    }
    return code;
  }

  // ---------------------------------------------------------------- Statements

  @Override
  void stmts(List<Stmt> body) {
    for (Stmt s : body) {
      stmt(s);
    }
  }

  private void stmt(Stmt s) {
    at(s);
    if (s instanceof Stmt.ExprStmt e) {
      expr(e.value());
      u.emit(Opcode.POP_TOP);
    } else if (s instanceof Stmt.Assign a) {
      assign(a);
    } else if (s instanceof Stmt.AugAssign a) {
      augAssign(a);
    } else if (s instanceof Stmt.AnnAssign a) {
      annAssign(a);
    } else if (s instanceof Stmt.Return r) {
      returnStmt(r);
    } else if (s instanceof Stmt.Pass) {
      u.emit(Opcode.NOP);
    } else if (s instanceof Stmt.Break b) {
      breakOrContinue(true, b.line(), b.col());
    } else if (s instanceof Stmt.Continue c) {
      breakOrContinue(false, c.line(), c.col());
    } else if (s instanceof Stmt.If i) {
      ifStmt(i);
    } else if (s instanceof Stmt.While w) {
      whileStmt(w);
    } else if (s instanceof Stmt.For f) {
      forStmt(f);
    } else if (s instanceof Stmt.FunctionDef f) {
      functionDef(f);
    } else if (s instanceof Stmt.ClassDef c) {
      classDef(c);
    } else if (s instanceof Stmt.Try t) {
      tryStmt(t);
    } else if (s instanceof Stmt.Raise r) {
      raise(r);
    } else if (s instanceof Stmt.Delete d) {
      d.targets().forEach(this::delete);
    } else if (s instanceof Stmt.Import i) {
      importStmt(i);
    } else if (s instanceof Stmt.ImportFrom i) {
      importFrom(i);
    } else if (s instanceof Stmt.With w) {
      withStmt(w, 0);
    } else if (s instanceof Stmt.Assert a) {
      assertStmt(a);
    }
    // Global and Nonlocal emit nothing: the symbol table has applied them.
  }

  private void assign(Stmt.Assign a) {
    expr(a.value());
    for (int i = 0; i < a.targets().size(); i++) {
      if (i < a.targets().size() - 1) {
        u.emit(Opcode.COPY, 1);
      }
      store(a.targets().get(i));
    }
  }

  /**
   * compile.c's compiler_annassign (3.10-3.13, evaluated eagerly): the value is stored first; in a module or class
   * body a simple name's annotation is evaluated next and stored in {@code __annotations__}, any other target's
   * annotation evaluated and dropped; in a function annotations are not evaluated. Without a value an attribute's
   * object (a subscript's object and index) is still evaluated.
   */
  private void annAssign(Stmt.AnnAssign a) {
    boolean annotated = u.scope.kind != Scope.Kind.FUNCTION;
    if (a.value() != null) {
      expr(a.value());
      store(a.target());
    } else if (a.target() instanceof Expr.Attribute at) {
      evaluateAndPop(at.value());
    } else if (a.target() instanceof Expr.Subscript sub) {
      evaluateAndPop(sub.value());
      evaluateAndPop(sub.index());
    }
    if (!annotated) {
      return;
    }
    if (a.target() instanceof Expr.Name n) {
      expr(a.annotation());
      u.emit(Opcode.LOAD_NAME, u.nameIndex("__annotations__"));
      loadConst(n.id());
      u.emit(Opcode.STORE_SUBSCR);
    } else {
      evaluateAndPop(a.annotation());
    }
  }

  private void evaluateAndPop(Expr e) {
    expr(e);
    u.emit(Opcode.POP_TOP);
  }

  /** SETUP_ANNOTATIONS of a module or class body holding an annotated assignment (compile.c's find_ann). */
  @Override
  final void setupAnnotations(List<Stmt> body) {
    if (hasAnnotations(body)) {
      u.emit(Opcode.BUILD_MAP, 0);
      u.emit(Opcode.STORE_NAME, u.nameIndex("__annotations__"));
    }
  }

  private static boolean hasAnnotations(List<Stmt> body) {
    return body.stream().anyMatch(Compiler::hasAnnotations);
  }

  private static boolean hasAnnotations(Stmt s) {
    if (s instanceof Stmt.If i) {
      return hasAnnotations(i.body()) || hasAnnotations(i.orelse());
    } else if (s instanceof Stmt.While w) {
      return hasAnnotations(w.body()) || hasAnnotations(w.orelse());
    } else if (s instanceof Stmt.For f) {
      return hasAnnotations(f.body()) || hasAnnotations(f.orelse());
    } else if (s instanceof Stmt.With w) {
      return hasAnnotations(w.body());
    } else if (s instanceof Stmt.Try t) {
      return hasAnnotations(t.body()) || hasAnnotations(t.orelse()) || hasAnnotations(t.finalbody())
          || t.handlers().stream().anyMatch(h -> hasAnnotations(h.body()));
    }
    return s instanceof Stmt.AnnAssign;
  }

  private void augAssign(Stmt.AugAssign a) {
    BinaryOp op = BINOPS.get(a.op()).toInplace();
    // compiler_augassign: the target's load and store at the target's location, the operation at the statement's
    if (a.target() instanceof Expr.Name n) {
      at(n);
      loadName(n.id());
      at(a);
      expr(a.value());
      u.emit(Opcode.BINARY_OP, op.ordinal());
      at(n);
      storeName(n.id());
    } else if (a.target() instanceof Expr.Attribute at) {
      expr(at.value());
      at(at);
      u.emit(Opcode.COPY, 1);
      u.emit(Opcode.LOAD_ATTR, u.nameIndex(at.attr()));
      at(a);
      expr(a.value());
      u.emit(Opcode.BINARY_OP, op.ordinal());
      at(at);
      u.emit(Opcode.SWAP, 2);
      u.emit(Opcode.STORE_ATTR, u.nameIndex(at.attr()));
    } else if (a.target() instanceof Expr.Subscript s) {
      augSubscript(s, a, op);
    } else {
      throw new PySyntaxError("illegal expression for augmented assignment", a.line(), a.col());
    }
  }

  /**
   * {@code x[i] op= v} and (3.12+) {@code x[a:b] op= v}: the container and index (or bounds) are evaluated once,
   * copied for the load, and rotated under the result for the store.
   */
  private void augSubscript(Expr.Subscript s, Stmt.AugAssign a, BinaryOp op) {
    expr(s.value());
    Expr.Slice slice = twoPartSlice(s);
    int operands;
    if (slice != null) {
      sliceBounds(slice);
      operands = 3;
    } else {
      expr(s.index());
      operands = 2;
    }
    for (int i = 0; i < operands; i++) {
      u.emit(Opcode.COPY, operands);
    }
    at(s);
    u.emit(slice != null ? Opcode.BINARY_SLICE : Opcode.BINARY_SUBSCR);
    at(a);
    expr(a.value());
    u.emit(Opcode.BINARY_OP, op.ordinal());
    at(s);
    for (int n = operands + 1; n >= 2; n--) {
      u.emit(Opcode.SWAP, n);
    }
    u.emit(slice != null ? Opcode.STORE_SLICE : Opcode.STORE_SUBSCR);
  }

  /** The value (None if omitted), the unwinding of every enclosing frame block above it, RETURN_VALUE. */
  private void returnStmt(Stmt.Return r) {
    if (r.value() != null) {
      expr(r.value());
    } else {
      loadConst(null);
    }
    at(r);
    unwindAll(true);
    u.emit(Opcode.RETURN_VALUE);
  }

  private void raise(Stmt.Raise r) {
    int n = 0;
    if (r.exc() != null) {
      expr(r.exc());
      n++;
      if (r.cause() != null) {
        expr(r.cause());
        n++;
      }
    }
    at(r);
    u.emit(Opcode.RAISE_VARARGS, n);
  }

  private void importStmt(Stmt.Import i) {
    loadConst(0L);
    loadConst(null);
    u.emit(Opcode.IMPORT_NAME, u.nameIndex(i.module()));
    String[] parts = i.module().split("\\.");
    if (i.asName() == null) {
      // import a.b binds the top package, which IMPORT_NAME pushes without a fromlist
      storeName(parts[0]);
      return;
    }
    // compiler_import_as: the submodule is reached from the package by attribute, one level at a time
    for (int j = 1; j < parts.length; j++) {
      u.emit(Opcode.IMPORT_FROM, u.nameIndex(parts[j]));
      u.emit(Opcode.SWAP, 2);
      u.emit(Opcode.POP_TOP);
    }
    storeName(i.asName());
  }

  private void importFrom(Stmt.ImportFrom i) {
    loadConst(0L);
    PyObject[] names = i.names().stream().map(k::constant).toArray(PyObject[]::new);
    u.emit(Opcode.LOAD_CONST, u.constIndex(List.copyOf(i.names()), k.tuple(names)));
    u.emit(Opcode.IMPORT_NAME, u.nameIndex(i.module()));
    for (int j = 0; j < i.names().size(); j++) {
      u.emit(Opcode.IMPORT_FROM, u.nameIndex(i.names().get(j)));
      storeName(i.asNames().get(j) != null ? i.asNames().get(j) : i.names().get(j));
    }
    u.emit(Opcode.POP_TOP);
  }

  private void assertStmt(Stmt.Assert a) {
    Label end = new Label();
    expr(a.test());
    u.emitJump(Opcode.POP_JUMP_IF_TRUE, end);
    Expr raisedAt = assertLocation(a.test());
    if (raisedAt != null) {
      at(raisedAt);
    }
    u.emit(Opcode.LOAD_ASSERTION_ERROR);
    if (a.msg() != null) {
      expr(a.msg());
      u.emit(Opcode.CALL, 0);
    }
    u.emit(Opcode.RAISE_VARARGS, 1);
    u.bind(end);
  }

  /**
   * Where a failed assert raises, if not at the statement: 3.13 at its test; 3.11 at the last comparison
   * compiler_jump_if visited in the test (through {@code not} and the last operand of {@code and}/{@code or}),
   * whose SET_LOC stays in force after it; 3.12 at the statement (null).
   */
  private Expr assertLocation(Expr test) {
    if (locations >= 13) {
      return test;
    }
    if (locations == 12) {
      return null;
    }
    Expr e = test;
    while (true) {
      if (e instanceof Expr.UnaryOp un && un.op().equals("not")) {
        e = un.operand();
      } else if (e instanceof Expr.BoolOp b) {
        e = b.values().get(b.values().size() - 1);
      } else {
        return e instanceof Expr.Compare ? e : null;
      }
    }
  }

  private void ifStmt(Stmt.If i) {
    ifElse(i.test(), () -> stmts(i.body()), i.orelse().isEmpty() ? null : () -> stmts(i.orelse()));
  }

  // ---------------------------------------------------------------- Loops

  private void whileStmt(Stmt.While w) {
    Label loop = new Label();
    Label orelse = new Label();
    u.bind(loop);
    expr(w.test());
    u.emitJump(Opcode.POP_JUMP_IF_FALSE, orelse);
    loopRest(FType.WHILE, loop, orelse, w.body(), w.orelse(), w);
  }

  private void forStmt(Stmt.For f) {
    if (f.isAsync()) {
      asyncForStmt(f);
      return;
    }
    Label start = new Label();
    Label cleanup = new Label();
    expr(f.iter());
    if (locations >= 13) {
      at(f.iter()); // 3.13's compiler_for: GET_ITER at the iterable's location
    } else {
      at(f);
    }
    u.emit(Opcode.GET_ITER);
    forIter(start, cleanup, f.target());
    loopRest(FType.FOR, start, cleanup, f.body(), f.orelse(), f);
  }

  /**
   * compiler_async_for: GET_AITER, then each step awaits {@code __anext__()} under a handler whose END_ASYNC_FOR
   * ends the loop on StopAsyncIteration (releasing the iterator and the exception) and re-raises anything else.
   */
  private void asyncForStmt(Stmt.For f) {
    Label start = new Label();
    Label handler = new Label();
    Label end = new Label();
    expr(f.iter());
    at(f);
    u.emit(Opcode.GET_AITER);
    pushFBlock(FType.FOR, start, end, null, null);
    asyncForIter(start, handler, f.target());
    stmts(f.body());
    at(f);
    u.emitJump(Opcode.JUMP_BACKWARD, start);
    popFBlock();
    asyncForEnd(handler);
    stmts(f.orelse());
    u.bind(end);
  }

  /**
   * The rest of a loop once its exit test has jumped to {@code orelse} when done: the body inside a frame block
   * that break and continue find, the jump back to {@code start} (at the loop's line), then the else body, which
   * a break skips.
   */
  private void loopRest(FType type, Label start, Label orelse, List<Stmt> body, List<Stmt> orelseBody, Stmt loop) {
    Label end = new Label();
    pushFBlock(type, start, end, null, null);
    stmts(body);
    at(loop);
    u.emitJump(Opcode.JUMP_BACKWARD, start);
    popFBlock();
    u.bind(orelse);
    stmts(orelseBody);
    u.bind(end);
  }
}
